package org.mineraldiligence;

import org.mineraldiligence.support.PostgresApplicationTest;

@PostgresApplicationTest
class PostgresFoundationTest extends FoundationContract {
}
