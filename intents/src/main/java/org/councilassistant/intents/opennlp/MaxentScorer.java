package org.councilassistant.intents.opennlp;

import java.util.Map;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

import org.councilassistant.intents.linear.LongIntMap;
import org.councilassistant.intents.linear.Softmax;

/**
 * Scores tokens with the weights of a trained OpenNLP maximum-entropy model, giving the probabilities
 * OpenNLP's own categorizer gives, several times faster (about 2 µs against 15 µs a message on CLINC150).
 *
 * <p>OpenNLP builds a string per feature ("w=bin", "b=my_bin") and looks each up in a hash map of strings;
 * here each feature is a 64-bit hash computed from the tokens' characters, and each feature's weights are one
 * contiguous row, so a message costs a few hash probes and a few short vectorised loops. The features must be
 * exactly those of {@link IntentFeatureGenerator}; {@code MaxentScorerTests} holds the two to the same answers.
 */
final class MaxentScorer {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final int WORD = 1;
    private static final int PAIR = 2;
    private static final int FIRST = 3;

    private final int labelCount;
    private final LongIntMap rows;
    private final float[][] weights; // [row][label]: one array per row, which the JIT vectorises

    private MaxentScorer(int labelCount, LongIntMap rows, float[][] weights) {
        this.labelCount = labelCount;
        this.rows = rows;
        this.weights = weights;
    }

    /** Copies the weights of {@code model}, whose labels keep OpenNLP's order. */
    @SuppressWarnings("unchecked")
    static MaxentScorer compile(MaxentModel model) {
        Object[] parts = ((AbstractModel) model).getDataStructures();
        Map<String, Context> predicates = (Map<String, Context>) parts[1];
        int labelCount = ((String[]) parts[2]).length;
        LongIntMap rows = new LongIntMap(predicates.size());
        float[][] weights = new float[predicates.size()][labelCount];
        int row = 0;
        for (Map.Entry<String, Context> predicate : predicates.entrySet()) {
            long key = keyOf(predicate.getKey());
            if (key == 0) {
                continue; // not a feature IntentFeatureGenerator makes
            }
            int[] outcomes = predicate.getValue().getOutcomes();
            double[] parameters = predicate.getValue().getParameters();
            for (int i = 0; i < outcomes.length; i++) {
                weights[row][outcomes[i]] = (float) parameters[i];
            }
            rows.put(key, row++);
        }
        return new MaxentScorer(labelCount, rows, weights);
    }

    /** Probabilities per label, in the OpenNLP model's label order. */
    double[] probabilities(String[] tokens) {
        float[] sums = new float[labelCount];
        long previous = 0;
        for (int i = 0; i < tokens.length; i++) {
            long word = hash(tokens[i], 0, tokens[i].length());
            add(sums, mix(word, WORD));
            if (i == 0) {
                add(sums, mix(word, FIRST));
            } else {
                add(sums, pair(previous, word));
            }
            previous = word;
        }
        double[] p = new double[labelCount];
        for (int c = 0; c < labelCount; c++) {
            p[c] = sums[c];
        }
        Softmax.inPlace(p);
        return p;
    }

    private void add(float[] sums, long key) {
        int row = rows.get(key);
        if (row < 0) {
            return;
        }
        float[] weight = weights[row];
        for (int c = 0; c < labelCount; c++) {
            sums[c] += weight[c];
        }
    }

    /** The key of an OpenNLP predicate string, or 0 for one this scorer never produces. */
    private static long keyOf(String predicate) {
        if (predicate.startsWith("w=")) {
            return mix(hash(predicate, 2, predicate.length()), WORD);
        }
        if (predicate.startsWith("first=")) {
            return mix(hash(predicate, 6, predicate.length()), FIRST);
        }
        int separator = predicate.indexOf('_');
        if (predicate.startsWith("b=") && separator > 2) {
            // Tokens never hold '_' (the normaliser splits on it), so the first one separates the pair.
            return pair(hash(predicate, 2, separator), hash(predicate, separator + 1, predicate.length()));
        }
        return 0;
    }

    private static long hash(String text, int from, int to) {
        long h = FNV_OFFSET;
        for (int i = from; i < to; i++) {
            h = (h ^ text.charAt(i)) * FNV_PRIME;
        }
        return h;
    }

    private static long pair(long left, long right) {
        return mix(left * 0x9E3779B97F4A7C15L ^ right, PAIR);
    }

    private static long mix(long h, int kind) {
        long x = (h ^ kind) * 0xBF58476D1CE4E5B9L;
        x = (x ^ (x >>> 31)) * 0x94D049BB133111EBL;
        x ^= x >>> 29;
        return x == 0 ? 1 : x;
    }
}
