package org.circa.circuits.compile;

/**
 * Receives progress reports of a long compilation, about once per second and once at the end
 * of a successful search, on the compiling thread. Implementations should return quickly.
 */
@FunctionalInterface
public interface ProgressListener {
    /** A listener that ignores every report. */
    ProgressListener NONE = progress -> { };

    /** Called with the latest snapshot. */
    void onProgress(CompileProgress progress);
}
