package org.mineraldiligence.identity;

import org.mineraldiligence.support.PostgresApplicationTest;

@PostgresApplicationTest
class PostgresRecordForgeryTest extends RecordForgeryContract {
}
