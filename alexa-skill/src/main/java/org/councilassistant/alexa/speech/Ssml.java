package org.councilassistant.alexa.speech;

import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the engine's plain spoken text into SSML that Alexa reads naturally: dates as "Tuesday the 1st of
 * December", phone numbers digit by digit in groups, postcodes and references letter by letter. The result is
 * the inside of a {@code <speak>} element (the ASK SDK adds that).
 */
public final class Ssml {

    private static final Pattern DATE = Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
            + " (\\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December)\\b");
    private static final Pattern PHONE = Pattern.compile("\\b0\\d{3,4} ?\\d{3} ?\\d{3,4}\\b");
    private static final Pattern POSTCODE = Pattern.compile("\\b[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}\\b");
    private static final Pattern REFERENCE = Pattern.compile("\\b([A-Z]{2})-(\\d+)\\b");
    private static final Pattern BULLET = Pattern.compile("(?m)^- ");

    private Ssml() {
    }

    public static String fromText(String text) {
        String sentences = BULLET.matcher(text).replaceAll("").replaceAll("\\s*\\n+\\s*", " ");
        String escaped = escape(sentences);
        escaped = replace(DATE, escaped, m -> m.group(1) + " the <say-as interpret-as=\"ordinal\">" + m.group(2)
                + "</say-as> of " + m.group(3));
        escaped = replace(PHONE, escaped, m -> "<say-as interpret-as=\"telephone\">" + m.group() + "</say-as>");
        escaped = replace(POSTCODE, escaped, m -> "<say-as interpret-as=\"characters\">" + m.group() + "</say-as>");
        return replace(REFERENCE, escaped, m -> "<say-as interpret-as=\"characters\">" + m.group(1)
                + "</say-as> <say-as interpret-as=\"digits\">" + m.group(2) + "</say-as>");
    }

    /** Escapes the characters SSML (XML) reserves, so residents' words and article text can never break it. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String replace(Pattern pattern, String text, Function<MatchResult, String> with) {
        return pattern.matcher(text).replaceAll(m -> Matcher.quoteReplacement(with.apply(m)));
    }
}
