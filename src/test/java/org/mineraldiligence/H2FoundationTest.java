package org.mineraldiligence;

import org.mineraldiligence.support.H2ApplicationTest;

@H2ApplicationTest
class H2FoundationTest extends FoundationContract {
}
