package org.circa.circuits.compile;

import java.util.Arrays;

/**
 * Maps component keys (canonical byte strings, see {@link ComponentKey}) to compiled circuit
 * nodes in an open-addressing table with linear probing, with an insertion log so that entries
 * made since a mark can be withdrawn, and a memory bound past which it starts afresh. Mutable, not
 * thread-safe.
 *
 * <p>Withdrawal matters because learned clauses may propagate across components: a result
 * computed while a sibling component is unsatisfiable can be too small, but the surrounding
 * conjunction is then false and {@link #rollback} removes everything cached beneath it.
 */
final class ComponentCache {
    private static final int ENTRY_OVERHEAD = 16 + 4 + 4 + 8 + 8;
    private byte[][] keys = new byte[1024][];
    private int[] hashes = new int[1024];
    private int[] values = new int[1024];
    private int size;
    private byte[][] log = new byte[256][];
    private int logSize;
    private long logBase;
    private final long maxBytes;
    private long bytes;
    long hits;

    /** A cache that clears itself when its entries exceed about {@code maxBytes}. */
    ComponentCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    private static int hash(byte[] key, int length) {
        int h = 1;
        for (int i = 0; i < length; i++) {
            h = 31 * h + key[i];
        }
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private static int hash(byte[] key) {
        return hash(key, key.length);
    }

    /** The cached node of the key in {@code key[0..length)}, or -1. */
    int get(byte[] key, int length) {
        int h = hash(key, length);
        int mask = keys.length - 1;
        for (int i = h & mask; keys[i] != null; i = (i + 1) & mask) {
            if (hashes[i] == h && Arrays.equals(keys[i], 0, keys[i].length, key, 0, length)) {
                hits++;
                return values[i];
            }
        }
        return -1;
    }

    /** Caches a node for a key not yet present. */
    void put(byte[] key, int node) {
        if (bytes > maxBytes) {
            clear();
        }
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int h = hash(key);
        int mask = keys.length - 1;
        int i = h & mask;
        while (keys[i] != null) {
            if (hashes[i] == h && Arrays.equals(keys[i], key)) {
                values[i] = node;
                return;
            }
            i = (i + 1) & mask;
        }
        keys[i] = key;
        hashes[i] = h;
        values[i] = node;
        size++;
        bytes += key.length + ENTRY_OVERHEAD;
        if (logSize == log.length) {
            log = Arrays.copyOf(log, logSize * 2);
        }
        log[logSize++] = key;
    }

    private void grow() {
        byte[][] oldKeys = keys;
        int[] oldHashes = hashes;
        int[] oldValues = values;
        keys = new byte[oldKeys.length * 2][];
        hashes = new int[keys.length];
        values = new int[keys.length];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != null) {
                int i = oldHashes[j] & mask;
                while (keys[i] != null) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                hashes[i] = oldHashes[j];
                values[i] = oldValues[j];
            }
        }
    }

    private void clear() {
        Arrays.fill(keys, null);
        size = 0;
        bytes = 0;
        logBase += logSize;
        Arrays.fill(log, 0, logSize, null);
        logSize = 0;
    }

    /** A mark for {@link #rollback}: the number of insertions so far. */
    long mark() {
        return logBase + logSize;
    }

    /** Removes every entry inserted since the mark. */
    void rollback(long mark) {
        int from = (int) Math.max(0, mark - logBase);
        while (logSize > from) {
            byte[] key = log[--logSize];
            log[logSize] = null;
            remove(key);
        }
    }

    /** Deletes a key with backward-shift deletion, keeping probe sequences intact. */
    private void remove(byte[] key) {
        int h = hash(key);
        int mask = keys.length - 1;
        int i = h & mask;
        while (keys[i] != null && !(hashes[i] == h && Arrays.equals(keys[i], key))) {
            i = (i + 1) & mask;
        }
        if (keys[i] == null) {
            return;
        }
        bytes -= keys[i].length + ENTRY_OVERHEAD;
        size--;
        int gap = i;
        for (int j = (gap + 1) & mask; keys[j] != null; j = (j + 1) & mask) {
            int home = hashes[j] & mask;
            boolean movable = gap <= j ? home <= gap || home > j : home <= gap && home > j;
            if (movable) {
                keys[gap] = keys[j];
                hashes[gap] = hashes[j];
                values[gap] = values[j];
                gap = j;
            }
        }
        keys[gap] = null;
    }

    /** Number of entries. */
    int size() {
        return size;
    }
}
