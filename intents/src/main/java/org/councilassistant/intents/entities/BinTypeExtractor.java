package org.councilassistant.intents.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the bins a resident mentions ("the blue one", "garden waste", "food caddy", "grey bin"), in the order
 * mentioned. The words and the bin each means are data ({@code intents/entities/bin-types.csv}), because
 * every council colours its bins differently.
 */
public final class BinTypeExtractor {

    private static final String RESOURCE = "intents/entities/bin-types.csv";

    private final Pattern pattern;
    private final Map<String, BinType> words;

    public BinTypeExtractor() {
        this(loadWords());
    }

    BinTypeExtractor(Map<String, BinType> words) {
        this.words = words;
        List<String> alternatives = new ArrayList<>(words.keySet());
        alternatives.sort((a, b) -> b.length() - a.length()); // longest first: "garden waste" before "garden"
        this.pattern = Pattern.compile("\\b(" + String.join("|", alternatives.stream().map(Pattern::quote).toList()) + ")\\b");
    }

    public List<BinType> extract(String text) {
        if (text == null) {
            return List.of();
        }
        Set<BinType> found = new LinkedHashSet<>();
        Matcher matcher = pattern.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            found.add(words.get(matcher.group(1)));
        }
        return List.copyOf(found);
    }

    /** Every word or phrase for a bin in {@code intents/entities/bin-types.csv}, lower case, with its bin. */
    public static Map<String, BinType> vocabulary() {
        return java.util.Collections.unmodifiableMap(loadWords());
    }

    private static Map<String, BinType> loadWords() {
        try (InputStream in = BinTypeExtractor.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + RESOURCE);
            }
            Map<String, BinType> words = new LinkedHashMap<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .skip(1)
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .forEach(line -> {
                        String[] fields = line.split(",");
                        words.put(fields[0].trim().toLowerCase(Locale.ROOT), BinType.valueOf(fields[1].trim()));
                    });
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
