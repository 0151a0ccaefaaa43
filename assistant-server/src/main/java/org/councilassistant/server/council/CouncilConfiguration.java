package org.councilassistant.server.council;

import java.time.Clock;

import org.councilassistant.core.calendar.BankHolidays;
import org.councilassistant.core.council.Council;
import org.councilassistant.core.service.contact.ContactCentre;
import org.councilassistant.core.service.contact.OpeningHours;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The council the assistant speaks for, from {@code assistant.council.*}, and its contact centre. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CouncilProperties.class)
class CouncilConfiguration {

    /** @throws InvalidCouncilSettingsException naming each wrong setting */
    @Bean
    Council council(CouncilProperties settings, Environment environment) {
        CouncilSettingsCheck.requireValid(settings, environment);
        return settings.council();
    }

    @Bean
    ContactCentre contactCentre(Council council, CouncilProperties settings, BankHolidays bankHolidays, Clock clock) {
        return new ContactCentre(council.phone(), council.emergencyPhone(),
                OpeningHours.parse(settings.contactCentre().openingHours()), bankHolidays, clock);
    }
}
