package org.mineraldiligence.report;

import org.mineraldiligence.support.PostgresApplicationTest;

@PostgresApplicationTest
class PostgresProgramViewTest extends ProgramViewContract {
}
