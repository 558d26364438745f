package org.circa.circuits.eval;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.circa.circuits.plan.CircuitPlan;
import org.circa.semirings.Algebra;
import org.circa.semirings.BinaryOp;

/**
 * {@link FloatEngine} in float32: the same passes and loops over float arrays (generated from
 * that file: keep them in step). Mutable, confined to one thread at a time.
 */
final class FloatEngine implements Engine {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final float NEG_INF = Float.NEGATIVE_INFINITY;

    private final CircuitPlan plan;
    private final int width;
    private final int leaves;
    private final BinaryOp plus;
    private final BinaryOp times;
    private final float zero;
    private final float one;
    private final float[] v;
    private final boolean[] rowIsAnd;
    private final int[] childStart;
    private final int[] children;
    private float[] g;
    private float[] scratch;

    FloatEngine(CircuitPlan plan, Algebra algebra, int width) {
        this.plan = plan;
        this.width = width;
        this.leaves = plan.leafCount();
        this.plus = algebra.plusOp();
        this.times = algebra.timesOp();
        this.zero = (float) algebra.zero();
        this.one = (float) algebra.one();
        this.v = new float[Math.multiplyExact(plan.rows(), width)];
        this.rowIsAnd = Engine.rowIsAnd(plan);
        this.childStart = plan.childStartArray();
        this.children = plan.childArray();
    }

    @Override
    public long bytes() {
        return 4L * v.length + (g == null ? 0 : 4L * g.length + 4L * scratch.length);
    }

    @Override
    public void forward(LeafWeights w, int col) {
        final int W = width;
        for (int r = 0; r < leaves; r++) {
            switch (plan.leafKind(r)) {
                case CircuitPlan.LEAF_LITERAL -> load(w.literal(plan.leafLiteral(r)), col, r * W);
                case CircuitPlan.LEAF_TRUE -> java.util.Arrays.fill(v, r * W, r * W + W, one);
                default -> java.util.Arrays.fill(v, r * W, r * W + W, zero);
            }
        }
        for (int grp = 0; grp < plan.groups(); grp++) {
            BinaryOp op = plan.groupIsAnd(grp) ? times : plus;
            int from = plan.groupStart(grp);
            int to = plan.groupStart(grp + 1);
            if (plan.groupFanIn2(grp)) {
                for (int r = from; r < to; r++) {
                    int e = childStart[r - leaves];
                    binary(op, r * W, children[e] * W, children[e + 1] * W);
                }
            } else {
                for (int r = from; r < to; r++) {
                    gate(op, r, childStart[r - leaves], childStart[r - leaves + 1]);
                }
            }
        }
    }

    private void gate(BinaryOp op, int r, int e0, int e1) {
        final int W = width;
        int d = r * W;
        if (e1 == e0) {
            java.util.Arrays.fill(v, d, d + W, rowIsAnd[r] ? one : zero);
        } else if (e1 - e0 == 1) {
            System.arraycopy(v, children[e0] * W, v, d, W);
        } else {
            binary(op, d, children[e0] * W, children[e0 + 1] * W);
            for (int e = e0 + 2; e < e1; e++) {
                binary(op, d, d, children[e] * W);
            }
        }
    }

    private void load(double[] src, int col, int d) {
        for (int b = 0; b < width; b++) {
            v[d + b] = (float) src[col + b];
        }
    }

    @Override
    public void readRoots(double[][] out, int col) {
        for (int i = 0; i < plan.rootCount(); i++) {
            int base = plan.rootRow(i) * width;
            for (int b = 0; b < width; b++) {
                out[i][col + b] = v[base + b];
            }
        }
    }

