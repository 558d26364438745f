package org.circa.language;

/** One clause or directive of a program as written: its term and where it stands. Immutable. */
public record Clause(Term term, SourceSpan span) {
}
