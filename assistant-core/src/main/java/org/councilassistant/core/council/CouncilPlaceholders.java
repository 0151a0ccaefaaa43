package org.councilassistant.core.council;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.councilassistant.intents.language.Language;

/**
 * Fills the council's details into wording: {@code {council.name}}, {@code {council.shortName}},
 * {@code {council.phone}}, {@code {council.emergencyPhone}}, {@code {council.website}} (as residents read it,
 * "brackenfield.example") and {@code {council.examplePostcode}}. Names come in the wording's language. An unknown
 * placeholder fails at once, so a typo in a message file is found at start-up, not by a resident.
 */
public final class CouncilPlaceholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{council\\.(\\w+)}");

    private final Map<String, String> values;

    public CouncilPlaceholders(Council council, Language language) {
        this.values = Map.of(
                "name", council.nameIn(language),
                "shortName", council.shortNameIn(language),
                "phone", council.phone(),
                "emergencyPhone", council.emergencyPhone(),
                "website", council.websiteName(),
                "examplePostcode", council.examplePostcode());
    }

    /** The text with every placeholder filled in. */
    public String fill(String text) {
        return replace(text, false);
    }

    /**
     * A {@link java.text.MessageFormat} pattern with every placeholder filled in, each value quoted where it needs
     * to be, so that an apostrophe or a brace in a council's name comes out as written.
     */
    public String fillPattern(String pattern) {
        return replace(pattern, true);
    }

    private String replace(String text, boolean quoted) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException("Unknown placeholder " + matcher.group() + " in \"" + text
                        + "\"; the council's are {council." + String.join("}, {council.", values.keySet()) + "}");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(quoted ? quote(value) : value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String quote(String value) {
        return value.matches("[^'{}]*") ? value : "'" + value.replace("'", "''") + "'";
    }
}
