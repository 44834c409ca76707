package org.mineraldiligence.cycle;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(CycleSettings.class)
class CycleConfiguration {
}
