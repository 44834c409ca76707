package org.mineraldiligence.escalation;

import org.mineraldiligence.support.PostgresApplicationTest;

@PostgresApplicationTest
class PostgresSupplierDeskTest extends SupplierDeskContract {
}
