package org.councilassistant.core.service.bins;

import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.councilassistant.intents.entities.Postcode;

/**
 * A residential address the council collects bins from, identified by its UPRN.
 *
 * <p>{@code houseNumber} is what a resident would give as "their number": the flat number for a flat
 * ("3" for "Flat 3, Mill House, 4 Mill Lane"), otherwise the leading number of the address with any letter
 * suffix in upper case ("12A"), or empty for a named house. {@link #matchesNumber} also accepts the
 * building's number, because residents of flats often give that instead.
 */
public record Address(String uprn, String line, Postcode postcode, String houseNumber, boolean gardenSubscriber)
        implements Comparable<Address> {

    private static final Pattern FLAT = Pattern.compile("(?i)(?:flat|apartment)\\s+(\\d+[a-z]?)");
    private static final Pattern NUMBERED = Pattern.compile("(?i)(\\d+[a-z]?)\\s+\\S.*");
    private static final Pattern NUMBER = Pattern.compile("(\\d+)(.*)");
    private static final Comparator<Address> NATURAL_ORDER = Comparator
            .comparingInt((Address a) -> numberPart(a.houseNumber))
            .thenComparing(a -> suffixPart(a.houseNumber))
            .thenComparing(Address::line)
            .thenComparing(Address::uprn);

    public Address {
        Objects.requireNonNull(uprn, "uprn");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(postcode, "postcode");
        houseNumber = houseNumber == null ? "" : houseNumber.toUpperCase(Locale.ROOT);
    }

    /** Creates an address, reading its house number from the address line. */
    public static Address of(String uprn, String line, Postcode postcode, boolean gardenSubscriber) {
        String flat = flatNumber(line);
        String number = flat.isEmpty() ? buildingNumber(line) : flat;
        return new Address(uprn, line, postcode, number, gardenSubscriber);
    }

    /** True when the resident's number ("12a", "3") is this address's house or flat number, or its building's. */
    public boolean matchesNumber(String number) {
        if (number == null || number.isBlank()) {
            return false;
        }
        String wanted = number.strip().toUpperCase(Locale.ROOT);
        return wanted.equals(houseNumber) || wanted.equals(buildingNumber(line));
    }

    /** Orders by house number as a number ("2" before "10", "6" before "6A"), named houses last, then by line. */
    @Override
    public int compareTo(Address other) {
        return NATURAL_ORDER.compare(this, other);
    }

    private static String flatNumber(String line) {
        Matcher matcher = FLAT.matcher(firstSegment(line));
        return matcher.matches() ? matcher.group(1).toUpperCase(Locale.ROOT) : "";
    }

    /** The number that starts the first numbered part of the line, skipping a leading "Flat n". */
    private static String buildingNumber(String line) {
        for (String segment : line.split(",")) {
            String trimmed = segment.strip();
            if (FLAT.matcher(trimmed).matches()) {
                continue;
            }
            Matcher matcher = NUMBERED.matcher(trimmed);
            if (matcher.matches()) {
                return matcher.group(1).toUpperCase(Locale.ROOT);
            }
        }
        return "";
    }

    private static String firstSegment(String line) {
        int comma = line.indexOf(',');
        return (comma < 0 ? line : line.substring(0, comma)).strip();
    }

    private static int numberPart(String houseNumber) {
        Matcher matcher = NUMBER.matcher(houseNumber);
        return matcher.matches() ? Integer.parseInt(matcher.group(1)) : Integer.MAX_VALUE;
    }

    private static String suffixPart(String houseNumber) {
        Matcher matcher = NUMBER.matcher(houseNumber);
        return matcher.matches() ? matcher.group(2) : "";
    }
}
