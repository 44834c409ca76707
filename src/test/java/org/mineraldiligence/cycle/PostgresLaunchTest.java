package org.mineraldiligence.cycle;

import org.mineraldiligence.support.PostgresApplicationTest;

@PostgresApplicationTest
class PostgresLaunchTest extends LaunchContract {
}
