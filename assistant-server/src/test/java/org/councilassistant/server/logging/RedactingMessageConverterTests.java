package org.councilassistant.server.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.core.OutputStreamAppender;

class RedactingMessageConverterTests {

    @Test
    void logLinesLoseCardNumbersEmailsAndPhoneNumbers() {
        LoggerContext context = new LoggerContext();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        context.putObject(ch.qos.logback.core.CoreConstants.PATTERN_RULE_REGISTRY,
                new java.util.HashMap<>(java.util.Map.of("msg", RedactingMessageConverter.class.getName())));
        encoder.setPattern("%msg%n");
        encoder.start();
        OutputStreamAppender<ch.qos.logback.classic.spi.ILoggingEvent> appender = new OutputStreamAppender<>();
        appender.setContext(context);
        appender.setEncoder(encoder);
        appender.setOutputStream(out);
        appender.start();
        Logger logger = context.getLogger("redaction-test");
        logger.addAppender(appender);
        try {
            logger.warn("Resident {} wrote from {} with card {}", "07700 900123", "jo@example.com", "4111 1111 1111 1111");
        } finally {
            logger.detachAppender(appender);
            appender.stop();
        }

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(
                "Resident [phone number removed] wrote from [email removed] with card [card number removed]\n");
    }
}
