package org.councilassistant.alexa.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.councilassistant.intents.entities.BinType;
import org.councilassistant.intents.entities.BinTypeExtractor;

/**
 * The words residents use for their bins, read from the intents module's {@code bin-types.csv} (the file
 * {@code BinTypeExtractor} reads), as the {@code BIN_TYPE} slot type and as slotted sample variants.
 */
final class BinTypeVocabulary {

    static final String SLOT_TYPE = "BIN_TYPE";

    private static final String SLOT_REFERENCE = "{" + AlexaIntentNames.BIN_TYPE_SLOT + "}";
    /** What Alexa resolves each bin to; the remaining words of the file become its synonyms. */
    private static final Map<BinType, String> NATURAL_NAMES = new EnumMap<>(Map.of(
            BinType.GENERAL, "general waste",
            BinType.RECYCLING, "recycling",
            BinType.GARDEN, "garden waste",
            BinType.FOOD, "food waste"));

    private final Map<String, BinType> words;
    private final Pattern mention;

    private BinTypeVocabulary(Map<String, BinType> words) {
        this.words = words;
        List<String> alternatives = new ArrayList<>(words.keySet());
        alternatives.sort(Comparator.comparingInt(String::length).reversed()); // "garden waste" before "garden"
        this.mention = Pattern.compile("\\b(" + String.join("|", alternatives.stream().map(Pattern::quote).toList()) + ")\\b");
    }

    static BinTypeVocabulary load() {
        Map<String, BinType> words = new LinkedHashMap<>();
        BinTypeExtractor.vocabulary().forEach((word, bin) ->
                SampleSanitiser.sanitise(word).ifPresent(sample -> words.put(sample, bin)));
        return new BinTypeVocabulary(words);
    }

    /** The {@code BIN_TYPE} slot type: one value per bin, identified by the {@link BinType} name. */
    InteractionModel.SlotType slotType() {
        List<InteractionModel.SlotValue> values = new ArrayList<>();
        for (BinType bin : BinType.values()) {
            String name = NATURAL_NAMES.getOrDefault(bin, bin.name().toLowerCase(Locale.ROOT));
            Set<String> synonyms = new LinkedHashSet<>();
            words.forEach((word, meaning) -> {
                if (meaning == bin && !word.equals(name)) {
                    synonyms.add(word);
                }
            });
            values.add(new InteractionModel.SlotValue(bin.name(),
                    new InteractionModel.SlotValueName(name, List.copyOf(synonyms))));
        }
        return new InteractionModel.SlotType(SLOT_TYPE, values);
    }

    /**
     * The sample with its bin word replaced by the slot, when it mentions exactly one bin word: Alexa allows
     * a slot once per sample, and "black bin or blue bin" would read oddly with only one of them slotted.
     */
    Optional<String> slotted(String sample) {
        Matcher matcher = mention.matcher(sample);
        if (!matcher.find()) {
            return Optional.empty();
        }
        int start = matcher.start();
        int end = matcher.end();
        if (matcher.find()) {
            return Optional.empty();
        }
        return Optional.of(sample.substring(0, start) + SLOT_REFERENCE + sample.substring(end));
    }
}
