package org.mineraldiligence.report;

import org.mineraldiligence.support.PostgresApplicationTest;

@PostgresApplicationTest
class PostgresExtendedMineralFiguresTest extends ExtendedMineralFiguresContract {
}
