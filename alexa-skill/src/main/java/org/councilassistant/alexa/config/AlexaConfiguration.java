package org.councilassistant.alexa.config;

import java.time.Clock;

import org.councilassistant.alexa.skill.CouncilSkill;
import org.councilassistant.alexa.skill.JdkHttpApiClient;
import org.councilassistant.alexa.verification.AlexaRequestVerifier;
import org.councilassistant.alexa.verification.HttpsSigningCertificateSource;
import org.councilassistant.core.conversation.ConversationEngine;
import org.councilassistant.core.council.Council;
import org.councilassistant.core.staffintent.StaffIntents;
import org.councilassistant.intents.catalogue.IntentCatalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.amazon.ask.Skill;

/** The Alexa channel: the ASK SDK skill on the shared conversation engine, and request verification. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AlexaProperties.class)
public class AlexaConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AlexaConfiguration.class);

    @Bean
    Skill alexaSkill(ConversationEngine engine, IntentCatalogue catalogue, StaffIntents staffIntents, Council council,
            AlexaProperties properties) {
        return CouncilSkill.build(engine, catalogue, staffIntents, new JdkHttpApiClient(properties.apiTimeout()),
                properties.skillId(), council);
    }

    @Bean
    AlexaRequestVerifier alexaRequestVerifier(AlexaProperties properties, Clock clock) {
        if (!properties.verifySignatures()) {
            log.warn("Alexa request verification is OFF (assistant.alexa.verify-signatures=false): "
                    + "use this only for local testing, never in production");
        } else if (properties.skillId() == null || properties.skillId().isBlank()) {
            log.warn("assistant.alexa.skill-id is not set: every Alexa request will be refused until it is");
        }
        return new AlexaRequestVerifier(new HttpsSigningCertificateSource(properties.certificateTimeout(), clock),
                AlexaRequestVerifier.jdkDefaultTrustAnchors(), properties.skillId(), clock);
    }
}
