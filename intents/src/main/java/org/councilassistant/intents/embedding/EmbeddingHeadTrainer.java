package org.councilassistant.intents.embedding;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Trains an {@link EmbeddingIntentModel}: softmax regression on unit-length embeddings by mini-batch Adam with
 * L2 weight decay, in a fixed shuffled order so that the same data always gives the same model.
 */
public final class EmbeddingHeadTrainer {

    private static final int BATCH = 32;
    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final long SEED = 7;

    private final double learningRate;
    private final double l2;
    private final int epochs;

    /**
     * @param learningRate Adam's step size
     * @param l2 weight decay per step, relative to the step size
     * @param epochs passes over the examples
     */
    public EmbeddingHeadTrainer(double learningRate, double l2, int epochs) {
        this.learningRate = learningRate;
        this.l2 = l2;
        this.epochs = epochs;
    }

    public static EmbeddingHeadTrainer defaults() {
        return new EmbeddingHeadTrainer(0.01, 1e-4, 30);
    }

    /** Trains on one unit-length embedding per label. */
    public EmbeddingIntentModel train(List<String> labels, List<float[]> embeddings) {
        Map<String, Integer> ids = new HashMap<>();
        List<String> names = new ArrayList<>();
        int[] y = new int[labels.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = ids.computeIfAbsent(labels.get(i), label -> {
                names.add(label);
                return names.size() - 1;
            });
        }
        int labelCount = names.size();
        int dimensions = embeddings.isEmpty() ? 0 : embeddings.get(0).length;
        float[][] weights = new float[labelCount][dimensions];
        float[] bias = new float[labelCount];
        optimise(embeddings, y, weights, bias);
        return new EmbeddingIntentModel(names.toArray(String[]::new), weights, bias,
                centroids(embeddings, y, labelCount, dimensions));
    }

    private void optimise(List<float[]> x, int[] y, float[][] weights, float[] bias) {
        int labelCount = bias.length;
        int dimensions = weights.length == 0 ? 0 : weights[0].length;
        float[][] m = new float[labelCount][dimensions];
        float[][] v = new float[labelCount][dimensions];
        float[] mb = new float[labelCount];
        float[] vb = new float[labelCount];
        float[][] gradient = new float[labelCount][dimensions];
        float[] gradientBias = new float[labelCount];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < y.length; i++) {
            order.add(i);
        }
        Random random = new Random(SEED);
        double[] scores = new double[labelCount];
        int step = 0;
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            for (int start = 0; start < order.size(); start += BATCH) {
                int end = Math.min(order.size(), start + BATCH);
                for (float[] row : gradient) {
                    java.util.Arrays.fill(row, 0f);
                }
                java.util.Arrays.fill(gradientBias, 0f);
                for (int k = start; k < end; k++) {
                    int i = order.get(k);
                    float[] xi = x.get(i);
                    for (int c = 0; c < labelCount; c++) {
                        scores[c] = bias[c] + Vectors.dot(weights[c], xi);
                    }
                    org.councilassistant.intents.linear.Softmax.inPlace(scores);
                    for (int c = 0; c < labelCount; c++) {
                        float g = (float) ((scores[c] - (c == y[i] ? 1 : 0)) / (end - start));
                        if (Math.abs(g) < 1e-6f) {
                            continue;
                        }
                        gradientBias[c] += g;
                        float[] row = gradient[c];
                        for (int d = 0; d < dimensions; d++) {
                            row[d] += g * xi[d];
                        }
                    }
                }
                step++;
                double correction1 = 1 - Math.pow(BETA1, step);
                double correction2 = 1 - Math.pow(BETA2, step);
                float rate = (float) (learningRate * Math.sqrt(correction2) / correction1);
                float decay = (float) (learningRate * l2);
                for (int c = 0; c < labelCount; c++) {
                    adam(weights[c], gradient[c], m[c], v[c], rate, decay);
                    mb[c] = (float) (BETA1 * mb[c] + (1 - BETA1) * gradientBias[c]);
                    vb[c] = (float) (BETA2 * vb[c] + (1 - BETA2) * gradientBias[c] * gradientBias[c]);
                    bias[c] -= rate * mb[c] / ((float) Math.sqrt(vb[c]) + 1e-8f);
                }
            }
        }
    }

    private static void adam(float[] w, float[] g, float[] m, float[] v, float rate, float decay) {
        for (int d = 0; d < w.length; d++) {
            m[d] = (float) (BETA1 * m[d] + (1 - BETA1) * g[d]);
            v[d] = (float) (BETA2 * v[d] + (1 - BETA2) * g[d] * g[d]);
            w[d] -= rate * m[d] / ((float) Math.sqrt(v[d]) + 1e-8f) + decay * w[d];
        }
    }

    private static float[][] centroids(List<float[]> x, int[] y, int labelCount, int dimensions) {
        float[][] sums = new float[labelCount][dimensions];
        for (int i = 0; i < y.length; i++) {
            float[] row = sums[y[i]];
            float[] xi = x.get(i);
            for (int d = 0; d < dimensions; d++) {
                row[d] += xi[d];
            }
        }
        for (int c = 0; c < labelCount; c++) {
            sums[c] = Vectors.unit(sums[c]);
        }
        return sums;
    }
}
