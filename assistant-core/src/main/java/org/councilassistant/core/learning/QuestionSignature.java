package org.councilassistant.core.learning;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a question is about, for grouping near-duplicates: its content words, lower-cased, with plural "s"
 * dropped, in a set. "Can I recycle pizza boxes?" and "recycling pizza box" share most of theirs.
 */
final class QuestionSignature {

    /** Share of words two questions must have in common (Jaccard) to count as the same question. */
    static final double SAME_QUESTION = 0.6;

    private static final Set<String> FILLER = Set.of("a", "an", "the", "i", "my", "me", "is", "are", "do", "does",
            "can", "could", "to", "of", "for", "on", "in", "it", "and", "or", "please", "what", "how", "when",
            "where", "you", "your", "be", "there", "any", "y", "yr", "yn", "i'r", "mae", "fy", "sut", "beth", "pryd");

    private QuestionSignature() {
    }

    static Set<String> of(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).replace('’', '\'').split("[^\\p{L}\\p{N}']+"))
                .filter(word -> !word.isBlank() && !FILLER.contains(word))
                .map(QuestionSignature::stem)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static String encode(Set<String> words) {
        return String.join(" ", words);
    }

    static Set<String> decode(String encoded) {
        return encoded.isBlank() ? Set.of() : new HashSet<>(Arrays.asList(encoded.split(" ")));
    }

    static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1.0;
        }
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        long shared = a.stream().filter(b::contains).count();
        return (double) shared / union.size();
    }

    /** Crude, on purpose: enough to group "boxes"/"box" and "recycling"/"recycle". */
    private static String stem(String word) {
        if (word.length() > 5 && word.endsWith("ing")) {
            return word.substring(0, word.length() - 3);
        }
        if (word.length() > 4 && word.endsWith("es")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        if (word.length() > 4 && word.endsWith("e")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
