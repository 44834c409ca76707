package org.mineraldiligence.mail;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(MailSettings.class)
class MailConfiguration {

    static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    /**
     * Jakarta Mail 2.1 asks the ServiceLoader for its StreamProvider for every multipart and body part it builds
     * or writes, a scan of every jar on the class path each time (jakartaee/mail-api#699, changed in 2.2): over
     * a quarter of the CPU a delivery took. Named by this system property, the provider Angus Mail ships is
     * loaded directly. JVM-wide, so set once while the application starts, and left alone if already set.
     */
    @Bean
    static BeanFactoryPostProcessor mailStreamProvider() {
        return beanFactory -> {
            if (System.getProperty(STREAM_PROVIDER) == null) {
                System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
            }
        };
    }
}
