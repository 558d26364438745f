package org.circa.language;

import java.util.List;

/** A parsed program: its clauses in source order, and the source they came from. Immutable. */
public record Program(Source source, List<Clause> clauses) {
    public Program {
        clauses = List.copyOf(clauses);
    }
}