    /** v[d..] = op(v[a..], v[b..]) over the slice's columns. */
    private void binary(BinaryOp op, int d, int a, int b) {
        final float[] v = this.v;
        final int W = width;
        int i = 0;
        int up = S.loopBound(W);
        switch (op) {
            case ADD -> {
                for (; i < up; i += S.length()) {
                    FloatVector.fromArray(S, v, a + i).add(FloatVector.fromArray(S, v, b + i)).intoArray(v, d + i);
                }
                for (; i < W; i++) {
                    v[d + i] = v[a + i] + v[b + i];
                }
            }
            case MUL -> {
                for (; i < up; i += S.length()) {
                    FloatVector.fromArray(S, v, a + i).mul(FloatVector.fromArray(S, v, b + i)).intoArray(v, d + i);
                }
                for (; i < W; i++) {
                    v[d + i] = v[a + i] * v[b + i];
                }
            }
            case MAX -> {
                for (; i < up; i += S.length()) {
                    FloatVector.fromArray(S, v, a + i).max(FloatVector.fromArray(S, v, b + i)).intoArray(v, d + i);
                }
                for (; i < W; i++) {
                    v[d + i] = Math.max(v[a + i], v[b + i]);
                }
            }
            case MIN -> {
                for (; i < up; i += S.length()) {
                    FloatVector.fromArray(S, v, a + i).min(FloatVector.fromArray(S, v, b + i)).intoArray(v, d + i);
                }
                for (; i < W; i++) {
                    v[d + i] = Math.min(v[a + i], v[b + i]);
                }
            }
            case LOG_ADD_EXP -> {
                for (; i < up; i += S.length()) {
                    FloatVector x = FloatVector.fromArray(S, v, a + i);
                    FloatVector y = FloatVector.fromArray(S, v, b + i);
                    FloatVector m = x.max(y);
                    FloatVector r = m.add(x.min(y).sub(m).lanewise(VectorOperators.EXP).lanewise(VectorOperators.LOG1P));
                    r.blend(m, m.compare(VectorOperators.EQ, NEG_INF)).intoArray(v, d + i);
                }
                for (; i < W; i++) {
                    v[d + i] = logAddExp(v[a + i], v[b + i]);
                }
            }
            case PROBABILISTIC_SUM -> {
                for (; i < up; i += S.length()) {
                    FloatVector x = FloatVector.fromArray(S, v, a + i);
                    FloatVector y = FloatVector.fromArray(S, v, b + i);
                    x.add(y).sub(x.mul(y)).intoArray(v, d + i);
                }
                for (; i < W; i++) {
                    v[d + i] = v[a + i] + v[b + i] - v[a + i] * v[b + i];
                }
            }
            case BOUNDED_SUM -> {
                for (; i < up; i += S.length()) {
                    FloatVector.fromArray(S, v, a + i).add(FloatVector.fromArray(S, v, b + i)).min(1).intoArray(v, d + i);
                }
                for (; i < W; i++) {
                    v[d + i] = Math.min(1, v[a + i] + v[b + i]);
                }
            }
            case BOUNDED_DIFFERENCE -> {
                for (; i < up; i += S.length()) {
                    FloatVector.fromArray(S, v, a + i).add(FloatVector.fromArray(S, v, b + i)).sub(1).max(0).intoArray(v, d + i);
                }
                for (; i < W; i++) {
                    v[d + i] = Math.max(0, v[a + i] + v[b + i] - 1);
                }
            }
            case GENERIC -> throw new IllegalStateException("GENERIC operations take the generic engine");
        }
    }

    private static float logAddExp(float x, float y) {
        float m = Math.max(x, y);
        return m == NEG_INF ? m : m + (float) Math.log1p(Math.exp(Math.min(x, y) - m));
    }

    @Override
    public void backward(double[][] seed, LeafWeights grads, int col) {
        final int W = width;
        if (g == null) {
            g = new float[v.length];
            scratch = new float[W];
        }
        java.util.Arrays.fill(g, 0);
        for (int i = 0; i < plan.rootCount(); i++) {
            int base = plan.rootRow(i) * W;
            for (int b = 0; b < W; b++) {
                g[base + b] += (float) seed[i][col + b];
            }
        }
        int[] parentStart = plan.parentStartArray();
        int[] parentEdge = plan.parentEdgeArray();
        int[] edgeParent = plan.edgeParentArray();
        for (int r = plan.rows() - 1; r >= 0; r--) {
            for (int k = parentStart[r]; k < parentStart[r + 1]; k++) {
                int e = parentEdge[k];
                int p = edgeParent[e];
                BinaryOp op = rowIsAnd[p] ? times : plus;
                accumulate(op, r, p, e, childStart[p - leaves], childStart[p - leaves + 1]);
            }
            if (r < leaves && plan.leafKind(r) == CircuitPlan.LEAF_LITERAL) {
                double[] out = grads.literal(plan.leafLiteral(r));
                for (int b = 0; b < W; b++) {
                    out[col + b] = g[r * W + b];
                }
            }
        }
    }

