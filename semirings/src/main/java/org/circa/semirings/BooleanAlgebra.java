package org.circa.semirings;

/** The Boolean semiring ({0, 1}, or = max, and = min) with complement negation. Thread-safe. */
public final class BooleanAlgebra implements Algebra {
    /** The shared instance. */
    public static final BooleanAlgebra INSTANCE = new BooleanAlgebra();

    private BooleanAlgebra() {
    }

    @Override
    public String name() {
        return "boolean";
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
        return Math.min(a, b);
    }

    @Override
    public double negate(double a) {
        return 1.0 - a;
    }

    @Override
    public boolean hasNegation() {
        return true;
    }

    @Override
    public double residuum(double a, double b) {
        return a <= b ? 1.0 : 0.0;
    }

    @Override
    public boolean hasResiduum() {
        return true;
    }

    @Override
    public boolean needsCompiledCircuit() {
        return false;
    }

    /** A fact is true when it is possible: any positive probability maps to 1. */
    @Override
    public double fromProbability(double p) {
        return p > 0 ? 1.0 : 0.0;
    }

    @Override
    public BinaryOp plusOp() {
        return BinaryOp.MAX;
    }

    @Override
    public BinaryOp timesOp() {
        return BinaryOp.MIN;
    }

    @Override
    public String toString() {
        return name();
    }
}
