package org.mineraldiligence;

import javax.xml.datatype.DatatypeFactory;

import org.mineraldiligence.cmrt.workbook.PoiLimits;
import org.mineraldiligence.cmrt.workbook.ReadLimits;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class MineralDiligenceApplication {

    static {
        // Camunda reads every timer's ISO 8601 period with a new DatatypeFactory. Naming the JDK's own
        // implementation spares each one a search of the whole class path for another (about 5 % of the
        // CPU of a reminder round).
        if (System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY) == null) {
            System.setProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY,
                    DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
        }
    }

    /**
     * POI's JVM-wide limits, set before any bean is made (a static post-processor runs first), so the CMRT
     * reader, report writers and importers all see the same ones from the start; also under tests and
     * servers that do not go through {@link MineralDiligence#main}.
     */
    @Bean
    static BeanFactoryPostProcessor poiLimits() {
        return beanFactory -> PoiLimits.apply(ReadLimits.defaults());
    }

    public static void main(String[] args) {
        SpringApplication.run(MineralDiligenceApplication.class, args);
    }
}
