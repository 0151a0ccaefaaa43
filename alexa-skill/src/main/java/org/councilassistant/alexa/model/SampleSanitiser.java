package org.councilassistant.alexa.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns a training phrase into an Alexa sample utterance, or rejects it. Alexa accepts only lower-case
 * words, spaces, apostrophes within words and periods in abbreviations ("a.m."), at most 200 characters,
 * and no numerals: numbers must be spelt out or captured by a slot, so phrases with digits are dropped.
 */
final class SampleSanitiser {

    static final int MAX_LENGTH = 200;

    private static final Pattern DIGIT = Pattern.compile("\\p{Nd}");
    /** Some training phrases imitate a whole request ("alexa ask …"); a sample is what follows the invocation. */
    private static final Pattern WAKE_WORD = Pattern.compile("\\balexa\\b");
    private static final Pattern WORD_JOINER = Pattern.compile("[-/\u2013\u2014]");
    private static final Pattern NOT_ALLOWED = Pattern.compile("[^\\p{Ll}' .]");
    private static final Pattern STRAY_APOSTROPHE = Pattern.compile("(?<!\\p{Ll})'|'(?!\\p{Ll})");
    private static final Pattern LETTER_ABBREVIATION = Pattern.compile("\\p{Ll}(\\.\\p{Ll})+\\.?");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SampleSanitiser() {
    }

    static Optional<String> sanitise(String phrase) {
        String text = phrase.toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'')
                .replace("&", " and ");
        if (DIGIT.matcher(text).find() || WAKE_WORD.matcher(text).find()) {
            return Optional.empty();
        }
        text = WORD_JOINER.matcher(text).replaceAll(" ");
        text = NOT_ALLOWED.matcher(text).replaceAll("");
        text = STRAY_APOSTROPHE.matcher(text).replaceAll("");
        text = Arrays.stream(SPACES.split(text.strip()))
                .map(SampleSanitiser::withoutSentencePeriods)
                .filter(word -> !word.isEmpty())
                .collect(Collectors.joining(" "));
        return text.isEmpty() || text.length() > MAX_LENGTH ? Optional.empty() : Optional.of(text);
    }

    /** Keeps the periods of "a.m." or "u.k."; any other period ends a sentence, which a sample has no use for. */
    private static String withoutSentencePeriods(String word) {
        return LETTER_ABBREVIATION.matcher(word).matches() ? word : word.replace(".", "");
    }
}
