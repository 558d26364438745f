package org.circa.circuits.compile;

import java.time.Duration;

/**
 * A snapshot of a running compilation, handed to a {@link ProgressListener}. Immutable.
 *
 * @param elapsed time since the compilation started
 * @param decisions branching decisions so far
 * @param conflicts conflicts so far
 * @param cacheHits component cache hits so far
 * @param cacheEntries components currently cached
 * @param nodes circuit nodes added to the builder so far (BDD nodes for a BDD construction)
 * @param bdd whether this reports a bottom-up BDD construction rather than the top-down search
 */
public record CompileProgress(Duration elapsed, long decisions, long conflicts, long cacheHits,
        long cacheEntries, long nodes, boolean bdd) {
    /** A report of the top-down search. */
    public CompileProgress(Duration elapsed, long decisions, long conflicts, long cacheHits, long cacheEntries,
            long nodes) {
        this(elapsed, decisions, conflicts, cacheHits, cacheEntries, nodes, false);
    }

    /** A report of a BDD construction that has made {@code nodes} nodes. */
    public static CompileProgress ofBdd(Duration elapsed, long nodes) {
        return new CompileProgress(elapsed, 0, 0, 0, 0, nodes, true);
    }

    /** A one-line human readable summary. */
    public String summary() {
        if (bdd) {
            return String.format("%.1f s: building a BDD, %d nodes", elapsed.toMillis() / 1000.0, nodes);
        }
        return String.format("%.1f s: %d decisions, %d conflicts, %d cache hits, %d cached, %d nodes",
                elapsed.toMillis() / 1000.0, decisions, conflicts, cacheHits, cacheEntries, nodes);
    }
}
