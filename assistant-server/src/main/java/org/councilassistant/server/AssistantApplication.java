package org.councilassistant.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The council assistant: web chat, knowledge base and conversation engine in one Spring Boot application. */
@SpringBootApplication(scanBasePackages = "org.councilassistant")
@ConfigurationPropertiesScan
public class AssistantApplication {

    public static void main(String[] args) {
        SpringApplication.run(AssistantApplication.class, args);
    }
}
