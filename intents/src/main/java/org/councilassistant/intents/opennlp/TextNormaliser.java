package org.councilassistant.intents.opennlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a resident's message into the tokens the classifier sees: lower case, apostrophes dropped
 * ("wasn't" and "wasnt" read the same), punctuation removed, postcodes and numbers replaced by a
 * placeholder so that "BK1 2AB" and "BK3 9ZZ" teach the model the same thing.
 */
public final class TextNormaliser {

    private static final Pattern POSTCODE =
            Pattern.compile("\\b[a-z]{1,2}[0-9][a-z0-9]?\\s*[0-9][a-z]{2}\\b");
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘`]");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern NUMBER = Pattern.compile("\\d+(st|nd|rd|th|[a-z])?");

    private TextNormaliser() {
    }

    public static String[] tokens(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        lower = POSTCODE.matcher(lower).replaceAll(" postcodeplaceholder ");
        lower = APOSTROPHES.matcher(lower).replaceAll("");
        List<String> tokens = new ArrayList<>();
        for (String token : NON_WORD.split(lower)) {
            if (token.isEmpty()) {
                continue;
            }
            tokens.add(NUMBER.matcher(token).matches() ? "numberplaceholder" : token);
        }
        return tokens.toArray(String[]::new);
    }
}
