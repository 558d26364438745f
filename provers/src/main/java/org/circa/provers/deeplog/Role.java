package org.circa.provers.deeplog;

/**
 * The algebra role an operator performs, so that compilation (and→times, or→plus, not→negate)
 * and lifting can reason about operators by role rather than by name. Immutable.
 */
public enum Role {
    /** The product role: {@code and} in logics, {@code times} elsewhere. */
    TIMES,
    /** The sum role: {@code or} in logics, {@code plus} elsewhere. */
    PLUS,
    /** Negation: {@code not} or {@code negate}. */
    NEGATE,
    /** Division: {@code divide}. */
    DIVIDE,
    /** Implication: {@code implies} (the residuum, or the S-implication). */
    IMPLIES,
    /** A user operator without a role. */
    OTHER
}
