package org.councilassistant.core.learning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.councilassistant.core.staffintent.StaffIntent;
import org.councilassistant.core.staffintent.StaffIntents;
import org.councilassistant.intents.CouncilIntents;
import org.councilassistant.intents.catalogue.IntentCatalogue;
import org.councilassistant.intents.language.Language;
import org.councilassistant.intents.training.CouncilTrainingData;
import org.councilassistant.intents.training.LabelledExample;

/**
 * What a language's intent model learns from now: the bundled phrases, the phrases staff filed from the inbox, and
 * the phrases of the intents staff added. A filed phrase of an intent staff have since deleted is left out, so the
 * model never learns an intent the assistant no longer has.
 */
public final class TrainingExamples {

    private final IntentCatalogue catalogue;
    private final TrainingPhrases filedPhrases;
    private final StaffIntents staffIntents;

    public TrainingExamples(IntentCatalogue catalogue, TrainingPhrases filedPhrases, StaffIntents staffIntents) {
        this.catalogue = catalogue;
        this.filedPhrases = filedPhrases;
        this.staffIntents = staffIntents;
    }

    public List<LabelledExample> of(Language language) {
        List<LabelledExample> examples = new ArrayList<>(CouncilTrainingData.load(catalogue, language.code()));
        List<StaffIntent> added = staffIntents.all();
        Set<String> known = new HashSet<>();
        catalogue.all().forEach(intent -> known.add(intent.id()));
        added.forEach(intent -> known.add(intent.name()));
        known.add(CouncilIntents.OUT_OF_SCOPE);
        filedPhrases.all(language.code()).stream().filter(example -> known.contains(example.label()))
                .forEach(examples::add);
        added.forEach(intent -> intent.phrases(language)
                .forEach(phrase -> examples.add(new LabelledExample(phrase, intent.name()))));
        return examples;
    }
}
