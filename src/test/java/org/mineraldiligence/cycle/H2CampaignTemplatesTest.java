package org.mineraldiligence.cycle;

import org.mineraldiligence.support.H2ApplicationTest;

@H2ApplicationTest
class H2CampaignTemplatesTest extends CampaignTemplatesContract {
}
