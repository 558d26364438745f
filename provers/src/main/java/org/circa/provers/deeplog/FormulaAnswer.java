package org.circa.provers.deeplog;

import java.util.Objects;

/** The value of a formula for one binding of its free variables, with the algebra it is in. Immutable. */
public record FormulaAnswer(Formula formula, Bindings bindings, double value, String algebra) {
    /** Checks the parts are present. */
    public FormulaAnswer {
        Objects.requireNonNull(formula, "formula");
        Objects.requireNonNull(bindings, "bindings");
        Objects.requireNonNull(algebra, "algebra");
    }

    /** {@code formula {X=a}:<TAB>value<TAB>algebra}, as {@code circa query} prints it. */
    public String line() {
        String b = bindings.values().isEmpty() ? "" : " " + bindings;
        return formula.print() + b + ":\t" + format(value) + "\t" + algebra;
    }

    /** A value with up to 10 significant digits, no trailing zeros; infinities and NaN by name. */
    public static String format(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.toString(v);
        }
        return org.circa.provers.Results.formatValue(v);
    }
}
