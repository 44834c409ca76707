package org.mineraldiligence.records;

import org.mineraldiligence.support.PostgresApplicationTest;

@PostgresApplicationTest
class PostgresEvidenceOfEveryOutcomeTest extends EvidenceOfEveryOutcomeContract {
}
