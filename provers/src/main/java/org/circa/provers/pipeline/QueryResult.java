package org.circa.provers.pipeline;

import org.circa.language.Term;

/** The value of one query atom (its probability given the evidence). Immutable. */
public record QueryResult(Term atom, double value) {
}
