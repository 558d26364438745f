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
 * @param nodes circuit nodes added to the builder so far
 */
public record CompileProgress(Duration elapsed, long decisions, long conflicts, long cacheHits,
        long cacheEntries, long nodes) {
    /** A one-line human readable summary. */
    public String summary() {
        return String.format("%.1f s: %d decisions, %d conflicts, %d cache hits, %d cached, %d nodes",
                elapsed.toMillis() / 1000.0, decisions, conflicts, cacheHits, cacheEntries, nodes);
    }
}
