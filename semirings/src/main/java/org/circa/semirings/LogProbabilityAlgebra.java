package org.circa.semirings;

/**
 * The log-probability semiring: values are natural logs of probabilities, plus is a stable
 * log-sum-exp, times is addition, zero is {@code −∞}; negation is log1mexp and division is
 * subtraction. No operation turns {@code −∞} into NaN. Thread-safe.
 */
public final class LogProbabilityAlgebra implements Algebra {
    /** The shared instance. */
    public static final LogProbabilityAlgebra INSTANCE = new LogProbabilityAlgebra();

    private LogProbabilityAlgebra() {
    }

    @Override
    public String name() {
        return "logprobability";
    }

    @Override
    public double zero() {
        return Double.NEGATIVE_INFINITY;
    }

    @Override
    public double one() {
        return 0.0;
    }

    @Override
    public double plus(double a, double b) {
        return LogMath.logAddExp(a, b);
    }

    @Override
    public double times(double a, double b) {
        if (a == Double.NEGATIVE_INFINITY || b == Double.NEGATIVE_INFINITY) {
            return Double.NEGATIVE_INFINITY;
        }
        return a + b;
    }

    @Override
    public double negate(double a) {
        return LogMath.log1mexp(a);
    }

    @Override
    public boolean hasNegation() {
        return true;
    }

    @Override
    public double divide(double a, double b) {
        if (a == Double.NEGATIVE_INFINITY) {
            return Double.NEGATIVE_INFINITY;
        }
        return a - b;
    }

    @Override
    public boolean hasDivision() {
        return true;
    }

    @Override
    public boolean needsCompiledCircuit() {
        return true;
    }

    @Override
    public double fromProbability(double p) {
        return Math.log(p);
    }

    @Override
    public double toProbability(double v) {
        return Math.exp(v);
    }

    @Override
    public BinaryOp plusOp() {
        return BinaryOp.LOG_ADD_EXP;
    }

    @Override
    public BinaryOp timesOp() {
        return BinaryOp.ADD;
    }

    @Override
    public String toString() {
        return name();
    }
}
