package org.councilassistant.core.service.contact;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * When a council service is staffed, day by day, e.g. Monday to Friday 08:30–17:00. Days without hours are
 * closed. Bank holidays are handled by {@link ContactCentre}, not here.
 */
public final class OpeningHours {

    /** One day's opening, {@code opens} inclusive and {@code closes} exclusive. */
    public record Times(LocalTime opens, LocalTime closes) {

        public Times {
            if (!opens.isBefore(closes)) {
                throw new IllegalArgumentException("Opening time " + opens + " is not before closing time " + closes);
            }
        }

        boolean includes(LocalTime time) {
            return !time.isBefore(opens) && time.isBefore(closes);
        }
    }

    private final Map<DayOfWeek, Times> days;

    public OpeningHours(Map<DayOfWeek, Times> days) {
        this.days = days.isEmpty() ? new EnumMap<>(DayOfWeek.class) : new EnumMap<>(days);
    }

    /**
     * Hours written as configuration, e.g. {@code MONDAY: "08:30-17:00"}; {@code "closed"} (or nothing) closes a
     * day that default configuration opens.
     */
    public static OpeningHours parse(Map<DayOfWeek, String> written) {
        Map<DayOfWeek, Times> days = new EnumMap<>(DayOfWeek.class);
        written.forEach((day, text) -> {
            if (!isClosed(text)) {
                days.put(day, parseTimes(day, text));
            }
        });
        return new OpeningHours(days);
    }

    private static boolean isClosed(String text) {
        return text == null || text.isBlank() || text.strip().equalsIgnoreCase("closed");
    }

    public static OpeningHours weekdays(LocalTime opens, LocalTime closes) {
        Map<DayOfWeek, Times> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
                days.put(day, new Times(opens, closes));
            }
        }
        return new OpeningHours(days);
    }

    public Optional<Times> on(DayOfWeek day) {
        return Optional.ofNullable(days.get(day));
    }

    public boolean isEmpty() {
        return days.isEmpty();
    }

    private static Times parseTimes(DayOfWeek day, String text) {
        String[] parts = text.strip().split("\\s*-\\s*");
        try {
            if (parts.length == 2) {
                return new Times(LocalTime.parse(parts[0]), LocalTime.parse(parts[1]));
            }
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Opening hours for " + day + " must look like 08:30-17:00, not \""
                    + text + "\"", e);
        }
        throw new IllegalArgumentException("Opening hours for " + day + " must look like 08:30-17:00, not \""
                + text + "\"");
    }
}
