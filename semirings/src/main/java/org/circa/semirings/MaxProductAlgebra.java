package org.circa.semirings;

/**
 * The max-product (Viterbi) semiring for most-probable explanations: plus is max, times is
 * product, over probabilities. Needs a smoothed compiled circuit. Thread-safe.
 */
public final class MaxProductAlgebra implements Algebra {
    /** The shared instance. */
    public static final MaxProductAlgebra INSTANCE = new MaxProductAlgebra();

    private MaxProductAlgebra() {
    }

    @Override
    public String name() {
        return "maxproduct";
    }

    @Override
    public double zero() {
        return 0.0;
    }

    @Override
    public double one() {
        return 1.0;
    }

    @Override
    public double plus(double a, double b) {
        return Math.max(a, b);
    }

    @Override
    public double times(double a, double b) {
        return a * b;
    }

    @Override
    public double divide(double a, double b) {
        return a / b;
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
    public boolean needsSmoothing() {
        return true;
    }

    @Override
    public BinaryOp plusOp() {
        return BinaryOp.MAX;
    }

    @Override
    public BinaryOp timesOp() {
        return BinaryOp.MUL;
    }

    @Override
    public String toString() {
        return name();
    }
}
