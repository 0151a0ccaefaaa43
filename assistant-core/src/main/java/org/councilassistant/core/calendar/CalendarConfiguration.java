package org.councilassistant.core.calendar;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The bank holidays, shared by every service that counts working days or opening hours: the bundled copy for England
 * and Wales, or the council's own file in GOV.UK's format ({@code assistant.calendar.bank-holidays.*}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CalendarProperties.class)
public class CalendarConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(CalendarConfiguration.class);

    @Bean
    BankHolidays bankHolidays(CalendarProperties properties, ObjectProvider<Clock> clock) {
        CalendarProperties.BankHolidaySettings settings = properties.bankHolidays();
        BankHolidays holidays = settings.file() == null
                ? BankHolidays.bundled(settings.division())
                : BankHolidays.fromFile(settings.file(), settings.division());
        warnIfNextYearIsUnknown(holidays, LocalDate.now(clock.getIfAvailable(Clock::systemDefaultZone)));
        return holidays;
    }

    /** Residents ask about the coming weeks and months, so next year's holidays must be known by now. */
    static boolean warnIfNextYearIsUnknown(BankHolidays holidays, LocalDate today) {
        int nextYear = today.getYear() + 1;
        if (holidays.lastKnownYear() >= nextYear) {
            return false;
        }
        LOG.warn("Bank holidays ({}) are known only until the end of {}: later bin collections will not be moved for "
                + "bank holidays, nor working days counted around them. Set {} to a current copy of {}",
                holidays.source(), holidays.lastKnownYear(), CalendarProperties.FILE_SETTING,
                BankHolidayReader.GOV_UK_URL);
        return true;
    }
}
