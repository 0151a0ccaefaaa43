package org.councilassistant.intents.training;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.councilassistant.intents.CouncilIntents;
import org.councilassistant.intents.catalogue.IntentCatalogue;
import org.councilassistant.intents.catalogue.IntentDefinition;

/**
 * Loads the council's training phrases: {@code intents/training/<language>/<intent>.txt}, one phrase per
 * line, {@code #} for comments, plus {@code out_of_scope.txt} for things the assistant must not claim.
 */
public final class CouncilTrainingData {

    private CouncilTrainingData() {
    }

    public static List<LabelledExample> load(IntentCatalogue catalogue, String language) {
        List<LabelledExample> examples = new ArrayList<>();
        for (IntentDefinition intent : catalogue.all()) {
            phrases(language, intent.id()).forEach(text -> examples.add(new LabelledExample(text, intent.id())));
        }
        phrases(language, CouncilIntents.OUT_OF_SCOPE)
                .forEach(text -> examples.add(new LabelledExample(text, CouncilIntents.OUT_OF_SCOPE)));
        return examples;
    }

    private static final Map<String, String> PLAINEST = new ConcurrentHashMap<>();

    /**
     * The intent's first English training phrase ("pay my council tax"), its plainest wording: what to search
     * an intent's articles with when the resident's own words are not available or match none of them.
     */
    public static String plainestWording(String intent) {
        return PLAINEST.computeIfAbsent(intent, id -> phrases("en", id).stream().findFirst()
                .orElse(id.replace('_', ' ')));
    }

    /** The phrases for one intent; empty when the file does not exist. */
    public static List<String> phrases(String language, String intent) {
        String resource = "intents/training/" + language + "/" + intent + ".txt";
        try (InputStream in = CouncilTrainingData.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return List.of();
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
