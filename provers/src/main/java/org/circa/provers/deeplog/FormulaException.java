package org.circa.provers.deeplog;

import org.circa.language.DiagnosticCode;
import java.util.List;
import java.util.stream.Collectors;

/** Thrown when formulas cannot be read, checked or evaluated; carries the diagnostics. Immutable. */
public final class FormulaException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<FormulaDiagnostic> diagnostics;

    /** An exception for the given diagnostics (at least one). */
    public FormulaException(List<FormulaDiagnostic> diagnostics) {
        super(diagnostics.stream().map(FormulaDiagnostic::toString).collect(Collectors.joining("\n")));
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** An exception for one diagnostic. */
    public FormulaException(FormulaDiagnostic diagnostic) {
        this(List.of(diagnostic));
    }

    /** The diagnostics, in the order found. */
    public List<FormulaDiagnostic> diagnostics() {
        return diagnostics;
    }

    /** The code of the first diagnostic. */
    public DiagnosticCode code() {
        return diagnostics.get(0).code();
    }
}
