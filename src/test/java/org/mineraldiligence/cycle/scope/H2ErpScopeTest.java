package org.mineraldiligence.cycle.scope;

import org.mineraldiligence.support.H2ApplicationTest;

@H2ApplicationTest
class H2ErpScopeTest extends ErpScopeContract {
}
