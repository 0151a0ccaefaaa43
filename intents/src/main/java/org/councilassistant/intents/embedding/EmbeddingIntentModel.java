package org.councilassistant.intents.embedding;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

import org.councilassistant.intents.linear.Softmax;

/**
 * The meaning-based member of the intent ensemble: multinomial logistic regression over a message's sentence
 * embedding, so that a paraphrase with none of the training phrases' words still lands on its intent.
 *
 * <p>It also knows each intent's centroid (the mean direction of its training phrases), whose nearest cosine
 * similarity says how far a message is from everything the council trained: the out-of-scope signal that needs
 * no out-of-scope examples.
 */
public final class EmbeddingIntentModel {

    private final String[] labels;
    private final float[][] weights; // [label][dimension]
    private final float[] bias;
    private final float[][] centroids; // [label][dimension], unit length

    EmbeddingIntentModel(String[] labels, float[][] weights, float[] bias, float[][] centroids) {
        this.labels = labels;
        this.weights = weights;
        this.bias = bias;
        this.centroids = centroids;
    }

    public String[] labels() {
        return labels.clone();
    }

    /** Probabilities per label, in {@link #labels()} order, for a unit-length embedding. */
    public double[] probabilities(float[] embedding) {
        double[] scores = new double[labels.length];
        for (int c = 0; c < labels.length; c++) {
            scores[c] = bias[c] + Vectors.dot(weights[c], embedding);
        }
        Softmax.inPlace(scores);
        return scores;
    }

    /** Cosine similarity of the embedding to each label's centroid, in {@link #labels()} order. */
    public double[] centroidSimilarities(float[] embedding) {
        double[] similarities = new double[labels.length];
        for (int c = 0; c < labels.length; c++) {
            similarities[c] = Vectors.dot(centroids[c], embedding);
        }
        return similarities;
    }

    public int dimensions() {
        return weights.length == 0 ? 0 : weights[0].length;
    }

    public void write(DataOutputStream out) throws IOException {
        out.writeInt(labels.length);
        out.writeInt(dimensions());
        for (int c = 0; c < labels.length; c++) {
            out.writeUTF(labels[c]);
            out.writeFloat(bias[c]);
            writeRow(out, weights[c]);
            writeRow(out, centroids[c]);
        }
    }

    public static EmbeddingIntentModel read(DataInputStream in) throws IOException {
        int labelCount = in.readInt();
        int dimensions = in.readInt();
        String[] labels = new String[labelCount];
        float[] bias = new float[labelCount];
        float[][] weights = new float[labelCount][];
        float[][] centroids = new float[labelCount][];
        for (int c = 0; c < labelCount; c++) {
            labels[c] = in.readUTF();
            bias[c] = in.readFloat();
            weights[c] = readRow(in, dimensions);
            centroids[c] = readRow(in, dimensions);
        }
        return new EmbeddingIntentModel(labels, weights, bias, centroids);
    }

    private static void writeRow(DataOutputStream out, float[] row) throws IOException {
        for (float value : row) {
            out.writeFloat(value);
        }
    }

    private static float[] readRow(DataInputStream in, int dimensions) throws IOException {
        float[] row = new float[dimensions];
        for (int i = 0; i < dimensions; i++) {
            row[i] = in.readFloat();
        }
        return row;
    }
}
