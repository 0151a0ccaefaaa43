package org.councilassistant.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilassistant.core.setup.StartupFailures.setupProblem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The bank holidays the application starts with, from the settings under assistant.calendar.bank-holidays. */
class CalendarConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(CalendarConfiguration.class)
            .withBean(Clock.class, () -> Clock.fixed(Instant.parse("2026-06-01T09:00:00Z"), ZoneId.of("Europe/London")));

    @Test
    void startsWithTheBundledEnglandAndWalesDatesByDefault() {
        runner.run(context -> assertThat(context.getBean(BankHolidays.class).isBankHoliday(LocalDate.of(2028, 4, 17)))
                .isTrue());
    }

    @Test
    void readsTheCouncilsOwnFileAndDivision(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("bank-holidays.json");
        Files.writeString(file, """
                {"northern-ireland":{"division":"northern-ireland","events":[
                  {"title":"Battle of the Boyne (Orangemen’s Day)","date":"2026-07-13","notes":"Substitute day",
                   "bunting":false}]}}""", StandardCharsets.UTF_8);

        runner.withPropertyValues("assistant.calendar.bank-holidays.file=" + file,
                "assistant.calendar.bank-holidays.division=northern-ireland").run(context -> {
                    BankHolidays holidays = context.getBean(BankHolidays.class);
                    assertThat(holidays.isBankHoliday(LocalDate.of(2026, 7, 13))).isTrue();
                    assertThat(holidays.isBankHoliday(LocalDate.of(2026, 4, 6))).isFalse();
                });
    }

    @Test
    void refusesToStartWithAMissingFile(@TempDir Path directory) {
        runner.withPropertyValues("assistant.calendar.bank-holidays.file=" + directory.resolve("missing.json"))
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(setupProblem(context.getStartupFailure()))
                            .hasMessageContaining("missing.json (assistant.calendar.bank-holidays.file)");
                });
    }
}
