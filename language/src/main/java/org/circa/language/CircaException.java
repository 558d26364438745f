package org.circa.language;

import java.util.List;

/** Thrown when a stage stops on errors in the program; carries the diagnostics. */
public class CircaException extends RuntimeException {
    private final List<Diagnostic> diagnostics;

    /** An exception for one or more diagnostics. */
    public CircaException(List<Diagnostic> diagnostics) {
        super(diagnostics.isEmpty() ? "error" : diagnostics.get(0).toString());
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** An exception for a single diagnostic. */
    public CircaException(Diagnostic diagnostic) {
        this(List.of(diagnostic));
    }

    /** The diagnostics, first error first. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** The code of the first diagnostic. */
    public DiagnosticCode code() {
        return diagnostics.get(0).code();
    }
}
