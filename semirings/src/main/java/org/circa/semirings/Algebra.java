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

    /** The primitive operation that {@link #plus} performs, so evaluators can run a specialised loop; {@link BinaryOp#GENERIC} calls {@link #plus}. */
    default BinaryOp plusOp() {
        return BinaryOp.GENERIC;
    }

    /** The primitive operation that {@link #times} performs; {@link BinaryOp#GENERIC} calls {@link #times}. */
    default BinaryOp timesOp() {
        return BinaryOp.GENERIC;
    }

    /** The floating-point type that evaluators store this algebra's values in. */
    default Precision precision() {
        return Precision.FLOAT64;
    }

    /**
     * Whether a compiled circuit must also be smoothed (every OR child mentions the same
     * variables) for correct values under arbitrary leaf weights, as for max-product.
     */
    default boolean needsSmoothing() {
        return false;
    }

    /** Whether times distributes over plus, so that the algebra is a semiring (checked by the contract tests). */
    default boolean isDistributive() {
        return true;
    }

    /** Whether {@link #negate} is an involution ({@code negate(negate(a)) == a}). */
    default boolean isNegationInvolutive() {
        return hasNegation();
    }

    /** The residuum (R-implication) {@code a → b}, the greatest c with {@code times(a, c) <= b}; unsupported unless {@link #hasResiduum()}. */
    default double residuum(double a, double b) {
        throw new UnsupportedOperationException(name() + " has no residuum");
    }

    /** Whether {@link #residuum} is defined. */
    default boolean hasResiduum() {
        return false;
    }

    /** The S-implication {@code plus(negate(a), b)}; needs negation. */
    default double sImplication(double a, double b) {
        return plus(negate(a), b);
    }

    /** The aggregator used for existential quantification (folds {@link #plus} unless the algebra says otherwise). */
    default Aggregator exists() {
        return Aggregators.foldPlus(this);
    }

    /** The aggregator used for universal quantification (folds {@link #times} unless the algebra says otherwise). */
    default Aggregator forall() {
        return Aggregators.foldTimes(this);
    }

    /** The aggregator that sums values with {@link #plus}. */
    default Aggregator sum() {
        return Aggregators.foldPlus(this);
    }
}
