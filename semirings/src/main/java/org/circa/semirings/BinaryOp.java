package org.circa.semirings;

/**
 * The primitive binary operations that built-in algebras use for plus and times, so that an
 * evaluator can switch once per gate group to a specialised primitive loop. Immutable.
 */
public enum BinaryOp {
    /** {@code a + b}. */
    ADD,
    /** {@code a × b}. */
    MUL,
    /** {@code max(a, b)}. */
    MAX,
    /** {@code min(a, b)}. */
    MIN,
    /** {@code log(e^a + e^b)}, stable, with {@code −∞} as the neutral element and no NaN. */
    LOG_ADD_EXP,
    /** The probabilistic sum {@code a + b − a·b}. */
    PROBABILISTIC_SUM,
    /** The bounded (Łukasiewicz) sum {@code min(1, a + b)}. */
    BOUNDED_SUM,
    /** The Łukasiewicz t-norm {@code max(0, a + b − 1)}. */
    BOUNDED_DIFFERENCE,
    /** Not a primitive: evaluators call the algebra's own method. */
    GENERIC;

    /** Applies the operation to two float64 values; throws for {@link #GENERIC}. */
    public double apply(double a, double b) {
        return switch (this) {
            case ADD -> a + b;
            case MUL -> a * b;
            case MAX -> Math.max(a, b);
            case MIN -> Math.min(a, b);
            case LOG_ADD_EXP -> LogMath.logAddExp(a, b);
            case PROBABILISTIC_SUM -> a + b - a * b;
            case BOUNDED_SUM -> Math.min(1.0, a + b);
            case BOUNDED_DIFFERENCE -> Math.max(0.0, a + b - 1.0);
            case GENERIC -> throw new UnsupportedOperationException("GENERIC has no primitive form");
        };
    }

    /** Applies the operation to two float32 values, in float32 arithmetic. */
    public float apply(float a, float b) {
        return switch (this) {
            case ADD -> a + b;
            case MUL -> a * b;
            case MAX -> Math.max(a, b);
            case MIN -> Math.min(a, b);
            case LOG_ADD_EXP -> (float) LogMath.logAddExp(a, b);
            case PROBABILISTIC_SUM -> a + b - a * b;
            case BOUNDED_SUM -> Math.min(1f, a + b);
            case BOUNDED_DIFFERENCE -> Math.max(0f, a + b - 1f);
            case GENERIC -> throw new UnsupportedOperationException("GENERIC has no primitive form");
        };
    }

    /**
     * The partial derivative of {@code result = op(..., x, ...)} with respect to one operand
     * {@code x}, given the result and {@code others}, the operation folded over the remaining
     * operands ({@link #MUL}, {@link #PROBABILISTIC_SUM} use it; the others need only x and the result).
     */
    public double partial(double x, double result, double others) {
        return switch (this) {
            case ADD -> 1.0;
            case MUL -> others;
            case MAX, MIN -> x == result ? 1.0 : 0.0;
            case LOG_ADD_EXP -> result == Double.NEGATIVE_INFINITY ? 0.0 : Math.exp(x - result);
            case PROBABILISTIC_SUM -> 1.0 - others;
            case BOUNDED_SUM -> result < 1.0 ? 1.0 : 0.0;
            case BOUNDED_DIFFERENCE -> result > 0.0 ? 1.0 : 0.0;
            case GENERIC -> throw new UnsupportedOperationException("GENERIC has no derivative");
        };
    }
}
