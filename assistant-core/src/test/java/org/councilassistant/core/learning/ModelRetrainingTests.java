package org.councilassistant.core.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.councilassistant.intents.IntentClassifier;
import org.councilassistant.intents.catalogue.IntentCatalogue;
import org.councilassistant.intents.training.CouncilTrainingData;
import org.councilassistant.intents.training.IntentTrainer;
import org.councilassistant.intents.training.LabelledExample;
import org.councilassistant.intents.training.TrainerSettings;
import org.junit.jupiter.api.Test;

class ModelRetrainingTests {

    private static final String WHICH_BIN = "what_goes_in_which_bin";

    /** The comparison retrains the model in use from its examples, so the live model itself is never asked. */
    private static final IntentClassifier NOT_CONSULTED = text -> {
        throw new AssertionError("the live model is not consulted when proposing");
    };

    private final IntentTrainer trainer = new IntentTrainer(TrainerSettings.defaults());

    private static final List<LabelledExample> COUNCIL =
            CouncilTrainingData.load(IntentCatalogue.load(), "en");

    @Test
    void aBetterModelIsComparedOnTheSameHeldOutQuestionsAndReplacesTheLiveOneWhenConfirmed() {
        // The model in use lacks most of the recycling-questions phrases; staff have since added them back.
        List<LabelledExample> before = COUNCIL.stream()
                .filter(example -> !example.label().equals(WHICH_BIN) || example.text().length() % 4 == 0).toList();
        LiveIntentModel live = new LiveIntentModel(NOT_CONSULTED, before);
        ModelRetraining retraining = new ModelRetraining(live, () -> COUNCIL, trainer,
                examples -> trainer.train(examples, null));

        ModelRetraining.Candidate candidate = retraining.propose();

        assertThat(candidate.comparison().examplesBefore()).isEqualTo(before.size());
        assertThat(candidate.comparison().examplesAfter()).isEqualTo(COUNCIL.size());
        assertThat(candidate.comparison().heldOut()).isPositive();
        assertThat(candidate.comparison().accuracyAfter()).isGreaterThan(candidate.comparison().accuracyBefore());
        assertThat(candidate.comparison().worse()).isFalse();

        retraining.apply(candidate, false);

        assertThat(live.examples()).isEqualTo(COUNCIL);
    }

    @Test
    void aCompanionModelIsRetrainedOnItsOwnCurrentExamplesAndReplacedWithTheComparedOne() {
        IntentTrainer quick = new IntentTrainer(TrainerSettings.defaults().withoutCalibration());
        List<LabelledExample> welshBefore = List.of(new LabelledExample("helo", "greeting"),
                new LabelledExample("diolch", "thanks"));
        List<LabelledExample> welshNow = new java.util.ArrayList<>(welshBefore);
        welshNow.add(new LabelledExample("rhestr aros rhandiroedd", "allotments_waiting_list"));
        LiveIntentModel welsh = new LiveIntentModel(NOT_CONSULTED, welshBefore);
        LiveIntentModel english = new LiveIntentModel(NOT_CONSULTED, COUNCIL);
        ModelRetraining retraining = new ModelRetraining(english, () -> COUNCIL, quick,
                examples -> quick.train(examples, null),
                List.of(new ModelRetraining.Companion(welsh, () -> welshNow, examples -> quick.train(examples, null))));

        ModelRetraining.Candidate candidate = retraining.propose();
        assertThat(welsh.examples()).isEqualTo(welshBefore);
        retraining.apply(candidate, false);

        assertThat(welsh.examples()).isEqualTo(welshNow);
        assertThat(welsh.classify("rhestr aros rhandiroedd").intent()).isEqualTo("allotments_waiting_list");
    }

    @Test
    void aWorseModelNeedsExplicitConfirmation() {
        // A careless edit: every recycling-questions phrase filed under parking permits.
        List<LabelledExample> worse = COUNCIL.stream()
                .map(example -> example.label().equals(WHICH_BIN)
                        ? new LabelledExample(example.text(), "parking_permits") : example)
                .toList();
        LiveIntentModel live = new LiveIntentModel(NOT_CONSULTED, COUNCIL);
        ModelRetraining retraining = new ModelRetraining(live, () -> worse, trainer,
                examples -> trainer.train(examples, null));

        ModelRetraining.Candidate candidate = retraining.propose();

        assertThat(candidate.comparison().worse()).isTrue();
        assertThatThrownBy(() -> retraining.apply(candidate, false))
                .isInstanceOf(ModelRetraining.WorseModelException.class).hasMessageContaining("less accurate");
        assertThat(live.examples()).isEqualTo(COUNCIL);
        retraining.apply(candidate, true);
        assertThat(live.examples()).isEqualTo(worse);
    }
}
