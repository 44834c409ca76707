package org.mineraldiligence.grievance;

import org.mineraldiligence.support.PostgresApplicationTest;

@PostgresApplicationTest
class PostgresGrievanceAnonymityTest extends GrievanceAnonymityContract {
}
