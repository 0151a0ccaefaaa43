package org.councilassistant.intents.entities;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a house or flat number ("number 12", "12a", "no. 7", "flat 3") in free text, ignoring the digits of a
 * postcode, ordinals ("the 25th"), times ("7am") and anything that looks like a money amount or a year.
 */
public final class HouseNumberExtractor {

    private static final Pattern POSTCODE = Pattern.compile(
            "(?i)(?<![a-z0-9])[a-z]{1,2}[0-9][a-z0-9]?\\s*[0-9][a-z]{2}(?![a-z0-9])");
    private static final Pattern NUMBER = Pattern.compile(
            "(?i)(?<![\\w£$.:/-])(\\d{1,4})([a-h])?(?![\\w:/]|\\.\\d|\\s*(?:am|pm|st|nd|rd|th|%|pounds?|p)\\b)");

    public Optional<String> extract(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String withoutPostcodes = POSTCODE.matcher(text).replaceAll(" ");
        Matcher matcher = NUMBER.matcher(withoutPostcodes);
        while (matcher.find()) {
            int value = Integer.parseInt(matcher.group(1));
            if (value == 0 || (matcher.group(1).length() == 4 && value >= 1900 && value <= 2100)) {
                continue;
            }
            String suffix = matcher.group(2) == null ? "" : matcher.group(2).toUpperCase(Locale.ROOT);
            return Optional.of(value + suffix);
        }
        return Optional.empty();
    }
}
