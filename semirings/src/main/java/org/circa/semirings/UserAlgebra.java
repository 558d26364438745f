package org.circa.semirings;

import java.util.Objects;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * A user-defined algebra from Java functions, for algebras without their own class; evaluators
 * call the functions through the generic path. Immutable and thread-safe when the functions are.
 * Implementing {@link Algebra} directly (and listing the class for {@link java.util.ServiceLoader})
 * is the alternative that also lets {@link Algebras#byName} find it.
 */
public final class UserAlgebra implements Algebra {
    private final String name;
    private final double zero;
    private final double one;
    private final DoubleBinaryOperator plus;
    private final DoubleBinaryOperator times;
    private final DoubleUnaryOperator negation;
    private final boolean needsCompiledCircuit;

    private UserAlgebra(String name, double zero, double one, DoubleBinaryOperator plus,
            DoubleBinaryOperator times, DoubleUnaryOperator negation, boolean needsCompiledCircuit) {
        this.name = Objects.requireNonNull(name, "name");
        this.zero = zero;
        this.one = one;
        this.plus = Objects.requireNonNull(plus, "plus");
        this.times = Objects.requireNonNull(times, "times");
        this.negation = negation;
        this.needsCompiledCircuit = needsCompiledCircuit;
    }

    /** An algebra without negation. */
    public static UserAlgebra of(String name, double zero, double one, DoubleBinaryOperator plus,
            DoubleBinaryOperator times, boolean needsCompiledCircuit) {
        return new UserAlgebra(name, zero, one, plus, times, null, needsCompiledCircuit);
    }

    /** The same algebra with a negation role. */
    public UserAlgebra withNegation(DoubleUnaryOperator negate) {
        return new UserAlgebra(name, zero, one, plus, times, Objects.requireNonNull(negate, "negate"),
                needsCompiledCircuit);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public double zero() {
        return zero;
    }

    @Override
    public double one() {
        return one;
    }

    @Override
    public double plus(double a, double b) {
        return plus.applyAsDouble(a, b);
    }

    @Override
    public double times(double a, double b) {
        return times.applyAsDouble(a, b);
    }

    @Override
    public double negate(double a) {
        if (negation == null) {
            return Algebra.super.negate(a);
        }
        return negation.applyAsDouble(a);
    }

    @Override
    public boolean hasNegation() {
        return negation != null;
    }

    @Override
    public boolean needsCompiledCircuit() {
        return needsCompiledCircuit;
    }

    @Override
    public String toString() {
        return name;
    }
}
