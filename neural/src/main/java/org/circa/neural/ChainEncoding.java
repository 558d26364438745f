package org.circa.neural;

/**
 * The chain encoding of a categorical distribution p over k classes as k independent Booleans:
 * {@code q_i = p_i / (p_i + … + p_k)}, so that "class i" is {@code q_i ∧ ¬q_1 ∧ … ∧ ¬q_{i−1}}; and
 * the chain rule back from dL/dq to dL/dp. A single output (k = 1) is its own probability.
 * Stateless.
 */
final class ChainEncoding {
    private static final double TINY = 1e-300;

    private ChainEncoding() {
    }

    /** The conditional probabilities q of the chain, from unnormalised class scores p. */
    static double[] conditionals(double[] p) {
        int k = p.length;
        double[] q = new double[k];
        if (k == 1) {
            q[0] = p[0];
            return q;
        }
        double tail = 0;
        for (int i = k - 1; i >= 0; i--) {
            tail += p[i];
            q[i] = tail > TINY ? p[i] / tail : (i == k - 1 ? 1.0 : 0.0);
        }
        return q;
    }

    /** dL/dp from dL/dq, for the map {@link #conditionals}. */
    static double[] backward(double[] p, double[] dq) {
        int k = p.length;
        double[] dp = new double[k];
        if (k == 1) {
            dp[0] = dq[0];
            return dp;
        }
        double[] tail = new double[k];
        double t = 0;
        for (int i = k - 1; i >= 0; i--) {
            t += p[i];
            tail[i] = t;
        }
        double running = 0; // Σ_{i ≤ j} dq_i · p_i / S_i²
        for (int j = 0; j < k; j++) {
            if (tail[j] > TINY) {
                running += dq[j] * p[j] / (tail[j] * tail[j]);
                dp[j] = dq[j] / tail[j] - running;
            } else {
                dp[j] = -running;
            }
        }
        return dp;
    }
}
