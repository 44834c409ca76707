package org.mineraldiligence.survey;

import org.mineraldiligence.support.PostgresApplicationTest;

@PostgresApplicationTest
class PostgresSmelterRiskFollowsEvidenceTest extends SmelterRiskFollowsEvidenceContract {
}
