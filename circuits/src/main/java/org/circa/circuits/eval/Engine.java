package org.circa.circuits.eval;

import org.circa.circuits.plan.CircuitPlan;

/** One evaluator over a slice of batch columns, with its own value array. Mutable, single-threaded. */
interface Engine {
    /** Fills the leaves from columns {@code col..col+width} of the weights and evaluates every gate. */
    void forward(LeafWeights weights, int col);

    /** Copies the root rows into {@code out[root][col..col+width]}. */
    void readRoots(double[][] out, int col);

    /**
     * After {@link #forward}: the gradient of {@code Σ seed[root][b] · root[b]} with respect to every
     * literal label, written into {@code grads} at columns {@code col..col+width}.
     */
    void backward(double[][] seed, LeafWeights grads, int col);

    /** Bytes held by this engine's arrays. */
    long bytes();

    /** Whether each row is an AND gate (false for leaves and OR gates). */
    static boolean[] rowIsAnd(CircuitPlan plan) {
        boolean[] and = new boolean[plan.rows()];
        for (int grp = 0; grp < plan.groups(); grp++) {
            if (plan.groupIsAnd(grp)) {
                for (int r = plan.groupStart(grp); r < plan.groupStart(grp + 1); r++) {
                    and[r] = true;
                }
            }
        }
        return and;
    }

    /** Whether each row is a root. */
    static boolean[] isRoot(CircuitPlan plan) {
        boolean[] root = new boolean[plan.rows()];
        for (int i = 0; i < plan.rootCount(); i++) {
            root[plan.rootRow(i)] = true;
        }
        return root;
    }
}
