package org.councilassistant.server.retention;

import java.time.Clock;
import java.time.Duration;

import org.councilassistant.core.handoff.CallbackRequests;
import org.councilassistant.core.handoff.Transcripts;
import org.councilassistant.core.retention.PersonalDataRetention;
import org.councilassistant.core.service.bins.MissedBinReports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Purges residents' personal data after the configured periods: at start-up and every night. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(RetentionConfiguration.RetentionProperties.class)
public class RetentionConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RetentionConfiguration.class);

    /**
     * Settings under {@code assistant.retention.*}.
     *
     * @param conversations stored transcripts and handoffs, counted from the conversation's last message
     * @param callbackRequests callback requests (names and contact details), counted from when they were left
     * @param missedBinReports missed bin reports (addresses), counted from when they were made
     * @param schedule when the nightly purge runs (cron, server time zone)
     */
    @ConfigurationProperties("assistant.retention")
    public record RetentionProperties(
            @DefaultValue("30d") Duration conversations,
            @DefaultValue("30d") Duration callbackRequests,
            @DefaultValue("180d") Duration missedBinReports,
            @DefaultValue("0 30 3 * * *") String schedule) {
    }

    @Bean
    PersonalDataRetention personalDataRetention(Transcripts transcripts, CallbackRequests callbacks,
            MissedBinReports missedBins, RetentionProperties properties, Clock clock) {
        return new PersonalDataRetention(transcripts, callbacks, missedBins, new PersonalDataRetention.Periods(
                properties.conversations(), properties.callbackRequests(), properties.missedBinReports()), clock);
    }

    @Bean
    PurgeJob personalDataPurgeJob(PersonalDataRetention retention) {
        return new PurgeJob(retention);
    }

    /** Runs the purge; a failure is logged and retried at the next run, never stops the assistant. */
    static final class PurgeJob {

        private final PersonalDataRetention retention;

        PurgeJob(PersonalDataRetention retention) {
            this.retention = retention;
        }

        @EventListener(ApplicationReadyEvent.class)
        void atStartUp() {
            purge();
        }

        @Scheduled(cron = "${assistant.retention.schedule:0 30 3 * * *}")
        void nightly() {
            purge();
        }

        void purge() {
            try {
                PersonalDataRetention.Purged purged = retention.purge();
                log.info("Retention purge: {} conversations, {} callback requests, {} missed bin reports deleted",
                        purged.conversations(), purged.callbackRequests(), purged.missedBinReports());
            } catch (RuntimeException e) {
                log.error("Retention purge failed; it will run again at the next schedule", e);
            }
        }
    }
}
