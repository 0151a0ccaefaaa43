package org.councilassistant.alexa.config;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code assistant.alexa.*}.
 *
 * @param skillId the skill's id from the Alexa developer console; requests for any other skill are refused
 * @param verifySignatures check each request's signature, certificate, timestamp and skill id, as Alexa
 *     certification requires; turn off only for local testing with a simulator
 * @param certificateTimeout how long to wait for Amazon's signing certificate
 * @param apiTimeout how long to wait for Alexa's APIs (the device's postcode)
 * @param endpoint the skill's HTTPS endpoint written into the skill package an admin downloads; unset, the
 *     address the package is downloaded from, with {@code /alexa}
 */
@ConfigurationProperties("assistant.alexa")
public record AlexaProperties(
        String skillId,
        @DefaultValue("true") boolean verifySignatures,
        @DefaultValue("5s") Duration certificateTimeout,
        @DefaultValue("3s") Duration apiTimeout,
        URI endpoint) {
}
