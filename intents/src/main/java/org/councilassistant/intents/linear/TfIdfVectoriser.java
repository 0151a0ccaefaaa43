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
 *
 * <p>Feature ids are handed out most frequent first. The model keeps one weight row per id, allocated in id
 * order, so the rows most messages use sit together in memory and stay in the processor's caches.
 */
final class TfIdfVectoriser {

    private static final int MIN_DOCUMENT_FREQUENCY = 2;
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

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
                .sorted(Map.Entry.<Long, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .mapToLong(Map.Entry::getKey)
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
        Scratch scratch = SCRATCH.get();
        int n = NgramHasher.hash(tokens, scratch.hashes);
        long[] hashes = scratch.hashes.values();
        scratch.counts.clear(n);
        for (int i = 0; i < n; i++) {
            int id = ids.get(hashes[i]);
            if (id >= 0) {
                scratch.counts.increment(id);
            }
        }
        int size = scratch.counts.size();
        if (size == 0) {
            return SparseVector.EMPTY;
        }
        int[] index = new int[size];
        float[] value = new float[size];
        double norm = 0;
        for (int k = 0; k < size; k++) {
            int id = scratch.counts.id(k);
            float weight = (float) (sublinear(scratch.counts.count(k)) * idf[id]);
            index[k] = id;
            value[k] = weight;
            norm += weight * weight;
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int k = 0; k < size; k++) {
            value[k] *= scale;
        }
        return new SparseVector(index, value);
    }

    private static double sublinear(int count) {
        return count == 1 ? 1.0 : 1 + Math.log(count);
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

    /** Per-thread buffers, reused between messages so that vectorising makes almost no garbage. */
    private static final class Scratch {

        final NgramHasher.LongBuffer hashes = new NgramHasher.LongBuffer();
        final IdCounter counts = new IdCounter();
    }
}
