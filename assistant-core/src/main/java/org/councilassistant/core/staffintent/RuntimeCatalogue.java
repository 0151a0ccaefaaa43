package org.councilassistant.core.staffintent;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.councilassistant.intents.catalogue.IntentCatalogue;
import org.councilassistant.intents.catalogue.IntentDefinition;

/**
 * The intents the assistant knows while it runs: the bundled catalogue, then the intents staff added (read from the
 * database each time, so every node sees a change at once).
 */
public final class RuntimeCatalogue {

    private final IntentCatalogue bundled;
    private final StaffIntents staffIntents;

    public RuntimeCatalogue(IntentCatalogue bundled, StaffIntents staffIntents) {
        this.bundled = bundled;
        this.staffIntents = staffIntents;
    }

    /** The bundled intents in catalogue order, then staff's by name. */
    public List<IntentDefinition> all() {
        List<IntentDefinition> all = new ArrayList<>(bundled.all());
        staffIntents.all().forEach(intent -> all.add(intent.definition()));
        return all;
    }

    public Optional<IntentDefinition> find(String name) {
        Optional<IntentDefinition> found = bundled.find(name);
        return found.isPresent() ? found : staffIntents.find(name).map(StaffIntent::definition);
    }

    public boolean isBundled(String name) {
        return bundled.find(name).isPresent();
    }

    public IntentCatalogue bundled() {
        return bundled;
    }
}
