package org.councilassistant.core.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.councilassistant.core.setup.SetupException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads bank holidays from a file in the format GOV.UK publishes at {@value #GOV_UK_URL}: an object of divisions
 * ({@code england-and-wales}, {@code scotland}, {@code northern-ireland}), each with its events
 * {@code {"title", "date", "notes", "bunting"}}. Any fault fails with the file, the event and what to do.
 */
final class BankHolidayReader {

    static final String GOV_UK_URL = "https://www.gov.uk/bank-holidays.json";
    static final String BUNDLED = "calendar/bank-holidays.json";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String FRESH_COPY = "a fresh copy of " + GOV_UK_URL + ", and set "
            + CalendarProperties.FILE_SETTING + " to its path";
    private static final String DOWNLOAD = "Download " + FRESH_COPY;

    private record Division(String division, List<Event> events) {
    }

    private record Event(String title, String date, String notes, Boolean bunting) {
    }

    private BankHolidayReader() {
    }

    static BankHolidays bundled(String division) {
        try (InputStream in = BankHolidayReader.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + BUNDLED);
            }
            String source = "bundled " + BUNDLED;
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8), source, division,
                    "The bundled copy has england-and-wales only. " + DOWNLOAD + ".");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + BUNDLED, e);
        }
    }

    static BankHolidays file(Path file, String division) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SetupException("Bank holidays file " + file + " (" + CalendarProperties.FILE_SETTING
                    + ") cannot be read: " + (Files.exists(file) ? e.toString() : "it does not exist") + ".",
                    DOWNLOAD + ", or remove the setting to use the bundled copy for England and Wales.", e);
        }
        return read(text, file.toString(), division, "Set " + CalendarProperties.DIVISION_SETTING
                + " to one of the divisions the file has.");
    }

    private static BankHolidays read(String json, String source, String division, String whenDivisionMissing) {
        Map<String, Division> divisions;
        try {
            divisions = JSON.readValue(json, new TypeReference<Map<String, Division>>() { });
        } catch (JacksonException e) {
            String at = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new SetupException("Bank holidays file " + source + " is not JSON in GOV.UK's bank holidays format ("
                    + e.getOriginalMessage() + at + ").", DOWNLOAD + ".", e);
        }
        Division chosen = divisions == null ? null : divisions.get(division);
        if (chosen == null || chosen.events() == null || chosen.events().isEmpty()) {
            throw new SetupException("Bank holidays file " + source + " has no events for division '" + division
                    + "' (it has " + (divisions == null ? "none" : divisions.keySet()) + ").", whenDivisionMissing);
        }
        Map<LocalDate, String> holidays = new TreeMap<>();
        for (int i = 0; i < chosen.events().size(); i++) {
            Event event = chosen.events().get(i);
            String where = "Bank holidays file " + source + ", " + division + " event " + (i + 1);
            LocalDate date = date(event, where);
            if (date.getDayOfWeek().getValue() > DayOfWeek.FRIDAY.getValue()) {
                throw new SetupException(where + ": " + date + " is a " + name(date.getDayOfWeek()) + ".",
                        "List the weekday the holiday is taken on (the substitute day), as GOV.UK does.");
            }
            if (holidays.put(date, name(event)) != null) {
                throw new SetupException(where + ": " + date + " is listed twice.", "Keep one event for each date.");
            }
        }
        return new BankHolidays(holidays, source);
    }

    private static LocalDate date(Event event, String where) {
        if (event == null || event.title() == null || event.title().isBlank()) {
            throw new SetupException(where + " has no title.", "Give each event a title and a date. " + DOWNLOAD + ".");
        }
        try {
            return LocalDate.parse(String.valueOf(event.date()));
        } catch (DateTimeParseException e) {
            throw new SetupException(where + " ('" + event.title() + "'): date '" + event.date()
                    + "' is not a yyyy-mm-dd date.", "Correct the date, or download " + FRESH_COPY + ".", e);
        }
    }

    /** "Boxing Day", or "Boxing Day (substitute day)" from GOV.UK's notes. */
    private static String name(Event event) {
        String notes = event.notes() == null ? "" : event.notes().strip();
        return notes.isEmpty() ? event.title().strip()
                : event.title().strip() + " (" + notes.toLowerCase(Locale.ROOT) + ")";
    }

    private static String name(DayOfWeek day) {
        String name = day.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
