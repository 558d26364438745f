package org.circa.circuits.compile;

import java.util.function.Supplier;

/** Aborts a compilation before the heap runs out. Stateless. */
final class MemoryGuard {
    private static final double LIMIT = 0.85;

    private MemoryGuard() {
    }

    /** Throws a {@link CompilationLimitException} when the heap is nearly full after a GC. */
    static void check(Supplier<String> status) {
        Runtime rt = Runtime.getRuntime();
        if (used(rt) < LIMIT * rt.maxMemory()) {
            return;
        }
        System.gc();
        if (used(rt) >= LIMIT * rt.maxMemory()) {
            throw new CompilationLimitException("compilation stopped: the Java heap is "
                    + (int) (100 * LIMIT) + "% full (" + status.get()
                    + "); give the JVM more memory (-Xmx) or lower the node limit");
        }
    }

    private static long used(Runtime rt) {
        return rt.totalMemory() - rt.freeMemory();
    }
}
