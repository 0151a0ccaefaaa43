package org.councilassistant.server.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.LoggingEvent;

class RedactingMessageConverterTests {

    @Test
    void logMessagesLoseCardNumbersEmailsAndPhoneNumbers() {
        Logger logger = new LoggerContext().getLogger("redaction-test");
        LoggingEvent event = new LoggingEvent(Logger.FQCN, logger, Level.WARN, "Resident {} wrote from {} with card {}",
                null, new Object[] {"07700 900123", "jo@example.com", "4111 1111 1111 1111"});

        assertThat(new RedactingMessageConverter().convert(event))
                .isEqualTo("Resident [phone number removed] wrote from [email removed] with card [card number removed]");
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void theApplicationsLoggingConfigurationUsesIt(CapturedOutput output) throws Exception {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(getClass().getClassLoader().getResource("logback-spring.xml"));

        LoggerFactory.getLogger("redaction-test").warn("Call me on {}", "07700 900123");

        assertThat(output).contains("Call me on [phone number removed]").doesNotContain("900123");
    }
}
