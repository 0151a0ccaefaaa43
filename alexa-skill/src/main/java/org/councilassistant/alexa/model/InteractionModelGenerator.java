package org.councilassistant.alexa.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

import org.councilassistant.alexa.model.InteractionModel.Intent;
import org.councilassistant.alexa.model.InteractionModel.Slot;
import org.councilassistant.intents.CouncilIntents;
import org.councilassistant.intents.catalogue.IntentCatalogue;
import org.councilassistant.intents.catalogue.IntentDefinition;
import org.councilassistant.intents.catalogue.IntentKind;
import org.councilassistant.intents.training.CouncilTrainingData;

/**
 * Builds the en-GB interaction model from the intents module's catalogue and English training phrases, so
 * Alexa understands what the other channels understand, and, for staff to upload, with the intents they added
 * ({@link #generate(List)}). {@link #main} rewrites the committed model;
 * {@code InteractionModelGeneratorTests} fails while the committed model and the training data disagree.
 */
public final class InteractionModelGenerator {

    public static final String INVOCATION_NAME = "brackenfield council";
    /** The model inside the alexa-skill module, where the ASK CLI's skill package lives. */
    public static final Path MODEL_IN_MODULE = Path.of("skill-package", "interactionModels", "custom", "en-GB.json");
    public static final Path DEFAULT_OUTPUT = Path.of("alexa-skill").resolve(MODEL_IN_MODULE);

    private static final String LANGUAGE = "en";
    /** Help and goodbye are left to AMAZON.HelpIntent and AMAZON.StopIntent, which Alexa already understands. */
    private static final Set<String> SOCIAL_INTENTS = Set.of(CouncilIntents.GREETING, CouncilIntents.THANKS);
    /**
     * Intents whose samples also get a {@code {binType}} variant. Not garden_waste: its phrases are about
     * the garden service, and "{binType} bin subscription" would pull food and recycling bins into it.
     */
    private static final Set<String> BIN_INTENTS = Set.of(CouncilIntents.BIN_COLLECTION_DAY, CouncilIntents.MISSED_BIN);
    private static final ObjectWriter JSON = new ObjectMapper().writer(prettyPrinter());

    private final IntentCatalogue catalogue;
    private final BinTypeVocabulary binTypes;

    public InteractionModelGenerator() {
        this(IntentCatalogue.load(), BinTypeVocabulary.load());
    }

    InteractionModelGenerator(IntentCatalogue catalogue, BinTypeVocabulary binTypes) {
        this.catalogue = catalogue;
        this.binTypes = binTypes;
    }

    /** Writes the model to {@code args[0]}, by default {@link #DEFAULT_OUTPUT} (run from the repository root). */
    public static void main(String[] args) throws IOException {
        Path output = args.length > 0 ? Path.of(args[0]) : DEFAULT_OUTPUT;
        InteractionModel model = new InteractionModelGenerator().generate();
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, toJson(model));
        long samples = model.intents().stream().mapToLong(intent -> intent.samples().size()).sum();
        System.out.printf("Wrote %d intents with %d samples to %s%n", model.intents().size(), samples, output);
    }

    /** The model of the catalogue's intents: the one committed in the skill package. */
    public InteractionModel generate() {
        return generate(List.of());
    }

    /**
     * The model with intents added beside the catalogue's, after its own. An added intent keeps only the samples
     * no other intent has (the catalogue's keep theirs), and one left with none is left out: Alexa rejects an
     * intent without samples, and the engine still understands its phrases on every other channel.
     */
    public InteractionModel generate(List<AddedIntent> added) {
        List<Intent> custom = new ArrayList<>();
        catalogue.all().stream()
                .filter(InteractionModelGenerator::belongsInModel)
                .map(this::catalogueIntent)
                .forEach(custom::add);
        custom.add(AlexaOnlyIntents.houseNumber());
        custom.add(AlexaOnlyIntents.askQuestion());
        List<Intent> intents = new ArrayList<>(withoutSharedSamples(custom));
        intents.addAll(addedIntents(added, intents));
        intents.addAll(AlexaOnlyIntents.builtIns());
        return new InteractionModel(INVOCATION_NAME, intents, List.of(binTypes.slotType()));
    }

    /** The ASK CLI file: the model under {@code interactionModel.languageModel}, two-space indents, final newline. */
    public static String toJson(InteractionModel model) {
        try {
            return JSON.writeValueAsString(Map.of("interactionModel", Map.of("languageModel", model))) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean belongsInModel(IntentDefinition intent) {
        return intent.kind() != IntentKind.SOCIAL || SOCIAL_INTENTS.contains(intent.id());
    }

    private Intent catalogueIntent(IntentDefinition definition) {
        Set<String> samples = new LinkedHashSet<>();
        CouncilTrainingData.phrases(LANGUAGE, definition.id()).stream()
                .map(SampleSanitiser::sanitise)
                .flatMap(Optional::stream)
                .forEach(samples::add);
        List<Slot> slots = List.of();
        if (BIN_INTENTS.contains(definition.id())) {
            List.copyOf(samples).stream().map(binTypes::slotted).flatMap(Optional::stream).forEach(samples::add);
            slots = List.of(new Slot(AlexaIntentNames.BIN_TYPE_SLOT, BinTypeVocabulary.SLOT_TYPE));
        }
        return new Intent(AlexaIntentNames.forCatalogueIntent(definition.id()), slots, List.copyOf(samples));
    }

    private static List<Intent> addedIntents(List<AddedIntent> added, List<Intent> existing) {
        Set<String> names = existing.stream().map(Intent::name).collect(Collectors.toSet());
        Set<String> taken = existing.stream().flatMap(intent -> intent.samples().stream()).collect(Collectors.toSet());
        List<Intent> intents = added.stream()
                .filter(intent -> !names.contains(AlexaIntentNames.forCatalogueIntent(intent.name())))
                .map(intent -> new Intent(AlexaIntentNames.forCatalogueIntent(intent.name()), List.of(),
                        intent.phrases().stream()
                                .map(SampleSanitiser::sanitise)
                                .flatMap(Optional::stream)
                                .filter(sample -> !taken.contains(sample))
                                .distinct()
                                .toList()))
                .toList();
        Map<String, Long> intentsPerSample = intents.stream()
                .flatMap(intent -> intent.samples().stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return intents.stream()
                .map(intent -> new Intent(intent.name(), List.of(), intent.samples().stream()
                        .filter(sample -> intentsPerSample.get(sample) == 1).toList()))
                .filter(intent -> !intent.samples().isEmpty())
                .toList();
    }

    /**
     * Alexa rejects a model in which two intents share a sample, and no intent has a better claim to it than
     * another, so every intent loses it. A slot no remaining sample uses is dropped with it.
     */
    static List<Intent> withoutSharedSamples(List<Intent> intents) {
        Map<String, Long> intentsPerSample = intents.stream()
                .flatMap(intent -> intent.samples().stream().distinct())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return intents.stream().map(intent -> {
            List<String> samples = intent.samples().stream()
                    .filter(sample -> intentsPerSample.get(sample) == 1)
                    .distinct()
                    .toList();
            if (samples.isEmpty()) {
                throw new IllegalStateException(intent.name() + " has no sample left that is not shared with another intent");
            }
            List<Slot> slots = intent.slots().stream()
                    .filter(slot -> samples.stream().anyMatch(sample -> sample.contains("{" + slot.name() + "}")))
                    .toList();
            return new Intent(intent.name(), slots, samples);
        }).toList();
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter twoSpaces = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(twoSpaces).withArrayIndenter(twoSpaces);
    }
}
