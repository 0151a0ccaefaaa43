package org.councilassistant.alexa.model;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.councilassistant.intents.catalogue.IntentCatalogue;
import org.councilassistant.intents.catalogue.IntentDefinition;

/**
 * The names intents have in the Alexa interaction model, and the way back to the catalogue's names.
 * Catalogue intents follow one rule ({@code bin_collection_day} → {@code BinCollectionDayIntent}) so the
 * generated model and the request handlers cannot disagree.
 */
public final class AlexaIntentNames {

    /** Asked for when the resident gives the house number of their address. */
    public static final String HOUSE_NUMBER = "HouseNumberIntent";
    public static final String HOUSE_NUMBER_SLOT = "houseNumber";

    /** A free-form question, answered from the knowledge base. */
    public static final String ASK_QUESTION = "AskQuestionIntent";
    public static final String QUERY_SLOT = "query";

    /** The slot of type {@code BIN_TYPE} on the bin intents. */
    public static final String BIN_TYPE_SLOT = "binType";

    private static final String SUFFIX = "Intent";
    private static final Pattern CATALOGUE_NAME = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");
    private static final Pattern ALEXA_NAME = Pattern.compile("([A-Z][a-z0-9]*)+" + SUFFIX);
    private static final Pattern WORD_START = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");

    private AlexaIntentNames() {
    }

    /** The Alexa name of a catalogue intent: {@code council_tax_pay} → {@code CouncilTaxPayIntent}. */
    public static String forCatalogueIntent(String catalogueIntent) {
        if (catalogueIntent == null || !CATALOGUE_NAME.matcher(catalogueIntent).matches()) {
            throw new IllegalArgumentException("Not a catalogue intent name: " + catalogueIntent);
        }
        StringBuilder name = new StringBuilder();
        for (String word : catalogueIntent.split("_")) {
            name.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
        }
        return name.append(SUFFIX).toString();
    }

    /** The catalogue intent behind an Alexa intent name; empty for built-ins and Alexa-only intents. */
    public static Optional<String> catalogueIntentOf(String alexaIntentName) {
        return alexaIntentName == null
                ? Optional.empty()
                : Optional.ofNullable(CatalogueNames.BY_ALEXA_NAME.get(alexaIntentName));
    }

    /**
     * The intent name an Alexa intent name stands for by the same rule, whether or not any intent has it:
     * {@code AllotmentsWaitingListIntent} → {@code allotments_waiting_list}. Empty for built-ins
     * ({@code AMAZON.StopIntent}) and names the rule cannot give.
     */
    public static Optional<String> intentNameOf(String alexaIntentName) {
        if (alexaIntentName == null || !ALEXA_NAME.matcher(alexaIntentName).matches()) {
            return Optional.empty();
        }
        String words = alexaIntentName.substring(0, alexaIntentName.length() - SUFFIX.length());
        return Optional.of(WORD_START.matcher(words).replaceAll("_").toLowerCase(Locale.ROOT));
    }

    /** Loaded on first use, so {@link #forCatalogueIntent} works without reading the catalogue. */
    private static final class CatalogueNames {

        static final Map<String, String> BY_ALEXA_NAME = IntentCatalogue.load().all().stream()
                .map(IntentDefinition::id)
                .collect(Collectors.toUnmodifiableMap(AlexaIntentNames::forCatalogueIntent, Function.identity()));
    }
}
