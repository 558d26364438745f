package org.circa.provers.deeplog;

import org.circa.semirings.Algebra;
import org.circa.semirings.BinaryOp;

/**
 * The real numbers (+, ×) with additive inverse as negation and division: the algebra of sums
 * and Iverson brackets ({@code (φ)_real}). Evaluated directly. Missing from
 * {@code org.circa.semirings}, so defined here. Thread-safe.
 */
public final class RealAlgebra implements Algebra {
    /** The shared instance. */
    public static final RealAlgebra INSTANCE = new RealAlgebra();

    private RealAlgebra() {
    }

    @Override
    public String name() {
        return "real";
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

    /** The additive inverse {@code −a}. */
    @Override
    public double negate(double a) {
        return -a;
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
        return false;
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
