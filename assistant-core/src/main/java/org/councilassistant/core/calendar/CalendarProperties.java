package org.councilassistant.core.calendar;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code assistant.calendar.*}.
 *
 * @param bankHolidays where the bank holidays come from
 */
@ConfigurationProperties("assistant.calendar")
public record CalendarProperties(@DefaultValue BankHolidaySettings bankHolidays) {

    static final String FILE_SETTING = "assistant.calendar.bank-holidays.file";
    static final String DIVISION_SETTING = "assistant.calendar.bank-holidays.division";

    /**
     * @param file a copy of https://www.gov.uk/bank-holidays.json (or a file in its format); unset, the bundled
     *        copy, which covers England and Wales to the end of 2028
     * @param division the part of the UK the council is in: {@code england-and-wales}, {@code scotland} or
     *        {@code northern-ireland}
     */
    public record BankHolidaySettings(Path file, @DefaultValue(BankHolidays.ENGLAND_AND_WALES) String division) {
    }
}
