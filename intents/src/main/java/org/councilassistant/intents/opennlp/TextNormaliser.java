package org.councilassistant.intents.opennlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a resident's message into the tokens the classifier sees: lower case, apostrophes dropped
 * ("wasn't" and "wasnt" read the same), punctuation removed, postcodes replaced by a placeholder so that
 * "BK1 2AB" and "BK3 9ZZ" teach the model the same thing, and numbers by their shape.
 *
 * <p>A number's shape is one {@code 0} per digit, at most four, its suffix dropped: "7", "3rd" and "4b" read
 * {@code 0}, "22" {@code 00}, "2025" and "123456" {@code 0000}. One placeholder for every number made it a long
 * token shared by every message with a number in it, and its many character n-grams let a few training phrases
 * with numbers ("what is 2 plus 2", "123456") pull "light outside number 8 doesnt work" out of scope; a short
 * shape keeps the hint that there is a number, and how big, without outweighing the words around it.
 *
 * <p>This runs on every message, so it scans characters by hand instead of running one regular expression per
 * step; only a message with a digit in it can hold a postcode, and only then is the postcode pattern tried.
 */
public final class TextNormaliser {

    public static final String POSTCODE_TOKEN = "postcodeplaceholder";
    /** The shape of a number of four digits or more, the longest shape. */
    public static final String LONG_NUMBER_SHAPE = "0000";

    private static final Pattern POSTCODE =
            Pattern.compile("\\b[a-z]{1,2}[0-9][a-z0-9]?\\s*[0-9][a-z]{2}\\b");
    private static final String[] NO_TOKENS = new String[0];

    private TextNormaliser() {
    }

    public static String[] tokens(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (hasAsciiDigit(lower)) {
            lower = POSTCODE.matcher(lower).replaceAll(" " + POSTCODE_TOKEN + " ");
        }
        List<String> tokens = new ArrayList<>(16);
        StringBuilder token = new StringBuilder(16);
        for (int i = 0; i < lower.length(); ) {
            int codePoint = lower.codePointAt(i);
            i += Character.charCount(codePoint);
            if (isApostrophe(codePoint)) {
                continue; // dropped inside a word: "wasn't" is one token, "wasnt"
            }
            if (isLetterOrNumber(codePoint)) {
                token.appendCodePoint(codePoint);
            } else if (!token.isEmpty()) {
                tokens.add(placeholderOrSelf(token));
                token.setLength(0);
            }
        }
        if (!token.isEmpty()) {
            tokens.add(placeholderOrSelf(token));
        }
        return tokens.isEmpty() ? NO_TOKENS : tokens.toArray(NO_TOKENS);
    }

    private static boolean hasAsciiDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static boolean isApostrophe(int codePoint) {
        return codePoint == '\'' || codePoint == '’' || codePoint == '‘' || codePoint == '`';
    }

    /** Letters and every kind of number, as the regular expression class {@code [\p{L}\p{N}]}. */
    private static boolean isLetterOrNumber(int codePoint) {
        if (Character.isLetter(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** Digits, optionally followed by an ordinal suffix or one letter ("12", "3rd", "4b"), become their shape. */
    private static String placeholderOrSelf(StringBuilder token) {
        int digits = 0;
        while (digits < token.length() && token.charAt(digits) >= '0' && token.charAt(digits) <= '9') {
            digits++;
        }
        if (digits > 0 && isNumberSuffix(token, digits)) {
            return LONG_NUMBER_SHAPE.substring(0, Math.min(digits, LONG_NUMBER_SHAPE.length()));
        }
        return token.toString();
    }

    private static boolean isNumberSuffix(StringBuilder token, int from) {
        int rest = token.length() - from;
        if (rest == 0) {
            return true;
        }
        if (rest == 1) {
            char c = token.charAt(from);
            return c >= 'a' && c <= 'z';
        }
        if (rest == 2) {
            String suffix = token.substring(from);
            return suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th");
        }
        return false;
    }
}
