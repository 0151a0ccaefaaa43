package org.councilassistant.server.logging;

import org.councilassistant.core.handoff.Redactor;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * Log messages with card numbers, email addresses and phone numbers removed, whoever logged them (our code or a
 * library quoting a request). Registered for {@code %m}, {@code %msg} and {@code %message} in
 * {@code logback-spring.xml}.
 */
public class RedactingMessageConverter extends MessageConverter {

    private static final Redactor REDACTOR = new Redactor();

    @Override
    public String convert(ILoggingEvent event) {
        return REDACTOR.redact(super.convert(event));
    }
}
