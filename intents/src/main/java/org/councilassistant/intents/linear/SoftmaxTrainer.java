package org.councilassistant.intents.linear;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Trains a {@link SoftmaxModel} by stochastic gradient descent with AdaGrad step sizes (each weight's step
 * shrinks with its own gradient history, so rare n-grams still learn), in a fixed shuffled order so that the
 * same data always gives the same model.
 */
final class SoftmaxTrainer {

    private static final double LEARNING_RATE = 0.3;
    private static final int EPOCHS = 8;
    private static final double BIAS_RATE = 0.03;
    private static final long SEED = 1;

    private SoftmaxTrainer() {
    }

    static SoftmaxModel train(List<SparseVector> vectors, int[] labelIds, String[] labels, int dimensions) {
        int labelCount = labels.length;
        float[][] weights = new float[dimensions][labelCount];
        float[][] squaredGradients = new float[dimensions][labelCount];
        float[] bias = new float[labelCount];
        SoftmaxModel model = new SoftmaxModel(labels, weights, bias);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < vectors.size(); i++) {
            order.add(i);
        }
        Random random = new Random(SEED);
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            Collections.shuffle(order, random);
            for (int i : order) {
                SparseVector x = vectors.get(i);
                double[] p = model.probabilities(x);
                for (int c = 0; c < labelCount; c++) {
                    double gradient = p[c] - (c == labelIds[i] ? 1 : 0);
                    if (gradient == 0) {
                        continue;
                    }
                    bias[c] -= (float) (BIAS_RATE * gradient);
                    for (int k = 0; k < x.size(); k++) {
                        int feature = x.index()[k];
                        double g = gradient * x.value()[k];
                        squaredGradients[feature][c] += (float) (g * g);
                        double step = LEARNING_RATE * g / Math.sqrt(squaredGradients[feature][c] + 1e-8);
                        weights[feature][c] -= (float) step;
                    }
                }
            }
        }
        return model;
    }
}
