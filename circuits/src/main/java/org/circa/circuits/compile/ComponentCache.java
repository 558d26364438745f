package org.circa.circuits.compile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps component keys to compiled circuit nodes, with an insertion log so that entries made
 * since a mark can be withdrawn, and a memory bound past which it starts afresh. Mutable, not
 * thread-safe.
 *
 * <p>Withdrawal matters because learned clauses may propagate across components: a result
 * computed while a sibling component is unsatisfiable can be too small, but the surrounding
 * conjunction is then false and {@link #rollback} removes everything cached beneath it.
 */
final class ComponentCache {
    private final Map<ComponentKey, Integer> entries = new HashMap<>();
    private final List<ComponentKey> log = new ArrayList<>();
    private final long maxBytes;
    private long logBase;
    private long bytes;
    long hits;

    /** A cache that clears itself when its keys exceed {@code maxBytes}. */
    ComponentCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The cached node of a key, or -1. */
    int get(ComponentKey key) {
        Integer node = entries.get(key);
        if (node == null) {
            return -1;
        }
        hits++;
        return node;
    }

    /** Caches a node for a key. */
    void put(ComponentKey key, int node) {
        if (bytes > maxBytes) {
            entries.clear();
            logBase += log.size();
            log.clear();
            bytes = 0;
        }
        if (entries.put(key, node) == null) {
            log.add(key);
            bytes += key.sizeInBytes() + 64;
        }
    }

    /** A mark for {@link #rollback}: the number of insertions so far. */
    long mark() {
        return logBase + log.size();
    }

    /** Removes every entry inserted since the mark. */
    void rollback(long mark) {
        int from = (int) Math.max(0, mark - logBase);
        for (int i = log.size() - 1; i >= from; i--) {
            ComponentKey key = log.remove(i);
            entries.remove(key);
            bytes -= key.sizeInBytes() + 64;
        }
    }

    /** Number of entries. */
    int size() {
        return entries.size();
    }
}
