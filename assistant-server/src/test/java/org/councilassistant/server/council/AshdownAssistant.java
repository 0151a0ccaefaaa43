package org.councilassistant.server.council;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.regex.Pattern;

import org.councilassistant.server.RunningAssistant;
import org.councilassistant.server.alexa.AlexaRequests;
import org.junit.jupiter.api.AfterEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The real application over HTTP, started for another council, Ashdown, without the sample content; the test
 * classes that extend it share one running application. The clock is Wednesday 25 November 2026, 10am, unless a
 * test moves it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "assistant.admin.password=" + AshdownAssistant.ADMIN_PASSWORD,
        "assistant.alexa.verify-signatures=false",
        "assistant.alexa.skill-id=" + AlexaRequests.SKILL_ID,
        "assistant.council.name=Ashdown District Council",
        "assistant.council.short-name=Ashdown Council",
        "assistant.council.website=https://www.ashdown.gov.uk",
        "assistant.council.privacy-notice-url=https://www.ashdown.gov.uk/privacy/assistant",
        "assistant.council.example-postcode=AS1 1AA",
        "assistant.council.brand-colour=#00703c",
        "assistant.council.sample-content=false",
        "assistant.council.contact-centre.phone=01234 567 890",
        "assistant.council.contact-centre.emergency-phone=01234 567 999"})
@Import(AshdownAssistant.MovableClock.class)
abstract class AshdownAssistant {

    static final String ADMIN_PASSWORD = "configured admin password";
    /** Anything only the sample council's wording, pages or settings would contain. */
    static final Pattern SAMPLE_COUNCIL = Pattern.compile(
            "(?i)brackenfield|\\bBK\\d{1,2}\\b|01632 ?960 ?(?:100|999)|\\+?441632960(?:100|999)");
    static final SettableClock CLOCK = new SettableClock();

    @LocalServerPort
    int port;

    /** A fresh data directory, and the council's logo as a file the server serves. */
    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        RunningAssistant.freshDataDirectory(registry);
        Path logo = Files.createTempFile("ashdown-logo-", ".svg");
        Files.writeString(logo, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"/>");
        registry.add("assistant.council.logo", logo::toString);
    }

    @AfterEach
    void backToWednesdayMorning() {
        CLOCK.now = RunningAssistant.NOW.toInstant();
    }

    /** The contact centre's hours decide what residents are told, so tests may move the clock. */
    @TestConfiguration(proxyBeanMethods = false)
    static class MovableClock {

        @Bean
        @Primary
        Clock movableClock() {
            return CLOCK;
        }
    }

    static final class SettableClock extends Clock {

        volatile Instant now = RunningAssistant.NOW.toInstant();

        @Override
        public ZoneId getZone() {
            return RunningAssistant.NOW.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
