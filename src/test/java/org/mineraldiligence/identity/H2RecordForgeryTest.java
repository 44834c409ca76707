package org.mineraldiligence.identity;

import org.mineraldiligence.support.H2ApplicationTest;

@H2ApplicationTest
class H2RecordForgeryTest extends RecordForgeryContract {
}
