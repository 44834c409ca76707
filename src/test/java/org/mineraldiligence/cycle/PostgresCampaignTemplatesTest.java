package org.mineraldiligence.cycle;

import org.mineraldiligence.support.PostgresApplicationTest;

@PostgresApplicationTest
class PostgresCampaignTemplatesTest extends CampaignTemplatesContract {
}
