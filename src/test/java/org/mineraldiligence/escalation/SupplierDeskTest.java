package org.mineraldiligence.escalation;

import org.mineraldiligence.support.H2ApplicationTest;

@H2ApplicationTest
class SupplierDeskTest extends SupplierDeskContract {
}
