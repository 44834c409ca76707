package org.mineraldiligence.survey;

import org.mineraldiligence.support.H2ApplicationTest;

@H2ApplicationTest
class H2SmelterRiskFollowsEvidenceTest extends SmelterRiskFollowsEvidenceContract {
}
