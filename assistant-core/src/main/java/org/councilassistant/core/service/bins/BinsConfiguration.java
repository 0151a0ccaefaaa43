package org.councilassistant.core.service.bins;

import java.nio.file.Path;
import java.time.Clock;

import javax.sql.DataSource;

import org.councilassistant.core.calendar.BankHolidays;
import org.councilassistant.core.council.Council;
import org.councilassistant.core.council.SampleCouncil;
import org.councilassistant.core.setup.SetupException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bins service: where addresses and collection days come from ({@code assistant.bins.source}: the sample
 * council's files, the council's own files, or its API), where missed bin reports go, and the bin-day and
 * missed-bin dialogues.
 *
 * <p>A council replaces the {@link BinCollections} or {@link MissedBinReports} chosen here by declaring its own bean
 * of that type. This is an auto-configuration (listed in this module's {@code AutoConfiguration.imports}) rather than
 * a scanned one so that {@code @ConditionalOnMissingBean} is decided after every configuration of the application
 * has been read; on a scanned configuration the outcome would depend on the order classes are found in.
 */
@AutoConfiguration
@EnableConfigurationProperties(BinsProperties.class)
public class BinsConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(BinsConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    BinCollections binCollections(BinsProperties properties, BankHolidays bankHolidays,
            ObjectProvider<CouncilBinApi> councilBinApi, ObjectProvider<Council> council) {
        Council named = council.getIfAvailable();
        if (properties.source() == BinsProperties.Source.SAMPLE && named != null
                && !SampleCouncil.NAME.equals(named.name())) {
            LOG.warn("assistant.bins.source is sample: residents of {} asking for their bin day get the sample "
                    + "council's addresses and rounds. Set it to files or http (see docs/bin-data.md)", named.name());
        }
        return switch (properties.source()) {
            case SAMPLE -> new FileBinCollections(bankHolidays);
            case FILES -> FileBinCollections.fromDirectory(directory(properties), bankHolidays);
            case HTTP -> new HttpBinCollections(councilBinApi.getObject());
        };
    }

    @Bean
    @ConditionalOnMissingBean
    MissedBinReports missedBinReports(BinsProperties properties, ObjectProvider<DataSource> dataSource,
            ObjectProvider<CouncilBinApi> councilBinApi) {
        return properties.source() == BinsProperties.Source.HTTP
                ? new HttpMissedBinReports(councilBinApi.getObject())
                : new JdbcMissedBinReports(dataSource.getObject());
    }

    /** One HTTP client for both adapters; its settings are checked when it is made, at start-up. */
    @Bean
    @ConditionalOnProperty(name = "assistant.bins.source", havingValue = "http")
    CouncilBinApi councilBinApi(BinsProperties properties) {
        return new CouncilBinApi(properties.http());
    }

    @Bean
    BinDayDialogue binDayDialogue(BinCollections binCollections) {
        return new BinDayDialogue(binCollections);
    }

    @Bean
    MissedBinDialogue missedBinDialogue(BinCollections binCollections, BankHolidays bankHolidays,
            MissedBinReports missedBinReports, Clock clock) {
        return new MissedBinDialogue(binCollections, bankHolidays, missedBinReports, clock);
    }

    private static Path directory(BinsProperties properties) {
        if (properties.files().directory() == null) {
            throw new SetupException("assistant.bins.source is files, but " + BinsProperties.DIRECTORY_SETTING
                    + " is not set.", "Set it to the directory holding the council's addresses.csv, rounds.csv and "
                    + "calendar.csv (see docs/bin-data.md), or choose another assistant.bins.source.");
        }
        return properties.files().directory();
    }
}
