package org.councilassistant.intents.entities;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date from how residents write it: "today", "tomorrow", "yesterday", "next Tuesday", "last Fri",
 * "on the 25th", "25 December", "Dec 2nd", "25/12/2026". A bare weekday or day of month is resolved
 * towards the {@link DateDirection} the conversation implies (a missed bin points back, a bin day forward).
 */
public final class DateExtractor {

    private static final String WEEKDAY =
            "(mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?";
    private static final String MONTH =
            "(january|february|march|april|may|june|july|august|september|october|november|december"
            + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\b";
    private static final Pattern RELATIVE_DAY = Pattern.compile("\\b(today|tonight|tomorrow|tmrw|yesterday)\\b");
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})[/.-](\\d{1,2})(?:[/.-](\\d{2,4}))?\\b");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+" + MONTH + "(?:\\s+(\\d{4}))?\\b");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b");
    private static final Pattern WEEKDAY_NAMED = Pattern.compile("\\b(?:(next|last|this|on)\\s+)?" + WEEKDAY + "\\b");
    private static final Pattern ORDINAL = Pattern.compile("\\b(\\d{1,2})(st|nd|rd|th)\\b");

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of(
            "mon", DayOfWeek.MONDAY, "tue", DayOfWeek.TUESDAY, "tues", DayOfWeek.TUESDAY,
            "wed", DayOfWeek.WEDNESDAY, "weds", DayOfWeek.WEDNESDAY, "thu", DayOfWeek.THURSDAY,
            "thur", DayOfWeek.THURSDAY, "thurs", DayOfWeek.THURSDAY, "fri", DayOfWeek.FRIDAY,
            "sat", DayOfWeek.SATURDAY);

    public Optional<LocalDate> extract(String text, LocalDate today, DateDirection direction) {
        if (text == null) {
            return Optional.empty();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        Matcher m = RELATIVE_DAY.matcher(lower);
        if (m.find()) {
            return Optional.of(switch (m.group(1)) {
                case "tomorrow", "tmrw" -> lower.contains("day after tomorrow") ? today.plusDays(2) : today.plusDays(1);
                case "yesterday" -> today.minusDays(1);
                default -> today;
            });
        }
        m = NUMERIC.matcher(lower);
        if (m.find()) {
            return dayMonth(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3), today, direction);
        }
        m = DAY_MONTH.matcher(lower);
        if (m.find()) {
            return dayMonth(Integer.parseInt(m.group(1)), monthNumber(m.group(2)), m.group(3), today, direction);
        }
        m = MONTH_DAY.matcher(lower);
        if (m.find()) {
            return dayMonth(Integer.parseInt(m.group(2)), monthNumber(m.group(1)), m.group(3), today, direction);
        }
        m = WEEKDAY_NAMED.matcher(lower);
        if (m.find()) {
            return Optional.of(weekday(m.group(1), dayOfWeek(m.group(2)), today, direction));
        }
        m = ORDINAL.matcher(lower);
        if (m.find()) {
            return dayOfMonth(Integer.parseInt(m.group(1)), today, direction);
        }
        return Optional.empty();
    }

    private static LocalDate weekday(String qualifier, DayOfWeek day, LocalDate today, DateDirection direction) {
        if ("next".equals(qualifier)) {
            return today.with(TemporalAdjusters.next(day));
        }
        if ("last".equals(qualifier)) {
            return today.with(TemporalAdjusters.previous(day));
        }
        return direction == DateDirection.PAST
                ? today.with(TemporalAdjusters.previousOrSame(day))
                : today.with(TemporalAdjusters.nextOrSame(day));
    }

    private static Optional<LocalDate> dayOfMonth(int day, LocalDate today, DateDirection direction) {
        for (int offset = 0; offset < 12; offset++) {
            LocalDate month = direction == DateDirection.PAST ? today.minusMonths(offset) : today.plusMonths(offset);
            if (day <= month.lengthOfMonth()) {
                LocalDate candidate = month.withDayOfMonth(day);
                boolean rightWay = direction == DateDirection.PAST ? !candidate.isAfter(today) : !candidate.isBefore(today);
                if (rightWay) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> dayMonth(int day, int month, String year, LocalDate today, DateDirection direction) {
        try {
            if (year != null) {
                int fullYear = Integer.parseInt(year);
                return Optional.of(LocalDate.of(fullYear < 100 ? 2000 + fullYear : fullYear, month, day));
            }
            LocalDate candidate = LocalDate.of(today.getYear(), month, day);
            if (direction == DateDirection.FUTURE && candidate.isBefore(today)) {
                candidate = candidate.plusYears(1);
            } else if (direction == DateDirection.PAST && candidate.isAfter(today)) {
                candidate = candidate.minusYears(1);
            }
            return Optional.of(candidate);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static DayOfWeek dayOfWeek(String stem) {
        return WEEKDAYS.getOrDefault(stem, DayOfWeek.SUNDAY);
    }

    private static int monthNumber(String stem) {
        for (Month month : Month.values()) {
            if (month.name().toLowerCase(Locale.ROOT).startsWith(stem.substring(0, 3))) {
                return month.getValue();
            }
        }
        throw new IllegalArgumentException(stem);
    }
}
