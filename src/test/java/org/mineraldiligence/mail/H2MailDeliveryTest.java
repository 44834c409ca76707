package org.mineraldiligence.mail;

import org.mineraldiligence.support.H2ApplicationTest;

@H2ApplicationTest
@WithSmtpTestServer
class H2MailDeliveryTest extends MailDeliveryContract {
}
