package org.councilassistant.intents.language;

import java.util.HashMap;
import java.util.Map;

import opennlp.tools.langdetect.LanguageDetectorContextGenerator;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * How much more Welsh than English a text looks to OpenNLP's language detector, computed from only the two
 * languages' weights.
 *
 * <p>OpenNLP scores all 103 languages of its model, then normalises; the detector only ever compares Welsh with
 * English. Their normalised probabilities compare as {@code (pWelsh - pEnglish) / (pWelsh + pEnglish)}, which
 * equals {@code tanh((welsh - english) / 2)} over the two raw scores, so the other 101 languages need not be
 * scored at all, which halves the time per message. The features are OpenNLP's own (its context generator,
 * with its text normalisers).
 */
final class TwoLanguageScorer {

    private final LanguageDetectorContextGenerator features;
    /** Per feature: its weight for Welsh, then for English. Features with neither are left out. */
    private final Map<String, double[]> weights;

    private TwoLanguageScorer(LanguageDetectorContextGenerator features, Map<String, double[]> weights) {
        this.features = features;
        this.weights = weights;
    }

    @SuppressWarnings("unchecked")
    static TwoLanguageScorer compile(LanguageDetectorModel model, String welshCode, String englishCode) {
        Object[] parts = ((AbstractModel) model.getMaxentModel()).getDataStructures();
        Map<String, Context> predicates = (Map<String, Context>) parts[1];
        int welsh = model.getMaxentModel().getIndex(welshCode);
        int english = model.getMaxentModel().getIndex(englishCode);
        if (welsh < 0 || english < 0) {
            throw new IllegalArgumentException("the language model knows neither " + welshCode + " nor " + englishCode);
        }
        Map<String, double[]> weights = new HashMap<>();
        predicates.forEach((feature, context) -> {
            double[] pair = new double[2];
            int[] outcomes = context.getOutcomes();
            for (int i = 0; i < outcomes.length; i++) {
                if (outcomes[i] == welsh) {
                    pair[0] = context.getParameters()[i];
                } else if (outcomes[i] == english) {
                    pair[1] = context.getParameters()[i];
                }
            }
            if (pair[0] != 0 || pair[1] != 0) {
                weights.put(feature, pair);
            }
        });
        return new TwoLanguageScorer(model.getFactory().getContextGenerator(), weights);
    }

    /** From -1 (certainly English rather than Welsh) to 1 (certainly Welsh rather than English). */
    double welshOverEnglish(String text) {
        double welsh = 0;
        double english = 0;
        for (CharSequence feature : features.getContext(text)) {
            double[] pair = weights.get(feature.toString());
            if (pair != null) {
                welsh += pair[0];
                english += pair[1];
            }
        }
        return Math.tanh((welsh - english) / 2);
    }
}
