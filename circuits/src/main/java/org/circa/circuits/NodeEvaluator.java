package org.circa.circuits;

import org.circa.semirings.Algebra;

/**
 * The straightforward evaluator: one pass over the nodes in topological order, one value per
 * node, batch size 1. The reference that faster evaluators are tested against. Stateless.
 */
public final class NodeEvaluator {
    private NodeEvaluator() {
    }

    /**
     * Values of every node; the label of literal {@code +v} is {@code pos[v]}, of {@code -v} is
     * {@code neg[v]} (arrays indexed 1..numVars).
     */
    public static double[] evaluateAll(Circuit c, Algebra algebra, double[] pos, double[] neg) {
        int n = c.size();
        double[] value = new double[n];
        int[] start = c.childStartArray();
        int[] kids = c.childArray();
        byte[] kinds = c.kindArray();
        int[] lits = c.literalArray();
        for (int i = 0; i < n; i++) {
            switch (NodeKind.values()[kinds[i]]) {
                case TRUE -> value[i] = algebra.one();
                case FALSE -> value[i] = algebra.zero();
                case LITERAL -> value[i] = lits[i] > 0 ? pos[lits[i]] : neg[-lits[i]];
                case AND -> {
                    double v = algebra.one();
                    for (int k = start[i]; k < start[i + 1]; k++) {
                        v = algebra.times(v, value[kids[k]]);
                    }
                    value[i] = v;
                }
                case OR -> {
                    double v = algebra.zero();
                    for (int k = start[i]; k < start[i + 1]; k++) {
                        v = algebra.plus(v, value[kids[k]]);
                    }
                    value[i] = v;
                }
            }
        }
        return value;
    }

    /** The value of each root, in root order. */
    public static double[] evaluateRoots(Circuit c, Algebra algebra, double[] pos, double[] neg) {
        double[] all = evaluateAll(c, algebra, pos, neg);
        double[] out = new double[c.rootCount()];
        for (int r = 0; r < out.length; r++) {
            out[r] = all[c.root(r)];
        }
        return out;
    }
}
