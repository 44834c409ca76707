package org.mineraldiligence.smelter.list;

import org.mineraldiligence.support.PostgresApplicationTest;

@PostgresApplicationTest
class PostgresSmelterPagesTest extends SmelterPagesContract {
}
