package org.mineraldiligence.records;

import org.mineraldiligence.support.H2ApplicationTest;

@H2ApplicationTest
class EvidenceOfEveryOutcomeTest extends EvidenceOfEveryOutcomeContract {
}
