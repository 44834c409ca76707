package org.mineraldiligence.cycle.scope;

import org.mineraldiligence.support.PostgresApplicationTest;

@PostgresApplicationTest
class PostgresErpScopeTest extends ErpScopeContract {
}
