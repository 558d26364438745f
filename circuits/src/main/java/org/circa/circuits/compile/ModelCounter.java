package org.circa.circuits.compile;

import java.math.BigInteger;
import java.util.BitSet;
import org.circa.circuits.Circuit;
import org.circa.circuits.NodeKind;

/**
 * Exact and weighted model counting on deterministic, decomposable circuits that need not be
 * smooth: variables absent from a branch are counted as free there. Stateless and thread-safe.
 */
public final class ModelCounter {
    private ModelCounter() {
    }

    /**
     * The number of assignments to variables {@code 1..numVars} that satisfy the circuit below
     * {@code root}. Computed exactly as {@code 2^numVars} times the probability of the circuit
     * when every literal has weight 1/2, with dyadic rationals.
     */
    public static BigInteger count(Circuit c, int root, int numVars) {
        boolean[] reached = Reachable.from(c, root);
        DyadicValues values = new DyadicValues(root + 1);
        for (int n = 0; n <= root; n++) {
            if (!reached[n]) {
                continue;
            }
            switch (c.kind(n)) {
                case TRUE -> values.set(n, 1, 0);
                case FALSE -> values.set(n, 0, 0);
                case LITERAL -> {
                    if (Math.abs(c.literal(n)) > numVars) {
                        throw new IllegalArgumentException("literal " + c.literal(n)
                                + " is outside 1.." + numVars);
                    }
                    values.set(n, 1, 1);
                }
                case AND -> values.product(n, c.children(n));
                case OR -> values.sum(n, c.children(n));
            }
        }
        if (values.scale(root) > numVars) {
            throw new IllegalStateException("node " + root + " has probability "
                    + values.mantissa(root) + "/2^" + values.scale(root) + ", which no count over " + numVars
                    + " variables gives: the circuit is not deterministic and decomposable");
        }
        return values.mantissa(root).shiftLeft(numVars - values.scale(root));
    }

    /**
     * The weighted model count over variables {@code 1..pos.length-1}: the sum over satisfying
     * assignments of the product of their literal weights ({@code pos[v]} for {@code +v},
     * {@code neg[v]} for {@code -v}), counting variables absent from a branch with factor
     * {@code pos[v] + neg[v]}.
     */
    public static double weightedCount(Circuit c, int root, double[] pos, double[] neg) {
        if (pos.length != neg.length) {
            throw new IllegalArgumentException("pos and neg weights differ in length");
        }
        int numVars = pos.length - 1;
        double[] p = new double[numVars + 1];
        double[] q = new double[numVars + 1];
        double factor = 1.0;
        for (int v = 1; v <= numVars; v++) {
            double sum = pos[v] + neg[v];
            if (sum == 0 || !Double.isFinite(sum)) {
                return smoothedWeightedCount(c, root, pos, neg);
            }
            p[v] = pos[v] / sum;
            q[v] = neg[v] / sum;
            factor *= sum;
        }
        return factor * unsmoothed(c, root, p, q, Reachable.from(c, root));
    }

    private static double unsmoothed(Circuit c, int root, double[] pos, double[] neg,
            boolean[] reached) {
        double[] value = new double[root + 1];
        for (int n = 0; n <= root; n++) {
            if (!reached[n]) {
                continue;
            }
            value[n] = switch (c.kind(n)) {
                case TRUE -> 1.0;
                case FALSE -> 0.0;
                case LITERAL -> literalWeight(c.literal(n), pos, neg);
                case AND -> {
                    double v = 1.0;
                    for (int i = 0; i < c.childCount(n); i++) {
                        v *= value[c.child(n, i)];
                    }
                    yield v;
                }
                case OR -> {
                    double v = 0.0;
                    for (int i = 0; i < c.childCount(n); i++) {
                        v += value[c.child(n, i)];
                    }
                    yield v;
                }
            };
        }
        return value[root];
    }

    private static double literalWeight(int lit, double[] pos, double[] neg) {
        int v = Math.abs(lit);
        if (v >= pos.length) {
            throw new IllegalArgumentException("no weight for literal " + lit);
        }
        return lit > 0 ? pos[v] : neg[v];
    }

    /** Weighted count with explicit smoothing from per-node variable sets (any weights). */
    private static double smoothedWeightedCount(Circuit c, int root, double[] pos, double[] neg) {
        boolean[] reached = Reachable.from(c, root);
        BitSet[] vars = VariableSets.of(c, root, reached);
        double[] value = new double[root + 1];
        for (int n = 0; n <= root; n++) {
            if (!reached[n]) {
                continue;
            }
            if (c.kind(n) == NodeKind.OR) {
                double v = 0.0;
                for (int i = 0; i < c.childCount(n); i++) {
                    int k = c.child(n, i);
                    v += value[k] * freeFactor(vars[n], vars[k], pos, neg);
                }
                value[n] = v;
            } else if (c.kind(n) == NodeKind.AND) {
                double v = 1.0;
                for (int i = 0; i < c.childCount(n); i++) {
                    v *= value[c.child(n, i)];
                }
                value[n] = v;
            } else {
                value[n] = c.kind(n) == NodeKind.TRUE ? 1.0 : c.kind(n) == NodeKind.FALSE ? 0.0
                        : literalWeight(c.literal(n), pos, neg);
            }
        }
        BitSet all = new BitSet();
        all.set(1, pos.length);
        return value[root] * freeFactor(all, vars[root], pos, neg);
    }

    private static double freeFactor(BitSet outer, BitSet inner, double[] pos, double[] neg) {
        double f = 1.0;
        for (int v = outer.nextSetBit(0); v >= 0; v = outer.nextSetBit(v + 1)) {
            if (!inner.get(v)) {
                f *= pos[v] + neg[v];
            }
        }
        return f;
    }
}
