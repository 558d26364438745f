package org.circa.semirings;

/**
 * Max-product in log space (max, +) for most-probable explanations without underflow: values
 * are log-probabilities, zero is {@code −∞}. Needs a smoothed compiled circuit. Thread-safe.
 */
public final class LogMaxProductAlgebra implements Algebra {
    /** The shared instance. */
    public static final LogMaxProductAlgebra INSTANCE = new LogMaxProductAlgebra();

    private LogMaxProductAlgebra() {
    }

    @Override
    public String name() {
        return "logmaxproduct";
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
        return Math.max(a, b);
    }

    @Override
    public double times(double a, double b) {
        if (a == Double.NEGATIVE_INFINITY || b == Double.NEGATIVE_INFINITY) {
            return Double.NEGATIVE_INFINITY;
        }
        return a + b;
    }

    @Override
    public boolean needsCompiledCircuit() {
        return true;
    }

    @Override
    public boolean needsSmoothing() {
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
        return BinaryOp.MAX;
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