    /** g[r] += g[p] · ∂p/∂r for the edge e from parent p (children e0..e1) to r. */
    private void accumulate(BinaryOp op, int r, int p, int e, int e0, int e1) {
        final float[] v = this.v;
        final float[] g = this.g;
        final int W = width;
        int dr = r * W;
        int dp = p * W;
        int i = 0;
        int up = S.loopBound(W);
        switch (op) {
            case ADD -> {
                for (; i < up; i += S.length()) {
                    FloatVector.fromArray(S, g, dr + i).add(FloatVector.fromArray(S, g, dp + i)).intoArray(g, dr + i);
                }
                for (; i < W; i++) {
                    g[dr + i] += g[dp + i];
                }
            }
            case MUL, PROBABILISTIC_SUM -> {
                int o;
                if (e1 - e0 == 2) {
                    o = children[e0 + e0 + 1 - e] * W;
                    if (op == BinaryOp.PROBABILISTIC_SUM) {
                        complementInto(o);
                        o = -1;
                    }
                } else {
                    siblingsInto(op, e, e0, e1);
                    o = -1;
                }
                final float[] src = o < 0 ? scratch : v;
                final int so = o < 0 ? 0 : o;
                for (; i < up; i += S.length()) {
                    FloatVector.fromArray(S, g, dp + i).fma(FloatVector.fromArray(S, src, so + i),
                            FloatVector.fromArray(S, g, dr + i)).intoArray(g, dr + i);
                }
                for (; i < W; i++) {
                    g[dr + i] += g[dp + i] * src[so + i];
                }
            }
            case LOG_ADD_EXP -> {
                for (; i < up; i += S.length()) {
                    FloatVector vp = FloatVector.fromArray(S, v, dp + i);
                    FloatVector d = FloatVector.fromArray(S, v, dr + i).sub(vp).lanewise(VectorOperators.EXP)
                            .blend(0, vp.compare(VectorOperators.EQ, NEG_INF));
                    FloatVector.fromArray(S, g, dp + i).fma(d, FloatVector.fromArray(S, g, dr + i)).intoArray(g, dr + i);
                }
                for (; i < W; i++) {
                    float vp = v[dp + i];
                    g[dr + i] += vp == NEG_INF ? 0 : g[dp + i] * (float) Math.exp(v[dr + i] - vp);
                }
            }
            case MAX, MIN -> {
                for (; i < W; i++) {
                    if (v[dr + i] == v[dp + i] && firstArgument(e, e0, dp + i, i)) {
                        g[dr + i] += g[dp + i];
                    }
                }
            }
            default -> {
                for (; i < W; i++) {
                    g[dr + i] += g[dp + i] * (float) op.partial(v[dr + i], v[dp + i], 0);
                }
            }
        }
    }

    /** Whether no child before edge e equals the parent's value at column i (the gradient of max/min goes to the first). */
    private boolean firstArgument(int e, int e0, int parentAt, int i) {
        for (int k = e0; k < e; k++) {
            if (v[children[k] * width + i] == v[parentAt]) {
                return false;
            }
        }
        return true;
    }

    private void complementInto(int o) {
        for (int i = 0; i < width; i++) {
            scratch[i] = 1 - v[o + i];
        }
    }

    /** scratch = product over the other children of the parent (of 1 − x for the probabilistic sum). */
    private void siblingsInto(BinaryOp op, int e, int e0, int e1) {
        final int W = width;
        java.util.Arrays.fill(scratch, 1);
        for (int k = e0; k < e1; k++) {
            if (k == e) {
                continue;
            }
            int o = children[k] * W;
            for (int i = 0; i < W; i++) {
                scratch[i] *= op == BinaryOp.MUL ? v[o + i] : 1 - v[o + i];
            }
        }
    }
}
