package org.councilassistant.core.service.bins;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;

import org.councilassistant.core.calendar.BankHolidays;
import org.councilassistant.core.setup.SetupException;
import org.councilassistant.intents.entities.BinType;

/**
 * When a round's services run: every week, or every other week in week A or week B counted from the Monday in
 * {@code calendar.csv}, moved around bank holidays by {@link BankHolidays#adjust}.
 */
final class RoundCalendar {

    static final List<String> COLUMNS = List.of("week", "starts");

    enum Frequency { WEEKLY, FORTNIGHTLY_A, FORTNIGHTLY_B }

    /** One bin collected by a round: its weekday and how often. */
    record Service(BinType bin, DayOfWeek weekday, Frequency frequency) {

        int periodInWeeks() {
            return frequency == Frequency.WEEKLY ? 1 : 2;
        }
    }

    private final LocalDate weekAStarts;
    private final BankHolidays holidays;

    RoundCalendar(LocalDate weekAStarts, BankHolidays holidays) {
        this.weekAStarts = weekAStarts;
        this.holidays = holidays;
    }

    /** Reads {@code calendar.csv}: one row, week {@code A} and the date of a Monday that starts one. */
    static RoundCalendar read(BinDataFiles.DataFile file, BankHolidays holidays) {
        List<CsvTable.Row> rows = CsvTable.rows(file, COLUMNS);
        if (rows.size() != 1) {
            throw new SetupException(file.name() + " has " + rows.size() + " rows after the header, not 1.",
                    "Give one row: A and the date of a Monday that starts a week A, such as A,2025-01-06.");
        }
        CsvTable.Row row = rows.get(0);
        if (!"A".equalsIgnoreCase(row.get("week"))) {
            throw row.problem("week", "'" + row.get("week") + "' is not A.",
                    "Name the Monday that starts a week A; week B is the week after it.");
        }
        LocalDate starts;
        try {
            starts = LocalDate.parse(row.get("starts"));
        } catch (DateTimeParseException e) {
            throw row.problem("starts", "'" + row.get("starts") + "' is not a yyyy-mm-dd date.",
                    "Write the date as yyyy-mm-dd, such as 2025-01-06.");
        }
        if (starts.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw row.problem("starts", starts + " is a " + dayName(starts.getDayOfWeek()) + ", not a Monday.",
                    "Give the Monday that starts a week A.");
        }
        return new RoundCalendar(starts, holidays);
    }

    /** "Tuesday", for messages to the people who keep the data. */
    static String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.UK);
    }

    /** The first collection of the service that happens on or after {@code from}, after any bank holiday change. */
    Collection next(Service service, LocalDate from) {
        // A collection due a few days before `from` may have been moved onto or past it.
        LocalDate usual = firstUsualOnOrAfter(service, from.minusDays(6));
        while (holidays.adjust(usual).isBefore(from)) {
            usual = usual.plusWeeks(service.periodInWeeks());
        }
        return new Collection(service.bin(), holidays.adjust(usual), usual);
    }

    /** The last collection of the service that happened on or before the date, after any bank holiday change. */
    Collection last(Service service, LocalDate onOrBefore) {
        LocalDate usual = lastUsualOnOrBefore(service, onOrBefore);
        while (holidays.adjust(usual).isAfter(onOrBefore)) {
            usual = usual.minusWeeks(service.periodInWeeks());
        }
        return new Collection(service.bin(), holidays.adjust(usual), usual);
    }

    private LocalDate firstUsualOnOrAfter(Service service, LocalDate day) {
        LocalDate candidate = day.with(TemporalAdjusters.nextOrSame(service.weekday()));
        return runsInWeekOf(service, candidate) ? candidate : candidate.plusWeeks(1);
    }

    private LocalDate lastUsualOnOrBefore(Service service, LocalDate day) {
        LocalDate candidate = day.with(TemporalAdjusters.previousOrSame(service.weekday()));
        return runsInWeekOf(service, candidate) ? candidate : candidate.minusWeeks(1);
    }

    private boolean runsInWeekOf(Service service, LocalDate day) {
        long weeksSinceAnchor = Math.floorDiv(ChronoUnit.DAYS.between(weekAStarts, day), 7);
        boolean weekA = Math.floorMod(weeksSinceAnchor, 2) == 0;
        return switch (service.frequency()) {
            case WEEKLY -> true;
            case FORTNIGHTLY_A -> weekA;
            case FORTNIGHTLY_B -> !weekA;
        };
    }
}
