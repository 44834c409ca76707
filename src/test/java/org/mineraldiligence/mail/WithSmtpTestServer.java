package org.mineraldiligence.mail;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * Points the application at GreenMail on loopback port 3025 (see {@link MailDeliveryContract}) and adds
 * a tiny test process whose step queues a mail. Combine with {@code @H2ApplicationTest} or
 * {@code @PostgresApplicationTest}; its properties win over theirs. Delivery is not scheduled during
 * the tests (the interval is an hour): each test calls {@link MailDelivery#deliverDue()} when it wants.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import(MailTestProcess.class)
@TestPropertySource(properties = {
    "spring.mail.host=127.0.0.1",
    "spring.mail.port=3025",
    "mineral-diligence.public-base-url=https://md.example.com",
    "mineral-diligence.mail.from=Mineral Diligence <compliance@md.example.com>",
    "mineral-diligence.mail.max-attempts=3",
    "mineral-diligence.mail.initial-backoff=PT1M",
    "mineral-diligence.mail.poll-interval=PT1H"
})
public @interface WithSmtpTestServer {
}
