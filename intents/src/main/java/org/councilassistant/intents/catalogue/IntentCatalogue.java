package org.councilassistant.intents.catalogue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The council's intents, read from {@code intents/catalogue.csv} ({@code intent,kind,description}).
 */
public final class IntentCatalogue {

    static final String RESOURCE = "intents/catalogue.csv";

    private final Map<String, IntentDefinition> intents;

    private IntentCatalogue(Map<String, IntentDefinition> intents) {
        this.intents = intents;
    }

    /** Loads the catalogue bundled with this module. */
    public static IntentCatalogue load() {
        try (InputStream in = IntentCatalogue.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static IntentCatalogue parse(BufferedReader reader) throws IOException {
        Map<String, IntentDefinition> intents = new LinkedHashMap<>();
        String line = reader.readLine(); // header
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split(",", 3);
            String id = fields[0].trim();
            IntentKind kind = IntentKind.valueOf(fields[1].trim().toUpperCase(Locale.ROOT));
            String description = fields.length > 2 ? fields[2].trim().replace("\"", "") : "";
            intents.put(id, new IntentDefinition(id, kind, description));
        }
        return new IntentCatalogue(intents);
    }

    public List<IntentDefinition> all() {
        return List.copyOf(intents.values());
    }

    public Optional<IntentDefinition> find(String id) {
        return Optional.ofNullable(intents.get(id));
    }

    public IntentKind kindOf(String id) {
        IntentDefinition definition = intents.get(id);
        return definition == null ? IntentKind.INFORMATIONAL : definition.kind();
    }
}
