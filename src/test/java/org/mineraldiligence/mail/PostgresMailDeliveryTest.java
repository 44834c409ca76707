package org.mineraldiligence.mail;

import org.mineraldiligence.support.PostgresApplicationTest;

@PostgresApplicationTest
@WithSmtpTestServer
class PostgresMailDeliveryTest extends MailDeliveryContract {
}
