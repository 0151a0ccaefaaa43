package org.councilassistant.intents.linear;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns tokens into a TF-IDF vector over the n-gram features seen at least twice in training: sublinear term
 * frequency times inverse document frequency, scaled to unit length so short and long messages compare.
 */
final class TfIdfVectoriser {

    private static final int MIN_DOCUMENT_FREQUENCY = 2;
    private static final ThreadLocal<NgramHasher.LongBuffer> SCRATCH =
            ThreadLocal.withInitial(NgramHasher.LongBuffer::new);

    private final LongIntMap ids;
    private final float[] idf;

    private TfIdfVectoriser(LongIntMap ids, float[] idf) {
        this.ids = ids;
        this.idf = idf;
    }

    static TfIdfVectoriser fit(List<String[]> documents) {
        Map<Long, Integer> documentFrequency = new HashMap<>();
        NgramHasher.LongBuffer buffer = new NgramHasher.LongBuffer();
        for (String[] tokens : documents) {
            int n = NgramHasher.hash(tokens, buffer);
            long[] hashes = Arrays.copyOf(buffer.values(), n);
            Arrays.stream(hashes).distinct().forEach(h -> documentFrequency.merge(h, 1, Integer::sum));
        }
        long[] kept = documentFrequency.entrySet().stream()
                .filter(e -> e.getValue() >= MIN_DOCUMENT_FREQUENCY)
                .mapToLong(Map.Entry::getKey)
                .sorted()
                .toArray();
        LongIntMap ids = new LongIntMap(kept.length);
        float[] idf = new float[kept.length];
        for (int id = 0; id < kept.length; id++) {
            ids.put(kept[id], id);
            idf[id] = (float) (Math.log((documents.size() + 1.0) / (documentFrequency.get(kept[id]) + 1.0)) + 1.0);
        }
        return new TfIdfVectoriser(ids, idf);
    }

    int dimensions() {
        return idf.length;
    }

    SparseVector vectorise(String[] tokens) {
        NgramHasher.LongBuffer buffer = SCRATCH.get();
        int n = NgramHasher.hash(tokens, buffer);
        long[] hashes = buffer.values();
        Arrays.sort(hashes, 0, n);
        int[] index = new int[n];
        float[] value = new float[n];
        int size = 0;
        double norm = 0;
        for (int i = 0; i < n; ) {
            int run = i;
            while (run < n && hashes[run] == hashes[i]) {
                run++;
            }
            int id = ids.get(hashes[i]);
            if (id >= 0) {
                float weight = (float) ((1 + Math.log(run - i)) * idf[id]);
                index[size] = id;
                value[size++] = weight;
                norm += weight * weight;
            }
            i = run;
        }
        if (size == 0) {
            return SparseVector.EMPTY;
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < size; i++) {
            value[i] *= scale;
        }
        return new SparseVector(Arrays.copyOf(index, size), Arrays.copyOf(value, size));
    }

    void write(DataOutputStream out) throws IOException {
        long[] keys = ids.keys();
        out.writeInt(keys.length);
        for (long key : keys) {
            int id = ids.get(key);
            out.writeLong(key);
            out.writeInt(id);
            out.writeFloat(idf[id]);
        }
    }

    static TfIdfVectoriser read(DataInputStream in) throws IOException {
        int size = in.readInt();
        LongIntMap ids = new LongIntMap(size);
        float[] idf = new float[size];
        for (int i = 0; i < size; i++) {
            long key = in.readLong();
            int id = in.readInt();
            ids.put(key, id);
            idf[id] = in.readFloat();
        }
        return new TfIdfVectoriser(ids, idf);
    }
}
