package org.circa.neural;

import java.util.Objects;
import org.circa.grammar.ProgramParser;
import org.circa.language.Term;

/**
 * One training or test example: a ground query atom, the probability it should have (1 for a
 * positive example) and the weight of its loss term. Immutable.
 */
public record Example(Term query, double target, double weight) {

    /** Validates the target and weight. */
    public Example {
        Objects.requireNonNull(query, "query");
        if (!(target >= 0 && target <= 1)) {
            throw new IllegalArgumentException("target must be a probability, got " + target);
        }
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("weight must be finite and non-negative, got " + weight);
        }
    }

    /** A positive example (target 1, weight 1). */
    public static Example of(Term query) {
        return new Example(query, 1.0, 1.0);
    }

    /** A positive example parsed from text such as {@code addition(img(train,1), img(train,2), 7)}. */
    public static Example of(String query) {
        return of(ProgramParser.parseTerm(query));
    }

    /** This example with another loss weight. */
    public Example withWeight(double w) {
        return new Example(query, target, w);
    }
}
