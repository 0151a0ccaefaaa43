package org.councilassistant.core.calendar;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bank holidays of one part of the UK, and the council's rule for moving bin collections around them.
 *
 * <p>The rule, applied in each week (Monday to Sunday) with one or more bank holidays: a collection moves one
 * day later for each bank holiday in that week on or before its usual day, so collections before the first
 * holiday keep their day. If the moved day is itself a bank holiday it moves on again to the next day. Crews
 * work on the Saturday of a bank holiday week, so collections may move onto Saturday but never beyond it.
 * For example, after Easter Monday a Monday collection is on Tuesday and a Friday collection on Saturday.
 *
 * <p>The dates come from a file in GOV.UK's {@code bank-holidays.json} format (see {@link BankHolidayReader});
 * a copy for England and Wales is bundled. Asked about a year after the file's last, it logs a warning once,
 * because every date it gives for that year is unmoved.
 */
public final class BankHolidays {

    /** The division of GOV.UK's file that councils in England and Wales use. */
    public static final String ENGLAND_AND_WALES = "england-and-wales";

    private static final Logger LOG = LoggerFactory.getLogger(BankHolidays.class);

    private final NavigableMap<LocalDate, String> holidays;
    private final String source;
    private final AtomicBoolean warnedBeyondLastYear = new AtomicBoolean();

    BankHolidays(Map<LocalDate, String> holidays, String source) {
        if (holidays.isEmpty()) {
            throw new IllegalArgumentException("no bank holidays from " + source);
        }
        this.holidays = new TreeMap<>(holidays);
        this.source = source;
    }

    /** England and Wales, from the bundled copy of GOV.UK's file. */
    public static BankHolidays load() {
        return bundled(ENGLAND_AND_WALES);
    }

    /** A division of the bundled copy of GOV.UK's file, which holds England and Wales only. */
    public static BankHolidays bundled(String division) {
        return BankHolidayReader.bundled(division);
    }

    /**
     * A division ({@code england-and-wales}, {@code scotland}, {@code northern-ireland}) of a file in GOV.UK's
     * format, failing with a {@link org.councilassistant.core.setup.SetupException} that names the file and the
     * fault when it is missing or unreadable.
     */
    public static BankHolidays fromFile(Path file, String division) {
        return BankHolidayReader.file(file, division);
    }

    /** The last year with a bank holiday in the file: dates after it are never moved. */
    public int lastKnownYear() {
        return holidays.lastKey().getYear();
    }

    /** Where the dates came from, for log messages: the file's path, or the bundled copy. */
    public String source() {
        return source;
    }

    public boolean isBankHoliday(LocalDate date) {
        noteIfBeyondLastYear(date);
        return holidays.containsKey(date);
    }

    /** The holiday's name ("Easter Monday"), for telling residents why their collection has moved. */
    public Optional<String> name(LocalDate date) {
        return Optional.ofNullable(holidays.get(date));
    }

    /** The bank holidays from {@code from} to {@code to}, both inclusive, in date order. */
    public List<LocalDate> between(LocalDate from, LocalDate to) {
        noteIfBeyondLastYear(to);
        return from.isAfter(to) ? List.of() : List.copyOf(holidays.subMap(from, true, to, true).keySet());
    }

    /** True from Monday to Friday unless the day is a bank holiday. */
    public boolean isWorkingDay(LocalDate date) {
        return date.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue() && !isBankHoliday(date);
    }

    /** The number of working days d with {@code start < d <= end}; zero when {@code end} is not after start. */
    public int workingDaysAfter(LocalDate start, LocalDate end) {
        int count = 0;
        for (LocalDate day = start.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** The day a collection usually on {@code usual} actually happens, by the rule in the class description. */
    public LocalDate adjust(LocalDate usual) {
        noteIfBeyondLastYear(usual);
        if (usual.getDayOfWeek().getValue() > DayOfWeek.FRIDAY.getValue()) {
            return usual;
        }
        LocalDate monday = usual.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int holidaysSoFar = holidays.subMap(monday, true, usual, true).size();
        if (holidaysSoFar == 0) {
            return usual;
        }
        LocalDate moved = usual.plusDays(holidaysSoFar);
        while (holidays.containsKey(moved)) {
            moved = moved.plusDays(1);
        }
        LocalDate saturday = monday.plusDays(5);
        return moved.isAfter(saturday) ? saturday : moved;
    }

    private void noteIfBeyondLastYear(LocalDate date) {
        if (date.getYear() > lastKnownYear() && warnedBeyondLastYear.compareAndSet(false, true)) {
            LOG.warn("Asked about {} but bank holidays ({}) are known only until the end of {}: dates after that are "
                    + "not moved for bank holidays. Set {} to a current copy of {}", date.getYear(), source,
                    lastKnownYear(), CalendarProperties.FILE_SETTING, BankHolidayReader.GOV_UK_URL);
        }
    }
}
