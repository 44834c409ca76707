package org.mineraldiligence.report;

import org.mineraldiligence.support.PostgresApplicationTest;

@PostgresApplicationTest
class PostgresCycleFiguresTest extends CycleFiguresContract {
}
