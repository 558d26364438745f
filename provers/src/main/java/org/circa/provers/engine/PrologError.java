package org.circa.provers.engine;

import org.circa.language.DiagnosticCode;

/** An error raised while solving, turned into a diagnostic by the grounder. */
public final class PrologError extends RuntimeException {
    private final DiagnosticCode code;

    /** An error of the given kind with the template's arguments. */
    public PrologError(DiagnosticCode code, Object... args) {
        super(code.format(args));
        this.code = code;
    }

    /** The diagnostic kind. */
    public DiagnosticCode code() {
        return code;
    }
}
