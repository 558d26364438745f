package org.circa.provers.deeplog;

import java.util.List;
import java.util.Objects;
import org.circa.language.Term;

/**
 * An aggregation {@code op(X1, …, Xn; params): body} over the typed domains of its variables;
 * it binds everything to its right. Immutable.
 */
public record Aggregation(String aggregator, List<AggregationVariable> variables, List<Term> parameters,
        Formula body) implements Formula {
    /** Copies the lists. */
    public Aggregation {
        Objects.requireNonNull(aggregator, "aggregator");
        Objects.requireNonNull(body, "body");
        variables = List.copyOf(variables);
        parameters = List.copyOf(parameters);
        if (variables.isEmpty()) {
            throw new IllegalArgumentException("aggregation " + aggregator + " needs a variable");
        }
    }

    /** An aggregation without parameters. */
    public static Aggregation of(String aggregator, List<AggregationVariable> variables, Formula body) {
        return new Aggregation(aggregator, variables, List.of(), body);
    }

    /** The same aggregation over other variables and body (parameters kept). */
    public Aggregation with(List<AggregationVariable> vars, Formula newBody) {
        return new Aggregation(aggregator, vars, parameters, newBody);
    }

    @Override
    public String toString() {
        return print();
    }
}
