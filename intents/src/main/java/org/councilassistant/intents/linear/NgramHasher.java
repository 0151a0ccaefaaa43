package org.councilassistant.intents.linear;

/**
 * Hashes the n-gram features of a tokenised message into 64-bit ids without building strings: words, word
 * pairs and triples, and character 3- to 5-grams of each word with its boundaries ("<rec", "ecy"... "ing>"),
 * which carry misspellings and word forms ("recyling", "collections") close to the words they mean.
 */
final class NgramHasher {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final int MIN_CHARS = 3;
    private static final int MAX_CHARS = 5;

    private NgramHasher() {
    }

    /** Writes every feature hash of {@code tokens} into {@code out} (grown as needed) and returns the count. */
    static int hash(String[] tokens, LongBuffer out) {
        out.clear();
        long[] wordHashes = new long[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            wordHashes[i] = word(tokens[i]);
            out.add(wordHashes[i]);
            if (i >= 1) {
                out.add(combine(2, wordHashes[i - 1], wordHashes[i]));
            }
            if (i >= 2) {
                out.add(combine(3, combine(2, wordHashes[i - 2], wordHashes[i - 1]), wordHashes[i]));
            }
            characterGrams(tokens[i], out);
        }
        return out.size();
    }

    private static long word(String token) {
        long h = FNV_OFFSET ^ 'W';
        for (int i = 0; i < token.length(); i++) {
            h = (h ^ token.charAt(i)) * FNV_PRIME;
        }
        return h;
    }

    private static void characterGrams(String token, LongBuffer out) {
        int length = token.length() + 2; // with '<' and '>' boundaries
        for (int start = 0; start < length; start++) {
            long h = FNV_OFFSET ^ 'C';
            for (int end = start; end < length && end - start < MAX_CHARS; end++) {
                char c = end == 0 ? '<' : end == length - 1 ? '>' : token.charAt(end - 1);
                h = (h ^ c) * FNV_PRIME;
                if (end - start + 1 >= MIN_CHARS) {
                    out.add(h);
                }
            }
        }
    }

    private static long combine(int order, long left, long right) {
        long h = (left * 31 + order) * FNV_PRIME ^ right;
        return h * 0x9E3779B97F4A7C15L + order;
    }

    /** A growable array of longs, reused between calls to avoid garbage. */
    static final class LongBuffer {

        private long[] values = new long[256];
        private int size;

        void clear() {
            size = 0;
        }

        void add(long value) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int size() {
            return size;
        }

        long[] values() {
            return values;
        }
    }
}
