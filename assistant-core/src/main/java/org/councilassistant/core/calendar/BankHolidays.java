package org.councilassistant.core.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The bank holidays of England and Wales, and the council's rule for moving bin collections around them.
 *
 * <p>The rule, applied in each week (Monday to Sunday) with one or more bank holidays: a collection moves one
 * day later for each bank holiday in that week on or before its usual day, so collections before the first
 * holiday keep their day. If the moved day is itself a bank holiday it moves on again to the next day. Crews
 * work on the Saturday of a bank holiday week, so collections may move onto Saturday but never beyond it.
 * For example, after Easter Monday a Monday collection is on Tuesday and a Friday collection on Saturday.
 */
public final class BankHolidays {

    static final String FILE = "calendar/bank-holidays.csv";
    private static final String HEADER = "date,name";

    private final NavigableMap<LocalDate, String> holidays;

    BankHolidays(Map<LocalDate, String> holidays) {
        this.holidays = new TreeMap<>(holidays);
    }

    /** Reads {@code calendar/bank-holidays.csv} from the classpath, failing with the file and line of any bad row. */
    public static BankHolidays load() {
        Map<LocalDate, String> holidays = new TreeMap<>();
        List<String> lines = readLines();
        boolean headerSeen = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (!headerSeen) {
                require(line.equals(HEADER), i, "expected header '" + HEADER + "' but found '" + line + "'");
                headerSeen = true;
                continue;
            }
            int comma = line.indexOf(',');
            require(comma > 0, i, "expected 'date,name' but found '" + line + "'");
            LocalDate date = parseDate(line.substring(0, comma).strip(), i);
            require(date.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue(), i,
                    date + " is a " + date.getDayOfWeek() + "; list the weekday substitute instead");
            require(holidays.put(date, line.substring(comma + 1).strip()) == null, i, date + " is listed twice");
        }
        return new BankHolidays(holidays);
    }

    public boolean isBankHoliday(LocalDate date) {
        return holidays.containsKey(date);
    }

    /** The holiday's name ("Easter Monday"), for telling residents why their collection has moved. */
    public Optional<String> name(LocalDate date) {
        return Optional.ofNullable(holidays.get(date));
    }

    /** The bank holidays from {@code from} to {@code to}, both inclusive, in date order. */
    public List<LocalDate> between(LocalDate from, LocalDate to) {
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
        if (usual.getDayOfWeek().getValue() > DayOfWeek.FRIDAY.getValue()) {
            return usual;
        }
        LocalDate monday = usual.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int holidaysSoFar = holidays.subMap(monday, true, usual, true).size();
        if (holidaysSoFar == 0) {
            return usual;
        }
        LocalDate moved = usual.plusDays(holidaysSoFar);
        while (isBankHoliday(moved)) {
            moved = moved.plusDays(1);
        }
        LocalDate saturday = monday.plusDays(5);
        return moved.isAfter(saturday) ? saturday : moved;
    }

    private static LocalDate parseDate(String text, int index) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(FILE + " line " + (index + 1) + ": '" + text + "' is not a yyyy-mm-dd date", e);
        }
    }

    private static void require(boolean condition, int index, String problem) {
        if (!condition) {
            throw new IllegalStateException(FILE + " line " + (index + 1) + ": " + problem);
        }
    }

    private static List<String> readLines() {
        InputStream in = BankHolidays.class.getClassLoader().getResourceAsStream(FILE);
        if (in == null) {
            throw new IllegalStateException("Missing classpath resource " + FILE);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(l -> l.replace("\uFEFF", "")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + FILE, e);
        }
    }
}
