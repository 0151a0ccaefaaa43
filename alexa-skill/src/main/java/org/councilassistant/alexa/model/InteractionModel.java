package org.councilassistant.alexa.model;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * An Alexa interaction model for one locale, shaped like the ASK CLI's
 * {@code interactionModels/custom/<locale>.json} so Jackson writes it as it is.
 */
@JsonPropertyOrder({"invocationName", "intents", "types"})
public record InteractionModel(String invocationName, List<Intent> intents, List<SlotType> types) {

    public InteractionModel {
        intents = List.copyOf(intents);
        types = List.copyOf(types);
    }

    public Optional<Intent> intent(String name) {
        return intents.stream().filter(intent -> intent.name().equals(name)).findFirst();
    }

    /** One intent; built-in intents have no samples of their own. */
    @JsonPropertyOrder({"name", "slots", "samples"})
    public record Intent(String name, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Slot> slots, List<String> samples) {

        public Intent {
            slots = List.copyOf(slots);
            samples = List.copyOf(samples);
        }

        static Intent builtIn(String name) {
            return new Intent(name, List.of(), List.of());
        }
    }

    @JsonPropertyOrder({"name", "type"})
    public record Slot(String name, String type) {
    }

    @JsonPropertyOrder({"name", "values"})
    public record SlotType(String name, List<SlotValue> values) {

        public SlotType {
            values = List.copyOf(values);
        }
    }

    @JsonPropertyOrder({"id", "name"})
    public record SlotValue(String id, SlotValueName name) {
    }

    @JsonPropertyOrder({"value", "synonyms"})
    public record SlotValueName(String value, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> synonyms) {

        public SlotValueName {
            synonyms = List.copyOf(synonyms);
        }
    }
}
