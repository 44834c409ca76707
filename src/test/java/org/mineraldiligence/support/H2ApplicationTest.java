package org.mineraldiligence.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on an in-memory H2 database with the job executor off, so that a test runs the
 * jobs it wants, when it wants. Test classes that share this annotation share one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:mineral-diligence;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false",
    "mineral-diligence.cycle.exchange-rates=classpath:test-exchange-rates.csv",
    "spring.mail.host=",
    // Tests write task digests when they want (TaskDigest.sendDue), never in the background.
    "mineral-diligence.task-digest.poll-interval=PT24H"
})
public @interface H2ApplicationTest {
}
