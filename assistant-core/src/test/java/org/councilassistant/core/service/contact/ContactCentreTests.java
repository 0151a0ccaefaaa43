package org.councilassistant.core.service.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;

import org.councilassistant.core.calendar.BankHolidays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContactCentreTests {

    private final ContactCentre centre = new ContactCentre("01632 960 100", "01632 960 999",
            OpeningHours.weekdays(LocalTime.of(8, 30), LocalTime.of(17, 0)), BankHolidays.load(), Clock.systemUTC());

    @Test
    void isOpenDuringWeekdayHoursUntilClosingTime() {
        assertThat(centre.statusAt(LocalDateTime.of(2026, 11, 25, 8, 30)))
                .isEqualTo(new ContactCentreStatus.Open(LocalTime.of(17, 0)));
        assertThat(centre.statusAt(LocalDateTime.of(2026, 11, 25, 16, 59)))
                .isEqualTo(new ContactCentreStatus.Open(LocalTime.of(17, 0)));
    }

    @ParameterizedTest
    @CsvSource({
            "2026-11-25T07:00, 2026-11-25T08:30", // before opening: later today
            "2026-11-25T17:00, 2026-11-26T08:30", // at closing time: tomorrow
            "2026-11-27T18:00, 2026-11-30T08:30", // Friday evening: Monday
            "2026-11-28T12:00, 2026-11-30T08:30", // Saturday
            "2026-12-24T18:00, 2026-12-29T08:30", // Christmas, weekend and Boxing Day's substitute
            "2026-08-31T10:00, 2026-09-01T08:30", // summer bank holiday Monday
    })
    void isClosedOutsideHoursAndOnBankHolidaysUntilTheNextOpening(LocalDateTime now, LocalDateTime opens) {
        assertThat(centre.statusAt(now)).isEqualTo(new ContactCentreStatus.Closed(opens));
    }

    @Test
    void withNoHoursItIsUnstaffed() {
        ContactCentre closed = new ContactCentre("1", "2", new OpeningHours(Map.of()), BankHolidays.load(),
                Clock.systemUTC());

        assertThat(closed.statusAt(LocalDateTime.of(2026, 11, 25, 10, 0)))
                .isInstanceOf(ContactCentreStatus.Unstaffed.class);
    }

    @Test
    void parsesConfiguredHoursAndRejectsNonsense() {
        OpeningHours hours = OpeningHours.parse(Map.of(DayOfWeek.SATURDAY, "09:00 - 12:30"));

        assertThat(hours.on(DayOfWeek.SATURDAY)).contains(
                new OpeningHours.Times(LocalTime.of(9, 0), LocalTime.of(12, 30)));
        assertThat(hours.on(DayOfWeek.MONDAY)).isEmpty();
        assertThatThrownBy(() -> OpeningHours.parse(Map.of(DayOfWeek.MONDAY, "9 till 5")))
                .hasMessageContaining("MONDAY");
        assertThatThrownBy(() -> OpeningHours.parse(Map.of(DayOfWeek.MONDAY, "17:00-09:00")))
                .hasMessageContaining("MONDAY");
    }

    @Test
    void aDayWrittenAsClosedOrLeftBlankIsClosed() {
        OpeningHours hours = OpeningHours.parse(Map.of(DayOfWeek.MONDAY, "Closed", DayOfWeek.TUESDAY, " ",
                DayOfWeek.WEDNESDAY, "08:30-17:00"));

        assertThat(hours.on(DayOfWeek.MONDAY)).isEmpty();
        assertThat(hours.on(DayOfWeek.TUESDAY)).isEmpty();
        assertThat(hours.on(DayOfWeek.WEDNESDAY)).isPresent();
    }

    @ParameterizedTest
    @CsvSource({"08:30, 8:30am", "17:00, 5pm", "12:00, 12pm", "00:15, 12:15am", "13:05, 1:05pm"})
    void writesTimesTheBritishWay(LocalTime time, String written) {
        assertThat(ContactCentreReplies.clockTime(time)).isEqualTo(written);
    }
}
