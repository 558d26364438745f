package org.circa.semirings;

/**
 * An algebra over real-valued labels: the roles zero, one, plus, times and, where the algebra
 * has them, negation and division. Implementations are immutable and thread-safe.
 */
public interface Algebra {
    /** The algebra's name as used in programs and on the command line, for example {@code probability}. */
    String name();

    /** The neutral element of plus (the value of false). */
    double zero();

    /** The neutral element of times (the value of true). */
    double one();

    /** The sum role (disjunction). */
    double plus(double a, double b);

    /** The product role (conjunction). */
    double times(double a, double b);

    /** The negation role (complement of a label); unsupported unless {@link #hasNegation()}. */
    default double negate(double a) {
        throw new UnsupportedOperationException(name() + " has no negation");
    }

    /** Whether {@link #negate} is defined. */
    default boolean hasNegation() {
        return false;
    }

    /** The division role ({@code a / b}), used for conditioning; unsupported unless {@link #hasDivision()}. */
    default double divide(double a, double b) {
        throw new UnsupportedOperationException(name() + " has no division");
    }

    /** Whether {@link #divide} is defined. */
    default boolean hasDivision() {
        return false;
    }

    /**
     * Whether correct values need a compiled circuit (deterministic, decomposable, smoothed), as
     * in weighted model counting; fuzzy algebras evaluate a formula directly and answer false.
     */
    boolean needsCompiledCircuit();

    /** Maps a probability label (a fact's annotation) into this algebra's values. */
    default double fromProbability(double p) {
        return p;
    }

    /** Maps a value of this algebra back to a probability-like number for printing. */
    default double toProbability(double v) {
        return v;
    }
}
