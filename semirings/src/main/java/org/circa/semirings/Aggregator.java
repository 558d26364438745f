package org.circa.semirings;

/** Reduces a run of values to one (a quantifier or a sum); implementations are immutable and thread-safe. */
@FunctionalInterface
public interface Aggregator {
    /** Aggregates {@code values[from..to)}; an empty range gives the aggregator's neutral value. */
    double aggregate(double[] values, int from, int to);

    /** Aggregates all values. */
    default double aggregate(double... values) {
        return aggregate(values, 0, values.length);
    }
}
