package org.mineraldiligence.escalation;

import org.mineraldiligence.mail.WithSmtpTestServer;
import org.mineraldiligence.support.PostgresApplicationTest;

@PostgresApplicationTest
@WithSmtpTestServer
class PostgresQueueWorkTest extends QueueWorkContract {
}
