package org.mineraldiligence.smelter.list;

import org.mineraldiligence.support.H2ApplicationTest;

@H2ApplicationTest
class H2SmelterPagesTest extends SmelterPagesContract {
}
