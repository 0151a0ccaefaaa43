package org.councilassistant.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BankHolidaysTests {

    private final BankHolidays holidays = BankHolidays.load();

    @Test
    void movesCollectionsAfterEasterMondayOneDayLaterUpToSaturday() {
        assertThat(holidays.adjust(date(2026, 4, 6))).isEqualTo(date(2026, 4, 7));
        assertThat(holidays.adjust(date(2026, 4, 10))).isEqualTo(date(2026, 4, 11));
    }

    @Test
    void leavesCollectionsInAWeekWithoutBankHolidaysOnTheirUsualDay() {
        assertThat(holidays.adjust(date(2026, 12, 1))).isEqualTo(date(2026, 12, 1));
    }

    @Test
    void movesGoodFridayCollectionsToSaturdayButNotThoseEarlierInTheWeek() {
        assertThat(holidays.adjust(date(2026, 4, 3))).isEqualTo(date(2026, 4, 4));
        assertThat(holidays.adjust(date(2026, 4, 2))).isEqualTo(date(2026, 4, 2));
    }

    @Test
    void movesChristmasDayCollectionsToSaturday() {
        assertThat(holidays.adjust(date(2026, 12, 25))).isEqualTo(date(2026, 12, 26));
    }

    @Test
    void movesCollectionsAfterTheBoxingDaySubstituteAndSkipsNewYearsDay() {
        assertThat(holidays.adjust(date(2026, 12, 28))).isEqualTo(date(2026, 12, 29));
        assertThat(holidays.adjust(date(2026, 12, 31))).isEqualTo(date(2027, 1, 2));
    }

    @Test
    void neverMovesACollectionBeyondTheSaturdayOfItsWeek() {
        assertThat(holidays.adjust(date(2027, 1, 1))).isEqualTo(date(2027, 1, 2));
    }

    @Test
    void movesCollectionsPastBothChristmasSubstituteDaysIn2027() {
        assertThat(holidays.adjust(date(2027, 12, 27))).isEqualTo(date(2027, 12, 29));
        assertThat(holidays.adjust(date(2027, 12, 28))).isEqualTo(date(2027, 12, 30));
        assertThat(holidays.adjust(date(2027, 12, 24))).isEqualTo(date(2027, 12, 24));
    }

    @Test
    void countsWeekdaysThatAreNotBankHolidaysAsWorkingDays() {
        assertThat(holidays.isWorkingDay(date(2026, 4, 7))).isTrue();
        assertThat(holidays.isWorkingDay(date(2026, 4, 6))).isFalse();
        assertThat(holidays.isWorkingDay(date(2026, 4, 11))).isFalse();
        assertThat(holidays.isWorkingDay(date(2026, 4, 12))).isFalse();
    }

    @Test
    void countsWorkingDaysAfterTheStartUpToAndIncludingTheEnd() {
        assertThat(holidays.workingDaysAfter(date(2026, 11, 27), date(2026, 11, 30))).isEqualTo(1);
        assertThat(holidays.workingDaysAfter(date(2026, 11, 27), date(2026, 11, 27))).isZero();
        assertThat(holidays.workingDaysAfter(date(2026, 11, 30), date(2026, 11, 27))).isZero();
    }

    @Test
    void skipsGoodFridayAndEasterMondayWhenCountingWorkingDays() {
        assertThat(holidays.workingDaysAfter(date(2026, 4, 2), date(2026, 4, 9))).isEqualTo(3);
    }

    @Test
    void namesTheHolidaySoRepliesCanSayWhyACollectionMoved() {
        assertThat(holidays.name(date(2026, 4, 6))).contains("Easter Monday");
        assertThat(holidays.name(date(2026, 4, 7))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {2024, 2025, 2026, 2027, 2028})
    void listsEightWeekdayBankHolidaysEachYear(int year) {
        List<LocalDate> dates = holidays.between(date(year, 1, 1), date(year, 12, 31));

        assertThat(dates).hasSize(8);
        assertThat(dates).allSatisfy(day ->
                assertThat(day.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
    }

    @Test
    void listsTheOfficial2026Dates() {
        assertThat(holidays.between(date(2026, 1, 1), date(2026, 12, 31))).containsExactly(
                date(2026, 1, 1), date(2026, 4, 3), date(2026, 4, 6), date(2026, 5, 4),
                date(2026, 5, 25), date(2026, 8, 31), date(2026, 12, 25), date(2026, 12, 28));
    }

    @Test
    void listsTheExpected2028DatesInTheBundledCopy() {
        assertThat(holidays.between(date(2028, 1, 1), date(2028, 12, 31))).containsExactly(
                date(2028, 1, 3), date(2028, 4, 14), date(2028, 4, 17), date(2028, 5, 1),
                date(2028, 5, 29), date(2028, 8, 28), date(2028, 12, 25), date(2028, 12, 26));
        assertThat(holidays.name(date(2028, 1, 3))).contains("New Year’s Day (substitute day)");
        assertThat(holidays.lastKnownYear()).isEqualTo(2028);
    }

    @Test
    void movesCollectionsAfterTheNewYearSubstituteDayIn2028() {
        assertThat(holidays.adjust(date(2028, 1, 3))).isEqualTo(date(2028, 1, 4));
        assertThat(holidays.adjust(date(2028, 1, 7))).isEqualTo(date(2028, 1, 8));
    }

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
