package org.circa.semirings;

/** The three basic continuous t-norms of fuzzy logic, with their dual t-conorms and residua. Immutable. */
public enum TNorm {
    /** Gödel: min and max; residuum {@code a ≤ b ? 1 : b}; S-implication Kleene-Dienes. */
    GODEL("godel", BinaryOp.MIN, BinaryOp.MAX),
    /** Product: a·b and the probabilistic sum; residuum Goguen {@code a ≤ b ? 1 : b/a}; S-implication Reichenbach. */
    PRODUCT("product", BinaryOp.MUL, BinaryOp.PROBABILISTIC_SUM),
    /** Łukasiewicz: bounded difference and bounded sum; residuum {@code min(1, 1 − a + b)}. */
    LUKASIEWICZ("lukasiewicz", BinaryOp.BOUNDED_DIFFERENCE, BinaryOp.BOUNDED_SUM);

    private final String algebraName;
    private final BinaryOp tNorm;
    private final BinaryOp tConorm;

    TNorm(String algebraName, BinaryOp tNorm, BinaryOp tConorm) {
        this.algebraName = algebraName;
        this.tNorm = tNorm;
        this.tConorm = tConorm;
    }

    /** The name of the fuzzy algebra built on this t-norm. */
    public String algebraName() {
        return algebraName;
    }

    /** The t-norm (conjunction) as a primitive operation. */
    public BinaryOp tNorm() {
        return tNorm;
    }

    /** The dual t-conorm (disjunction) under the standard negation {@code 1 − x}. */
    public BinaryOp tConorm() {
        return tConorm;
    }

    /** The residuum {@code a → b}: the greatest c with {@code T(a, c) ≤ b}. */
    public double residuum(double a, double b) {
        if (a <= b) {
            return 1.0;
        }
        return switch (this) {
            case GODEL -> b;
            case PRODUCT -> b / a;
            case LUKASIEWICZ -> Math.min(1.0, 1.0 - a + b);
        };
    }
}
