package org.circa.provers.deeplog;

/** The value of an operator applied to operand values; implementations are stateless and thread-safe. */
@FunctionalInterface
public interface OperatorFunction {
    /** Applies the operator (the array is not kept). */
    double apply(double[] operands);
}
