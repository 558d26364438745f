package org.circa.circuits.eval;

import org.circa.circuits.plan.CircuitPlan;
import org.circa.semirings.Algebra;

/**
 * The forward pass for algebras without primitive operations (user algebras): scalar loops that
 * call {@link Algebra#plus} and {@link Algebra#times}, in float64. Mutable, single-threaded.
 */
final class GenericEngine implements Engine {
    private final CircuitPlan plan;
    private final Algebra algebra;
    private final int width;
    private final double[] v;

    GenericEngine(CircuitPlan plan, Algebra algebra, int width) {
        this.plan = plan;
        this.algebra = algebra;
        this.width = width;
        this.v = new double[Math.multiplyExact(plan.rows(), width)];
    }

    @Override
    public void forward(LeafWeights w, int col) {
        final int W = width;
        int leaves = plan.leafCount();
        for (int r = 0; r < leaves; r++) {
            switch (plan.leafKind(r)) {
                case CircuitPlan.LEAF_LITERAL -> System.arraycopy(w.literal(plan.leafLiteral(r)), col, v, r * W, W);
                case CircuitPlan.LEAF_TRUE -> java.util.Arrays.fill(v, r * W, r * W + W, algebra.one());
                default -> java.util.Arrays.fill(v, r * W, r * W + W, algebra.zero());
            }
        }
        int[] childStart = plan.childStartArray();
        int[] children = plan.childArray();
        for (int grp = 0; grp < plan.groups(); grp++) {
            boolean and = plan.groupIsAnd(grp);
            for (int r = plan.groupStart(grp); r < plan.groupStart(grp + 1); r++) {
                int e0 = childStart[r - leaves];
                int e1 = childStart[r - leaves + 1];
                for (int b = 0; b < W; b++) {
                    double acc = and ? algebra.one() : algebra.zero();
                    for (int e = e0; e < e1; e++) {
                        double x = v[children[e] * W + b];
                        acc = and ? algebra.times(acc, x) : algebra.plus(acc, x);
                    }
                    v[r * W + b] = acc;
                }
            }
        }
    }

    @Override
    public void readRoots(double[][] out, int col) {
        for (int i = 0; i < plan.rootCount(); i++) {
            System.arraycopy(v, plan.rootRow(i) * width, out[i], col, width);
        }
    }

    @Override
    public void backward(double[][] seed, LeafWeights grads, int col) {
        throw new UnsupportedOperationException("the backward pass needs an algebra with primitive operations; "
                + algebra.name() + " has generic ones");
    }

    @Override
    public long bytes() {
        return 8L * v.length;
    }
}
