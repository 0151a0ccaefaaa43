package org.councilassistant.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.councilassistant.core.setup.SetupException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** Bank holidays from a council's own copy of GOV.UK's bank-holidays.json, and what is said when it runs out. */
class BankHolidayFileTests {

    /** Shaped as GOV.UK publishes it: all three divisions, notes for substitute days, bunting. */
    private static final String GOV_UK_FILE = """
            {"england-and-wales":{"division":"england-and-wales","events":[
              {"title":"Christmas Day","date":"2027-12-27","notes":"Substitute day","bunting":true}]},
             "scotland":{"division":"scotland","events":[
              {"title":"New Year’s Day","date":"2029-01-01","notes":"","bunting":true},
              {"title":"2nd January","date":"2029-01-02","notes":"","bunting":true},
              {"title":"St Andrew’s Day","date":"2029-11-30","notes":"","bunting":true}]},
             "northern-ireland":{"division":"northern-ireland","events":[
              {"title":"St Patrick’s Day","date":"2029-03-19","notes":"Substitute day","bunting":true}]}}
            """;

    @TempDir
    Path directory;

    private final List<Runnable> detach = new ArrayList<>();

    @AfterEach
    void stopCapturingLogs() {
        detach.forEach(Runnable::run);
    }

    @Test
    void readsTheCouncilsDivisionFromAFileInGovUksFormat() throws IOException {
        BankHolidays scotland = BankHolidays.fromFile(write(GOV_UK_FILE), "scotland");

        assertThat(scotland.between(LocalDate.of(2029, 1, 1), LocalDate.of(2029, 12, 31))).containsExactly(
                LocalDate.of(2029, 1, 1), LocalDate.of(2029, 1, 2), LocalDate.of(2029, 11, 30));
        assertThat(scotland.name(LocalDate.of(2029, 1, 2))).contains("2nd January");
        assertThat(scotland.adjust(LocalDate.of(2029, 1, 3))).isEqualTo(LocalDate.of(2029, 1, 5));
        assertThat(scotland.lastKnownYear()).isEqualTo(2029);
    }

    @Test
    void refusesAMissingFileNamingItAndTheSetting() {
        Path missing = directory.resolve("bank-holidays.json");

        assertThatExceptionOfType(SetupException.class).isThrownBy(() -> BankHolidays.fromFile(missing, "scotland"))
                .withMessageContaining(missing + " (assistant.calendar.bank-holidays.file)")
                .withMessageContaining("https://www.gov.uk/bank-holidays.json");
    }

    @Test
    void refusesADivisionTheFileDoesNotHave() throws IOException {
        Path file = write(GOV_UK_FILE);

        assertThatExceptionOfType(SetupException.class).isThrownBy(() -> BankHolidays.fromFile(file, "wales"))
                .withMessageContaining("has no events for division 'wales'")
                .satisfies(e -> assertThat(e.action()).contains("assistant.calendar.bank-holidays.division"));
    }

    @Test
    void refusesAnotherDivisionOfTheBundledCopyWhichHasEnglandAndWalesOnly() {
        assertThatExceptionOfType(SetupException.class).isThrownBy(() -> BankHolidays.bundled("scotland"))
                .satisfies(e -> assertThat(e.action()).contains("assistant.calendar.bank-holidays.file",
                        "https://www.gov.uk/bank-holidays.json"));
    }

    @Test
    void refusesAnEventWithABadDateNamingIt() throws IOException {
        Path file = write("""
                {"scotland":{"division":"scotland","events":[
                  {"title":"New Year’s Day","date":"2029-01-01","notes":"","bunting":true},
                  {"title":"2nd January","date":"2029-01-32","notes":"","bunting":true}]}}""");

        assertThatExceptionOfType(SetupException.class).isThrownBy(() -> BankHolidays.fromFile(file, "scotland"))
                .withMessageContaining(file + ", scotland event 2 ('2nd January'): date '2029-01-32' is not a "
                        + "yyyy-mm-dd date");
    }

    @Test
    void refusesAFileThatIsNotJson() throws IOException {
        Path file = write("<html>Bank holidays</html>");

        assertThatExceptionOfType(SetupException.class).isThrownBy(() -> BankHolidays.fromFile(file, "scotland"))
                .withMessageContaining(file + " is not JSON in GOV.UK's bank holidays format");
    }

    @Test
    void warnsOnceWhenAskedAboutAYearAfterTheLastKnownOne() {
        BankHolidays holidays = BankHolidays.load();
        ListAppender<ILoggingEvent> log = capture(BankHolidays.class);

        holidays.adjust(LocalDate.of(2028, 12, 29));
        holidays.adjust(LocalDate.of(2029, 1, 1));
        holidays.isWorkingDay(LocalDate.of(2029, 1, 2));

        assertThat(log.list).singleElement().extracting(ILoggingEvent::getFormattedMessage).asString()
                .contains("known only until the end of 2028", "assistant.calendar.bank-holidays.file");
    }

    @Test
    void warnsAtStartUpWhenNextYearsBankHolidaysAreUnknown() {
        ListAppender<ILoggingEvent> log = capture(CalendarConfiguration.class);

        boolean warnedIn2027 = CalendarConfiguration.warnIfNextYearIsUnknown(BankHolidays.load(), LocalDate.of(2027, 6, 1));
        boolean warnedIn2028 = CalendarConfiguration.warnIfNextYearIsUnknown(BankHolidays.load(), LocalDate.of(2028, 6, 1));

        assertThat(warnedIn2027).isFalse();
        assertThat(warnedIn2028).isTrue();
        assertThat(log.list).singleElement().extracting(ILoggingEvent::getFormattedMessage).asString()
                .contains("until the end of 2028", "assistant.calendar.bank-holidays.file");
    }

    private Path write(String json) throws IOException {
        Path file = directory.resolve("bank-holidays.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    private ListAppender<ILoggingEvent> capture(Class<?> type) {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        Logger logger = (Logger) LoggerFactory.getLogger(type);
        logger.addAppender(appender);
        detach.add(() -> logger.detachAppender(appender));
        return appender;
    }
}
