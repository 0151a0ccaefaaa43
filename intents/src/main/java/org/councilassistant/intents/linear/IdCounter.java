package org.councilassistant.intents.linear;

import java.util.Arrays;

/**
 * Counts how often each feature id occurs in one message, in the order ids first appear, with a small
 * open-addressing table that is reused: no sorting and no boxing on the classification path.
 */
final class IdCounter {

    private static final int DEFAULT_CAPACITY = 256;

    private int[] slotIds = new int[DEFAULT_CAPACITY];
    private int[] ids = new int[DEFAULT_CAPACITY / 2];
    private int[] counts = new int[DEFAULT_CAPACITY / 2];
    private int size;

    /** Empties the counter, making room for up to {@code expected} distinct ids. */
    void clear(int expected) {
        int capacity = Integer.highestOneBit(Math.max(DEFAULT_CAPACITY, expected * 2) - 1) << 1;
        if (capacity > slotIds.length || (capacity == DEFAULT_CAPACITY && slotIds.length > DEFAULT_CAPACITY)) {
            // Grown for a long message, then back to small ones: clearing a big table each time would cost more.
            slotIds = new int[capacity];
            ids = new int[capacity / 2];
            counts = new int[capacity / 2];
        } else {
            Arrays.fill(slotIds, 0);
        }
        size = 0;
    }

    void increment(int id) {
        int mask = slotIds.length - 1;
        for (int slot = (id * 0x9E3779B9 >>> 7) & mask; ; slot = (slot + 1) & mask) {
            int entry = slotIds[slot]; // position + 1, 0 when empty
            if (entry == 0) {
                ids[size] = id;
                counts[size] = 1;
                slotIds[slot] = ++size;
                return;
            }
            if (ids[entry - 1] == id) {
                counts[entry - 1]++;
                return;
            }
        }
    }

    int size() {
        return size;
    }

    int id(int position) {
        return ids[position];
    }

    int count(int position) {
        return counts[position];
    }
}
