package org.councilassistant.intents.linear;

/** A feature vector as parallel arrays of feature ids and weights. */
record SparseVector(int[] index, float[] value) {

    static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);

    int size() {
        return index.length;
    }
}
