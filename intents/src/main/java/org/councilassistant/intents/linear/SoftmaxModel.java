package org.councilassistant.intents.linear;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * Multinomial logistic regression: one weight per (feature, label), stored feature-major so that scoring a
 * sparse message touches only the rows of the features it has.
 *
 * <p>Each feature's row is its own array: the JIT then vectorises the per-row loop (with every row in one flat
 * array at an offset it does not, and scoring was five times slower).
 */
final class SoftmaxModel {

    private final String[] labels;
    private final float[][] rows; // [feature][label]
    private final float[] bias;

    SoftmaxModel(String[] labels, float[][] rows, float[] bias) {
        this.labels = labels;
        this.rows = rows;
        this.bias = bias;
    }

    String[] labels() {
        return labels;
    }

    /** Probabilities per label, in {@link #labels()} order. */
    double[] probabilities(SparseVector x) {
        int labelCount = labels.length;
        // Accumulate in floats: the inner loop then vectorises (it runs once per feature of every message).
        float[] sums = bias.clone();
        int[] index = x.index();
        float[] value = x.value();
        for (int k = 0; k < index.length; k++) {
            float[] row = rows[index[k]];
            float v = value[k];
            for (int c = 0; c < labelCount; c++) {
                sums[c] += row[c] * v;
            }
        }
        double[] scores = new double[labelCount];
        for (int c = 0; c < labelCount; c++) {
            scores[c] = sums[c];
        }
        Softmax.inPlace(scores);
        return scores;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(labels.length);
        for (String label : labels) {
            out.writeUTF(label);
        }
        for (float b : bias) {
            out.writeFloat(b);
        }
        out.writeInt(rows.length * labels.length);
        for (float[] row : rows) {
            for (float w : row) {
                out.writeFloat(w);
            }
        }
    }

    static SoftmaxModel read(DataInputStream in) throws IOException {
        String[] labels = new String[in.readInt()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = in.readUTF();
        }
        float[] bias = new float[labels.length];
        for (int i = 0; i < bias.length; i++) {
            bias[i] = in.readFloat();
        }
        float[][] rows = new float[in.readInt() / labels.length][labels.length];
        for (float[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                row[c] = in.readFloat();
            }
        }
        return new SoftmaxModel(labels, rows, bias);
    }
}
