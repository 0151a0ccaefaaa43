package org.councilassistant.intents.linear;

import java.util.Arrays;

/** An open-addressing map from feature hashes to feature ids, without boxing (hot path of classification). */
final class LongIntMap {

    private static final long EMPTY = 0L;

    private long[] keys;
    private int[] values;
    private int size;

    LongIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        keys = new long[capacity];
        values = new int[capacity];
    }

    /** The id for {@code key}, or -1. */
    int get(long key) {
        long k = key == EMPTY ? 1 : key;
        int mask = keys.length - 1;
        for (int slot = mix(k) & mask; ; slot = (slot + 1) & mask) {
            if (keys[slot] == k) {
                return values[slot];
            }
            if (keys[slot] == EMPTY) {
                return -1;
            }
        }
    }

    void put(long key, int value) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        long k = key == EMPTY ? 1 : key;
        int mask = keys.length - 1;
        int slot = mix(k) & mask;
        while (keys[slot] != EMPTY && keys[slot] != k) {
            slot = (slot + 1) & mask;
        }
        if (keys[slot] == EMPTY) {
            size++;
        }
        keys[slot] = k;
        values[slot] = value;
    }

    int size() {
        return size;
    }

    long[] keys() {
        return Arrays.stream(keys).filter(k -> k != EMPTY).toArray();
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
