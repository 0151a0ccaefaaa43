package org.councilassistant.intents.entities;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a UK postcode in free text, whatever its spacing or case, and validates it against the Royal Mail
 * format rules (which letters may stand where), so that "bk12ab", "BK1  2AB" and "Bk1 2ab" all read as
 * {@code BK1 2AB} and "AB1 2CI" is rejected.
 */
public final class PostcodeExtractor {

    /** Outward code, optional spaces, inward code; boundaries keep it from matching inside longer words. */
    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![A-Z0-9])(GIR|[A-Z]{1,2}[0-9][A-Z0-9]?)\\s*([0-9][A-Z]{2})(?![A-Z0-9])");
    private static final Pattern VALID_OUTWARD = Pattern.compile(
            "[A-PR-UWYZ]([0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRVWXY])");
    private static final Pattern VALID_INWARD = Pattern.compile("[0-9][ABD-HJLNP-UW-Z]{2}");

    public Optional<Postcode> extract(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = CANDIDATE.matcher(text.toUpperCase(Locale.ROOT));
        while (matcher.find()) {
            Optional<Postcode> postcode = validate(matcher.group(1), matcher.group(2));
            if (postcode.isPresent()) {
                return postcode;
            }
        }
        return Optional.empty();
    }

    /** Parses text that should be nothing but a postcode. */
    public Optional<Postcode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String compact = text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (compact.length() < 5 || compact.length() > 7) {
            return Optional.empty();
        }
        return validate(compact.substring(0, compact.length() - 3), compact.substring(compact.length() - 3));
    }

    private static Optional<Postcode> validate(String outward, String inward) {
        if ("GIR".equals(outward) && "0AA".equals(inward)) {
            return Optional.of(new Postcode(outward, inward));
        }
        if (VALID_OUTWARD.matcher(outward).matches() && VALID_INWARD.matcher(inward).matches()) {
            return Optional.of(new Postcode(outward, inward));
        }
        return Optional.empty();
    }
}
