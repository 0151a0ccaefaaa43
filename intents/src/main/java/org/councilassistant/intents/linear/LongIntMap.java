package org.councilassistant.intents.linear;

import java.util.Arrays;

/**
 * An open-addressing map from 64-bit feature hashes to non-negative feature ids, without boxing: the hot path of
 * classification looks up about a hundred features per message.
 *
 * <p>Each slot is one {@code long}: 32 bits of the key's mixed hash (the fingerprint) and the id. A lookup
 * therefore touches one cache line, not one for the key and another for the id, and the table is half the size.
 * The slot number supplies further bits, so an absent key is mistaken for a present one only when 48 or more bits
 * of two unrelated 64-bit hashes agree: about once in 10<sup>14</sup> lookups. The full keys are kept apart,
 * only to be listed when the map is saved.
 */
public final class LongIntMap {

    private static final long EMPTY = 0L;

    private long[] slots;
    private long[] keys;
    private int size;

    public LongIntMap(int expected) {
        slots = new long[capacityFor(expected)];
        keys = new long[Math.max(16, expected)];
    }

    /** The id for {@code key}, or -1. */
    public int get(long key) {
        long entry = find(slots, key);
        return entry == EMPTY ? -1 : (int) entry - 1;
    }

    /** Maps {@code key} to {@code id} (0 or more); a key already present keeps its first id. */
    public void put(long key, int id) {
        if (id < 0 || id == Integer.MAX_VALUE) {
            throw new IllegalArgumentException("id out of range: " + id);
        }
        if (get(key) >= 0) {
            return;
        }
        if ((size + 1) * 3 > slots.length * 2) {
            grow();
        }
        insert(key, id);
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
        }
        keys[size++] = key;
    }

    public int size() {
        return size;
    }

    /** Every key, in the order they were put. */
    public long[] keys() {
        return Arrays.copyOf(keys, size);
    }

    private void insert(long key, int id) {
        long mixed = mix(key);
        int mask = slots.length - 1;
        int slot = (int) mixed & mask;
        while (slots[slot] != EMPTY) {
            slot = (slot + 1) & mask;
        }
        slots[slot] = (mixed & 0xFFFF_FFFF_0000_0000L) | (id + 1L);
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        for (int i = 0; i < size; i++) {
            insert(keys[i], (int) find(old, keys[i]) - 1);
        }
    }

    /** The slot holding {@code key} in {@code table}, or {@link #EMPTY}. */
    private static long find(long[] table, long key) {
        long mixed = mix(key);
        int fingerprint = (int) (mixed >>> 32);
        int mask = table.length - 1;
        for (int slot = (int) mixed & mask; ; slot = (slot + 1) & mask) {
            long entry = table[slot];
            if (entry == EMPTY || (int) (entry >>> 32) == fingerprint) {
                return entry;
            }
        }
    }

    /** Up to two-thirds full: linear probing stays short and the table small. */
    private static int capacityFor(int expected) {
        return Integer.highestOneBit(Math.max(16, expected * 3 / 2 + 1) - 1) << 1;
    }

    private static long mix(long key) {
        long x = key * 0x9E3779B97F4A7C15L;
        x = (x ^ (x >>> 32)) * 0xD6E8FEB86659FD93L;
        return x ^ (x >>> 32);
    }
}
