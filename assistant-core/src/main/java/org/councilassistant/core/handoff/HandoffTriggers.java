package org.councilassistant.core.handoff;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Spots messages that must reach a person whatever the classifier thinks: sensitive topics (someone at risk,
 * homeless tonight) and frustration ("this is useless"). Phrase lists, not a model: these must never be missed
 * because of a confidence threshold, and councils can read and extend them ({@code handoff/*.txt}).
 */
public final class HandoffTriggers {

    private final List<String> sensitive;
    private final List<String> frustrated;

    public HandoffTriggers(List<String> sensitive, List<String> frustrated) {
        this.sensitive = sensitive.stream().map(HandoffTriggers::normalise).toList();
        this.frustrated = frustrated.stream().map(HandoffTriggers::normalise).toList();
    }

    public static HandoffTriggers bundled() {
        return new HandoffTriggers(phrases("handoff/sensitive.txt"), phrases("handoff/frustration.txt"));
    }

    public boolean isSensitive(String text) {
        return containsAny(text, sensitive);
    }

    public boolean isFrustrated(String text) {
        return containsAny(text, frustrated);
    }

    private static boolean containsAny(String text, List<String> phrases) {
        String padded = " " + normalise(text) + " ";
        return phrases.stream().anyMatch(phrase -> padded.contains(" " + phrase + " "));
    }

    /** Lower case, curly apostrophes straightened, everything but letters, digits and apostrophes a space. */
    static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[^a-z0-9']+", " ").strip();
    }

    private static List<String> phrases(String resource) {
        InputStream in = HandoffTriggers.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing resource " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
