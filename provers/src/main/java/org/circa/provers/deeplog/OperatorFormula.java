package org.circa.provers.deeplog;

import java.util.List;
import java.util.Objects;

/**
 * An operator applied to formulas, such as {@code and(φ, ψ)} or {@code times(φ, ψ)}; the name is
 * resolved against the algebra its operands share (see {@link FormulaOperators}). Immutable.
 */
public record OperatorFormula(String operator, List<Formula> operands) implements Formula {
    /** Copies the operand list. */
    public OperatorFormula {
        Objects.requireNonNull(operator, "operator");
        operands = List.copyOf(operands);
        if (operands.isEmpty()) {
            throw new IllegalArgumentException("operator " + operator + " needs operands");
        }
    }

    /** An application to the given operands. */
    public static OperatorFormula of(String operator, Formula... operands) {
        return new OperatorFormula(operator, List.of(operands));
    }

    @Override
    public String toString() {
        return print();
    }
}
