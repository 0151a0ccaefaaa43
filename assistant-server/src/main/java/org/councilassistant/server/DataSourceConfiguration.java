package org.councilassistant.server;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Defaults the database to an H2 file inside the data directory, so that one command runs the assistant with
 * nothing to install. Any {@code spring.datasource.*} setting (as in the {@code postgres} profile) wins.
 */
@Configuration(proxyBeanMethods = false)
class DataSourceConfiguration {

    @Bean
    @Primary
    @ConfigurationProperties("spring.datasource")
    DataSourceProperties dataSourceProperties(AssistantProperties assistant) {
        DataSourceProperties properties = new DataSourceProperties();
        properties.setUrl("jdbc:h2:file:" + assistant.databaseFile() + ";DB_CLOSE_ON_EXIT=FALSE");
        properties.setUsername("sa");
        return properties;
    }
}
