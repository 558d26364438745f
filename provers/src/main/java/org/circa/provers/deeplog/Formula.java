package org.circa.provers.deeplog;

/**
 * A DeepLog formula: an algebraic atom, an operator application, a cast or an aggregation.
 * Formulas are immutable values; atoms hold {@link org.circa.language.Term}s whose variables are
 * compared by name, so build formulas from fresh terms (never bound by an engine).
 */
public sealed interface Formula permits AtomFormula, OperatorFormula, CastFormula, Aggregation {

    /** The DeepLog text of this formula, which parses back to the same formula. */
    default String print() {
        return FormulaPrinter.print(this);
    }
}
