package org.mineraldiligence.escalation;

import org.mineraldiligence.mail.WithSmtpTestServer;
import org.mineraldiligence.support.H2ApplicationTest;

@H2ApplicationTest
@WithSmtpTestServer
class H2QueueWorkTest extends QueueWorkContract {
}
