package org.mineraldiligence.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on the `postgres` profile, against the database named by MD_TEST_DB_URL
 * (MD_TEST_DB_USER, MD_TEST_DB_PASSWORD). Without that variable the tests are skipped, except on CI,
 * where a missing database fails the run instead of hiding it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PostgresConfigured.class)
@ActiveProfiles("postgres")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=${MD_TEST_DB_URL:jdbc:postgresql://127.0.0.1:5432/md_test}",
    "spring.datasource.username=${MD_TEST_DB_USER:postgres}",
    "spring.datasource.password=${MD_TEST_DB_PASSWORD:}",
    // The profile refuses to start without both; the datasource password above is the one used.
    "ADMIN_PASSWORD=Test-admin-1",
    "DB_PASSWORD=set-for-the-profile-check",
    "camunda.bpm.job-execution.enabled=false",
    "mineral-diligence.cycle.exchange-rates=classpath:test-exchange-rates.csv",
    "spring.mail.host=",
    // Tests write task digests when they want (TaskDigest.sendDue), never in the background.
    "mineral-diligence.task-digest.poll-interval=PT24H"
})
public @interface PostgresApplicationTest {
}
