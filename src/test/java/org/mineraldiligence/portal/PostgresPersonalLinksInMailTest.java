package org.mineraldiligence.portal;

import org.mineraldiligence.support.PostgresApplicationTest;

@PostgresApplicationTest
class PostgresPersonalLinksInMailTest extends PersonalLinksInMailContract {
}
