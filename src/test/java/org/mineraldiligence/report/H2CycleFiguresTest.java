package org.mineraldiligence.report;

import org.mineraldiligence.support.H2ApplicationTest;

@H2ApplicationTest
class H2CycleFiguresTest extends CycleFiguresContract {
}
