package org.circa.provers.cli;

import java.io.PrintWriter;
import org.circa.circuits.compile.CompileProgress;
import org.circa.circuits.compile.ProgressListener;

/**
 * Prints compilation progress on standard error once a compilation has run for two seconds:
 * one line rewritten in place on a terminal, a line per report otherwise. Not thread-safe.
 */
final class ProgressPrinter implements ProgressListener {
    private static final long QUIET_MILLIS = 2000;
    private final PrintWriter err;
    private final boolean terminal = System.console() != null;
    private boolean printed;

    ProgressPrinter(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void onProgress(CompileProgress p) {
        if (p.elapsed().toMillis() < QUIET_MILLIS) {
            return;
        }
        String line = "compiling: " + p.summary();
        if (terminal) {
            err.print("\r" + line + "   ");
        } else {
            err.println(line);
        }
        err.flush();
        printed = true;
    }

    /** Ends an in-place progress line, if one was printed. */
    void finish() {
        if (printed && terminal) {
            err.println();
        }
    }
}
