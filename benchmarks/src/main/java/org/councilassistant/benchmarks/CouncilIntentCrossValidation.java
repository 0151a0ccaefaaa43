package org.councilassistant.benchmarks;

import java.util.List;

import org.councilassistant.intents.catalogue.IntentCatalogue;
import org.councilassistant.intents.evaluation.CrossValidator;
import org.councilassistant.intents.evaluation.EvaluationReport;
import org.councilassistant.intents.evaluation.HeldOutPrediction;
import org.councilassistant.intents.evaluation.IntentEvaluator;
import org.councilassistant.intents.language.Language;
import org.councilassistant.intents.training.CouncilTrainingData;
import org.councilassistant.intents.training.IntentTrainer;
import org.councilassistant.intents.training.LabelledExample;
import org.councilassistant.intents.training.TrainerSettings;

/**
 * k-fold cross-validated accuracy of the intent engine on the council's own training phrases in one language, using
 * the same trainer as the server, which trains one model per language. The {@code council-cv} command and the report
 * use it; {@link #main} stays for the older {@code CouncilIntentCrossValidation [folds]} invocation (English).
 */
public final class CouncilIntentCrossValidation {

    private CouncilIntentCrossValidation() {
    }

    /**
     * @param seconds wall time of all folds, including each fold's threshold calibration
     * @param predictions every phrase's held-out classification, fold by fold
     */
    record Result(Language language, int examples, int folds, double seconds, EvaluationReport report,
            List<HeldOutPrediction> predictions) {
    }

    static Result run(int folds, Language language) {
        List<LabelledExample> examples = CouncilTrainingData.load(IntentCatalogue.load(), language.code());
        if (examples.isEmpty()) {
            throw new IllegalStateException("no training phrases for language '" + language.code() + "'");
        }
        long started = System.nanoTime();
        List<HeldOutPrediction> predictions =
                new CrossValidator(trainer(language)).predictHeldOut(examples, folds);
        EvaluationReport report = IntentEvaluator.score(predictions);
        return new Result(language, examples.size(), folds, (System.nanoTime() - started) / 1e9, report,
                predictions);
    }

    /** The server's trainer for the language: English with the embedding member, Welsh on words alone. */
    private static IntentTrainer trainer(Language language) {
        return new IntentTrainer(TrainerSettings.defaults(),
                language == Language.ENGLISH ? SentenceEmbeddings.model() : null);
    }

    /** Same as {@code benchmarks.jar council-cv --folds N}. */
    public static void main(String[] args) {
        BenchmarkCommand.main(args.length > 0
                ? new String[] {"council-cv", "--folds", args[0]}
                : new String[] {"council-cv"});
    }
}
