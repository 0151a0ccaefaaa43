package org.councilassistant.core.calendar;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** England and Wales bank holidays, shared by every service that counts working days or opening hours. */
@Configuration(proxyBeanMethods = false)
public class CalendarConfiguration {

    @Bean
    BankHolidays bankHolidays() {
        return BankHolidays.load();
    }
}
