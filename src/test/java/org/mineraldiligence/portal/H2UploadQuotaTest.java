package org.mineraldiligence.portal;

import org.mineraldiligence.support.H2ApplicationTest;

@H2ApplicationTest
class H2UploadQuotaTest extends UploadQuotaContract {
}
