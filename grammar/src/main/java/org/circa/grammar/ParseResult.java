package org.circa.grammar;

import java.util.List;
import org.circa.language.Diagnostic;
import org.circa.language.Program;

/**
 * The outcome of parsing a program: every clause that parsed, and a syntax diagnostic for each
 * clause that did not. Immutable.
 */
public record ParseResult(Program program, List<Diagnostic> diagnostics) {

    /** A result; the diagnostics list is copied. */
    public ParseResult {
        diagnostics = List.copyOf(diagnostics);
    }

    /** Whether any syntax error was found. */
    public boolean hasErrors() {
        return !diagnostics.isEmpty();
    }
}
