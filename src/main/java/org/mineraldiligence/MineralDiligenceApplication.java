package org.mineraldiligence;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class MineralDiligenceApplication {

    public static void main(String[] args) {
        SpringApplication.run(MineralDiligenceApplication.class, args);
    }
}
