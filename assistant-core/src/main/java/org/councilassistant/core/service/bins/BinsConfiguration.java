package org.councilassistant.core.service.bins;

import org.councilassistant.core.calendar.BankHolidays;
import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The bins service: the embedded collection calendar and the bin-day and missed-bin dialogues. Picked up by
 * component scanning, so adding a council service means adding its package, not editing a central list.
 */
@Configuration(proxyBeanMethods = false)
public class BinsConfiguration {

    @Bean
    BinCollections binCollections(BankHolidays bankHolidays) {
        return new FileBinCollections(bankHolidays);
    }

    @Bean
    MissedBinReports missedBinReports(DataSource dataSource) {
        return new JdbcMissedBinReports(dataSource);
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
}
