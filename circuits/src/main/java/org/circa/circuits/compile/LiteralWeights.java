package org.circa.circuits.compile;

/**
 * Weights of the literals of variables {@code 1..numVars}: {@code pos[v]} for {@code +v} and
 * {@code neg[v]} for {@code -v} (index 0 unused). Immutable by contract (the arrays are not
 * copied; do not modify them after construction).
 *
 * @param pos weight of each positive literal
 * @param neg weight of each negative literal
 */
public record LiteralWeights(double[] pos, double[] neg) {
    /** Checks that both arrays have the same length, at least 1. */
    public LiteralWeights {
        if (pos.length != neg.length || pos.length == 0) {
            throw new IllegalArgumentException("weight arrays must have equal length numVars+1");
        }
    }

    /** Number of variables covered. */
    public int numVars() {
        return pos.length - 1;
    }
}
