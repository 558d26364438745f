package org.circa.semirings;

/** The probability semiring (+, ×) over float64, with 1 − x negation and division. Thread-safe. */
public final class ProbabilityAlgebra implements Algebra {
    /** The shared instance. */
    public static final ProbabilityAlgebra INSTANCE = new ProbabilityAlgebra();

    private ProbabilityAlgebra() {
    }

    @Override
    public String name() {
        return "probability";
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
        return a + b;
    }

    @Override
    public double times(double a, double b) {
        return a * b;
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
    public BinaryOp plusOp() {
        return BinaryOp.ADD;
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
