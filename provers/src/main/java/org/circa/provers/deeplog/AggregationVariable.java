package org.circa.provers.deeplog;

import java.util.Objects;
import java.util.Optional;
import org.circa.language.Term;

/**
 * A variable bound by an aggregation, with its domain when written inline ({@code X:digit},
 * {@code X:[a, b]}, {@code X:0..9}); otherwise the domain comes from the model's declarations.
 * Immutable.
 */
public record AggregationVariable(String name, Optional<Term> domain) {
    /** Checks the parts are present. */
    public AggregationVariable {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(domain, "domain");
    }

    /** A variable whose domain is declared elsewhere. */
    public static AggregationVariable of(String name) {
        return new AggregationVariable(name, Optional.empty());
    }

    /** A variable with an inline domain. */
    public static AggregationVariable typed(String name, Term domain) {
        return new AggregationVariable(name, Optional.of(domain));
    }
}
