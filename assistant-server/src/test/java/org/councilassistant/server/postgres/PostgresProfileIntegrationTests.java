package org.councilassistant.server.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilassistant.server.RunningAssistant.json;
import static org.councilassistant.server.RunningAssistant.post;

import java.util.UUID;

import javax.sql.DataSource;

import org.councilassistant.server.RunningAssistant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * The production profile: the whole application on the real PostgreSQL server (127.0.0.1:5432, database
 * {@code test}), in a schema of its own, with the same Flyway migrations as the embedded default.
 *
 * <p>Runs in the {@code postgres} Maven profile; there, a server that cannot be reached fails the test.
 */
@EnabledIfSystemProperty(named = "assistant.test.database", matches = "postgres")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
@Import(RunningAssistant.FixedClock.class)
class PostgresProfileIntegrationTests {

    private static final String SCHEMA = "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        RunningAssistant.freshDataDirectory(registry);
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + SCHEMA);
        registry.add("spring.flyway.schemas", () -> SCHEMA);
    }

    @Test
    void migratesSeedsAndAnswersOnPostgres() throws Exception {
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
        String session = post(port, "/api/chat/sessions", "{}").body().get("sessionId").asString();
        JsonNode answer = post(port, "/api/chat/sessions/" + session + "/messages",
                json("how do I pay my council tax")).body();
        assertThat(answer.get("articleId").asString()).isEqualTo("pay-council-tax");
    }
}
