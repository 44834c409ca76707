package org.mineraldiligence.queue;

import org.mineraldiligence.mail.WithSmtpTestServer;
import org.mineraldiligence.support.PostgresApplicationTest;

@PostgresApplicationTest
@WithSmtpTestServer
class PostgresTaskDigestTest extends TaskDigestContract {
}
