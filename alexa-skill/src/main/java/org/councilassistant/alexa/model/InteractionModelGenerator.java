package org.councilassistant.alexa.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.councilassistant.alexa.model.InteractionModel.Intent;
import org.councilassistant.alexa.model.InteractionModel.Slot;
import org.councilassistant.core.council.Council;
import org.councilassistant.core.council.SampleCouncil;
import org.councilassistant.intents.CouncilIntents;
import org.councilassistant.intents.catalogue.IntentCatalogue;
import org.councilassistant.intents.catalogue.IntentDefinition;
import org.councilassistant.intents.catalogue.IntentKind;
import org.councilassistant.intents.training.CouncilTrainingData;

/**
 * Builds the en-GB interaction model from the intents module's catalogue and English training phrases, so
 * Alexa understands what the other channels understand, with the council's invocation name and, for staff to
 * upload, the intents they added ({@link #generate(Council, List)}). {@link #main} rewrites the committed model, the
 * sample council's with the catalogue's intents only; {@code InteractionModelGeneratorTests} fails while the
 * committed model and the training data disagree. Another council's model comes with its skill package.
 */
public final class InteractionModelGenerator {

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
    /** Words of the sample council's name that say nothing of any other council. */
    private static final Set<String> GENERIC_WORDS = Set.of("council", "borough");
    private static final Pattern WORD = Pattern.compile("[^\\p{L}']+");

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

    /** The sample council's model of the catalogue's intents: the one committed in the skill package. */
    public InteractionModel generate() {
        return generate(Council.sample(), List.of());
    }

    /** The sample council's model with {@code added} intents beside the catalogue's. */
    public InteractionModel generate(List<AddedIntent> added) {
        return generate(Council.sample(), added);
    }

    /** The model for {@code council} with the catalogue's intents only. */
    public InteractionModel generate(Council council) {
        return generate(council, List.of());
    }

    /**
     * The model for {@code council}: its invocation name, and without the catalogue's training phrases that name the
     * sample council ("where is the brackenfield tip"), which would mean nothing to its residents; with intents
     * added beside the catalogue's, after its own. An added intent keeps only the samples no other intent has (the
     * catalogue's keep theirs), and one left with none is left out: Alexa rejects an intent without samples, and
     * the engine still understands its phrases on every other channel.
     */
    public InteractionModel generate(Council council, List<AddedIntent> added) {
        Predicate<String> kept = withoutSampleCouncilWords(council);
        List<Intent> custom = new ArrayList<>();
        catalogue.all().stream()
                .filter(InteractionModelGenerator::belongsInModel)
                .map(definition -> catalogueIntent(definition, kept))
                .forEach(custom::add);
        custom.add(AlexaOnlyIntents.houseNumber());
        custom.add(AlexaOnlyIntents.askQuestion());
        List<Intent> intents = new ArrayList<>(withoutSharedSamples(custom));
        intents.addAll(addedIntents(added, intents));
        intents.addAll(AlexaOnlyIntents.builtIns());
        return new InteractionModel(council.alexaInvocationName(), intents, List.of(binTypes.slotType()));
    }

    /** The ASK CLI file: the model under {@code interactionModel.languageModel}, two-space indents, final newline. */
    public static String toJson(InteractionModel model) {
        return AskCliJson.write(Map.of("interactionModel", Map.of("languageModel", model)));
    }

    private static Predicate<String> withoutSampleCouncilWords(Council council) {
        Set<String> sampleWords = words(SampleCouncil.NAME + " " + SampleCouncil.SHORT_NAME);
        sampleWords.removeAll(words(council.name() + " " + council.shortName()));
        sampleWords.removeAll(GENERIC_WORDS);
        return sample -> words(sample).stream().noneMatch(sampleWords::contains);
    }

    private static Set<String> words(String text) {
        return new LinkedHashSet<>(List.of(WORD.split(text.toLowerCase(Locale.UK))));
    }

    static boolean belongsInModel(IntentDefinition intent) {
        return intent.kind() != IntentKind.SOCIAL || SOCIAL_INTENTS.contains(intent.id());
    }

    private Intent catalogueIntent(IntentDefinition definition, Predicate<String> kept) {
        Set<String> samples = new LinkedHashSet<>();
        CouncilTrainingData.phrases(LANGUAGE, definition.id()).stream()
                .map(SampleSanitiser::sanitise)
                .flatMap(Optional::stream)
                .filter(kept)
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
}
