package org.mineraldiligence.portal;

import org.mineraldiligence.support.PostgresApplicationTest;

@PostgresApplicationTest
class PostgresUploadQuotaTest extends UploadQuotaContract {
}
