package org.mineraldiligence.grievance;

import org.mineraldiligence.support.H2ApplicationTest;

@H2ApplicationTest
class H2GrievanceAnonymityTest extends GrievanceAnonymityContract {
}
