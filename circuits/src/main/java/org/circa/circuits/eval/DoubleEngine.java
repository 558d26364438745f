package org.circa.circuits.eval;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.circa.circuits.plan.CircuitPlan;
import org.circa.semirings.Algebra;
import org.circa.semirings.BinaryOp;

/**
 * Forward and backward passes over a plan for one slice of batch columns, in float64, with one
 * primitive vector loop per {@link BinaryOp}. {@code FloatEngine} is the same code in float32
 * (generated from this file: keep them in step). Mutable, confined to one thread at a time.
 */
final class DoubleEngine implements Engine {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final double NEG_INF = Double.NEGATIVE_INFINITY;

    private final CircuitPlan plan;
    private final int width;
    private final int leaves;
    private final BinaryOp plus;
    private final BinaryOp times;
    private final double zero;
    private final double one;
    private final double[] v;
    private final boolean[] rowIsAnd;
    private final boolean[] isRoot;
    private final int[] childStart;
    private final int[] children;
    private double[] g;
    private double[] scratch;
    /** Number of wide product gates. */
    private int wideCount;
    /** Slot of each row among the wide product gates (fan-in above 2), or -1. */
    private int[] wideSlot;
    /** Per wide product gate and column: the product of its non-zero factors. */
    private double[] wideProduct;
    /** Per wide product gate and column: how many of its factors are zero. */
    private int[] wideZeros;

    DoubleEngine(CircuitPlan plan, Algebra algebra, int width) {
        this.plan = plan;
        this.width = width;
        this.leaves = plan.leafCount();
        this.plus = algebra.plusOp();
        this.times = algebra.timesOp();
        this.zero = algebra.zero();
        this.one = algebra.one();
        this.v = new double[Math.multiplyExact(plan.rows(), width)];
        this.rowIsAnd = Engine.rowIsAnd(plan);
        this.isRoot = Engine.isRoot(plan);
        this.childStart = plan.childStartArray();
        this.children = plan.childArray();
    }

    @Override
    public long bytes() {
        return 8L * v.length + (g == null ? 0 : 8L * g.length + 8L * scratch.length) + (wideProduct == null ? 0 : 12L * wideProduct.length);
    }

    @Override
    public void forward(LeafWeights w, int col) {
        final int W = width;
        for (int r = 0; r < leaves; r++) {
            switch (plan.leafKind(r)) {
                case CircuitPlan.LEAF_LITERAL -> System.arraycopy(w.literal(plan.leafLiteral(r)), col, v, r * W, W);
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
        final double[] v = this.v;
        final int W = width;
        int i = 0;
        int up = S.loopBound(W);
        switch (op) {
            case ADD -> {
                for (; i < up; i += S.length()) {
                    DoubleVector.fromArray(S, v, a + i).add(DoubleVector.fromArray(S, v, b + i)).intoArray(v, d + i);
                }
                for (; i < W; i++) {
                    v[d + i] = v[a + i] + v[b + i];
                }
            }
            case MUL -> {
                for (; i < up; i += S.length()) {
                    DoubleVector.fromArray(S, v, a + i).mul(DoubleVector.fromArray(S, v, b + i)).intoArray(v, d + i);
                }
                for (; i < W; i++) {
                    v[d + i] = v[a + i] * v[b + i];
                }
            }
            case MAX -> {
                for (; i < up; i += S.length()) {
                    DoubleVector.fromArray(S, v, a + i).max(DoubleVector.fromArray(S, v, b + i)).intoArray(v, d + i);
                }
                for (; i < W; i++) {
                    v[d + i] = Math.max(v[a + i], v[b + i]);
                }
            }
            case MIN -> {
                for (; i < up; i += S.length()) {
                    DoubleVector.fromArray(S, v, a + i).min(DoubleVector.fromArray(S, v, b + i)).intoArray(v, d + i);
                }
                for (; i < W; i++) {
                    v[d + i] = Math.min(v[a + i], v[b + i]);
                }
            }
            case LOG_ADD_EXP -> {
                for (; i < up; i += S.length()) {
                    DoubleVector x = DoubleVector.fromArray(S, v, a + i);
                    DoubleVector y = DoubleVector.fromArray(S, v, b + i);
                    DoubleVector m = x.max(y);
                    DoubleVector r = m.add(x.min(y).sub(m).lanewise(VectorOperators.EXP).lanewise(VectorOperators.LOG1P));
                    r.blend(m, m.compare(VectorOperators.EQ, NEG_INF)).intoArray(v, d + i);
                }
                for (; i < W; i++) {
                    v[d + i] = logAddExp(v[a + i], v[b + i]);
                }
            }
            case PROBABILISTIC_SUM -> {
                for (; i < up; i += S.length()) {
                    DoubleVector x = DoubleVector.fromArray(S, v, a + i);
                    DoubleVector y = DoubleVector.fromArray(S, v, b + i);
                    x.add(y).sub(x.mul(y)).intoArray(v, d + i);
                }
                for (; i < W; i++) {
                    v[d + i] = v[a + i] + v[b + i] - v[a + i] * v[b + i];
                }
            }
            case BOUNDED_SUM -> {
                for (; i < up; i += S.length()) {
                    DoubleVector.fromArray(S, v, a + i).add(DoubleVector.fromArray(S, v, b + i)).min(1).intoArray(v, d + i);
                }
                for (; i < W; i++) {
                    v[d + i] = Math.min(1, v[a + i] + v[b + i]);
                }
            }
            case BOUNDED_DIFFERENCE -> {
                for (; i < up; i += S.length()) {
                    DoubleVector.fromArray(S, v, a + i).add(DoubleVector.fromArray(S, v, b + i)).sub(1).max(0).intoArray(v, d + i);
                }
                for (; i < W; i++) {
                    v[d + i] = Math.max(0, v[a + i] + v[b + i] - 1);
                }
            }
            case GENERIC -> throw new IllegalStateException("GENERIC operations take the generic engine");
        }
    }

    private static double logAddExp(double x, double y) {
        double m = Math.max(x, y);
        return m == NEG_INF ? m : m + Math.log1p(Math.exp(Math.min(x, y) - m));
    }

    @Override
    public void backward(double[][] seed, LeafWeights grads, int col) {
        final int W = width;
        if (g == null) {
            g = new double[v.length];
            scratch = new double[W];
        }
        prepareWideProducts();
        final int[] pcs = plan.parentClassStartArray();
        final int[] order = plan.backwardOrderArray();
        for (int idx = 0; idx < order.length; idx++) {
            final int r = order[idx];
            boolean literal = r < leaves && plan.leafKind(r) == CircuitPlan.LEAF_LITERAL;
            double[] t = literal ? grads.literal(plan.leafLiteral(r)) : g;
            int to = literal ? col : r * W;
            int c = 4 * r;
            if (plus == BinaryOp.ADD && times == BinaryOp.MUL) {
                probabilityRow(t, to, pcs[c], pcs[c + 2], pcs[c + 3]);
                eachParent(times, r, t, to, pcs[c + 3], pcs[c + 4]);
            } else if (plus == BinaryOp.LOG_ADD_EXP && times == BinaryOp.ADD) {
                logRow(r, t, to, pcs[c], pcs[c + 2], pcs[c + 4]);
            } else {
                java.util.Arrays.fill(t, to, to + W, 0);
                parents(plus, r, t, to, pcs[c], pcs[c + 1], pcs[c + 2]);
                parents(times, r, t, to, pcs[c + 2], pcs[c + 3], pcs[c + 4]);
            }
            if (isRoot[r]) {
                for (int i = 0; i < plan.rootCount(); i++) {
                    if (plan.rootRow(i) == r) {
                        for (int b = 0; b < W; b++) {
                            t[to + b] += seed[i][col + b];
                        }
                    }
                }
            }
        }
    }

    /**
     * Probability (sum, product): t[to..] = Σ g[p] over the sum parents {@code [k0, kAnd)} plus
     * Σ g[p] · (other child) over the two-child product parents {@code [kAnd, kEnd)}.
     */
    private void probabilityRow(double[] t, int to, int k0, int kAnd, int kEnd) {
        final double[] g = this.g;
        final double[] v = this.v;
        final int[] parentRow = plan.parentRowArray();
        final int[] parentOther = plan.parentOtherArray();
        final int W = width;
        final int up = S.loopBound(W);
        java.util.Arrays.fill(t, to, to + W, 0);
        for (int k = k0; k < kAnd; k++) {
            final int dp = parentRow[k] * W;
            int i = 0;
            for (; i < up; i += S.length()) {
                DoubleVector.fromArray(S, t, to + i).add(DoubleVector.fromArray(S, g, dp + i)).intoArray(t, to + i);
            }
            for (; i < W; i++) {
                t[to + i] += g[dp + i];
            }
        }
        for (int k = kAnd; k < kEnd; k++) {
            final int dp = parentRow[k] * W;
            final int dother = parentOther[k] * W;
            int i = 0;
            for (; i < up; i += S.length()) {
                DoubleVector.fromArray(S, g, dp + i).fma(DoubleVector.fromArray(S, v, dother + i),
                        DoubleVector.fromArray(S, t, to + i)).intoArray(t, to + i);
            }
            for (; i < W; i++) {
                t[to + i] += g[dp + i] * v[dother + i];
            }
        }
    }

    /**
     * Log-probability (log-sum-exp, sum): t[to..] = Σ g[p] · exp(v[r] − v[p]) over the
     * log-sum-exp parents {@code [k0, kAnd)} (0 where v[p] is −∞) plus Σ g[p] over the sum parents {@code [kAnd, kEnd)}.
     */
    private void logRow(int r, double[] t, int to, int k0, int kAnd, int kEnd) {
        final double[] g = this.g;
        final double[] v = this.v;
        final int[] parentRow = plan.parentRowArray();
        final int W = width;
        final int dr = r * W;
        int i = 0;
        for (int up = S.loopBound(W); i < up; i += S.length()) {
            DoubleVector acc = DoubleVector.zero(S);
            if (k0 < kAnd) {
                DoubleVector vr = DoubleVector.fromArray(S, v, dr + i);
                for (int k = k0; k < kAnd; k++) {
                    int dp = parentRow[k] * W + i;
                    DoubleVector vp = DoubleVector.fromArray(S, v, dp);
                    DoubleVector d = vr.sub(vp).lanewise(VectorOperators.EXP).blend(0, vp.compare(VectorOperators.EQ, NEG_INF));
                    acc = DoubleVector.fromArray(S, g, dp).fma(d, acc);
                }
            }
            for (int k = kAnd; k < kEnd; k++) {
                acc = acc.add(DoubleVector.fromArray(S, g, parentRow[k] * W + i));
            }
            acc.intoArray(t, to + i);
        }
        for (; i < W; i++) {
            double acc = 0;
            for (int k = k0; k < kAnd; k++) {
                int dp = parentRow[k] * W + i;
                acc += v[dp] == NEG_INF ? 0 : g[dp] * Math.exp(v[dr + i] - v[dp]);
            }
            for (int k = kAnd; k < kEnd; k++) {
                acc += g[parentRow[k] * W + i];
            }
            t[to + i] = acc;
        }
    }

    /**
     * t[to..] += Σ g[p] · ∂p/∂r over the transposed entries {@code [k0, k2)}, whose parents all
     * have operation op; the parents of entries {@code [k0, k1)} have exactly two children.
     */
    private void parents(BinaryOp op, int r, double[] t, int to, int k0, int k1, int k2) {
        switch (op) {
            case ADD -> sumParents(t, to, k0, k2);
            case MUL, PROBABILISTIC_SUM -> {
                if (k0 < k1) {
                    otherChildParents(t, to, k0, k1, op == BinaryOp.PROBABILISTIC_SUM);
                }
                eachParent(op, r, t, to, k1, k2);
            }
            default -> eachParent(op, r, t, to, k0, k2);
        }
    }

    private void eachParent(BinaryOp op, int r, double[] t, int to, int from, int end) {
        final int[] parentEdge = plan.parentEdgeArray();
        final int[] parentRow = plan.parentRowArray();
        for (int k = from; k < end; k++) {
            int p = parentRow[k];
            accumulate(op, r, t, to, p, parentEdge[k], childStart[p - leaves], childStart[p - leaves + 1]);
        }
    }

    /** t[to..] += Σ g[p]. */
    private void sumParents(double[] t, int to, int from, int end) {
        final double[] g = this.g;
        final int[] parentRow = plan.parentRowArray();
        final int W = width;
        int i = 0;
        for (int up = S.loopBound(W); i < up; i += S.length()) {
            DoubleVector acc = DoubleVector.fromArray(S, t, to + i);
            for (int k = from; k < end; k++) {
                acc = acc.add(DoubleVector.fromArray(S, g, parentRow[k] * W + i));
            }
            acc.intoArray(t, to + i);
        }
        for (; i < W; i++) {
            double acc = t[to + i];
            for (int k = from; k < end; k++) {
                acc += g[parentRow[k] * W + i];
            }
            t[to + i] = acc;
        }
    }

    /** t[to..] += Σ g[p] · x where x is the other child's value (product) or its complement (probabilistic sum). */
    private void otherChildParents(double[] t, int to, int from, int end, boolean complement) {
        final double[] g = this.g;
        final double[] v = this.v;
        final int[] parentRow = plan.parentRowArray();
        final int[] parentOther = plan.parentOtherArray();
        final int W = width;
        int i = 0;
        for (int up = S.loopBound(W); i < up; i += S.length()) {
            DoubleVector acc = DoubleVector.fromArray(S, t, to + i);
            for (int k = from; k < end; k++) {
                DoubleVector x = DoubleVector.fromArray(S, v, parentOther[k] * W + i);
                if (complement) {
                    x = x.neg().add(1);
                }
                acc = DoubleVector.fromArray(S, g, parentRow[k] * W + i).fma(x, acc);
            }
            acc.intoArray(t, to + i);
        }
        for (; i < W; i++) {
            double acc = t[to + i];
            for (int k = from; k < end; k++) {
                double x = v[parentOther[k] * W + i];
                acc += g[parentRow[k] * W + i] * (complement ? 1 - x : x);
            }
            t[to + i] = acc;
        }
    }

    /** t[to..] += g[p] · ∂p/∂r for the edge e from parent p (children e0..e1) to r. */
    private void accumulate(BinaryOp op, int r, double[] t, int to, int p, int e, int e0, int e1) {
        final double[] v = this.v;
        final double[] g = this.g;
        final int W = width;
        int dr = r * W;
        int dp = p * W;
        int i = 0;
        int up = S.loopBound(W);
        switch (op) {
            case ADD -> {
                for (; i < up; i += S.length()) {
                    DoubleVector.fromArray(S, t, to + i).add(DoubleVector.fromArray(S, g, dp + i)).intoArray(t, to + i);
                }
                for (; i < W; i++) {
                    t[to + i] += g[dp + i];
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
                    siblingsInto(op, p, e);
                    o = -1;
                }
                final double[] src = o < 0 ? scratch : v;
                final int so = o < 0 ? 0 : o;
                for (; i < up; i += S.length()) {
                    DoubleVector.fromArray(S, g, dp + i).fma(DoubleVector.fromArray(S, src, so + i),
                            DoubleVector.fromArray(S, t, to + i)).intoArray(t, to + i);
                }
                for (; i < W; i++) {
                    t[to + i] += g[dp + i] * src[so + i];
                }
            }
            case LOG_ADD_EXP -> {
                for (; i < up; i += S.length()) {
                    DoubleVector vp = DoubleVector.fromArray(S, v, dp + i);
                    DoubleVector d = DoubleVector.fromArray(S, v, dr + i).sub(vp).lanewise(VectorOperators.EXP)
                            .blend(0, vp.compare(VectorOperators.EQ, NEG_INF));
                    DoubleVector.fromArray(S, g, dp + i).fma(d, DoubleVector.fromArray(S, t, to + i)).intoArray(t, to + i);
                }
                for (; i < W; i++) {
                    double vp = v[dp + i];
                    t[to + i] += vp == NEG_INF ? 0 : g[dp + i] * Math.exp(v[dr + i] - vp);
                }
            }
            case MAX, MIN -> {
                i = firstEqualInto(t, to, dr, dp, e, e0);
                for (; i < W; i++) {
                    if (v[dr + i] == v[dp + i] && firstArgument(e, e0, dp + i, i)) {
                        t[to + i] += g[dp + i];
                    }
                }
            }
            case BOUNDED_SUM, BOUNDED_DIFFERENCE -> {
                // Łukasiewicz: the gradient passes whole where the parent is below 1 (sum) or above 0 (difference)
                boolean sum = op == BinaryOp.BOUNDED_SUM;
                for (; i < up; i += S.length()) {
                    DoubleVector vp = DoubleVector.fromArray(S, v, dp + i);
                    DoubleVector.fromArray(S, t, to + i).add(DoubleVector.fromArray(S, g, dp + i),
                            sum ? vp.compare(VectorOperators.LT, 1) : vp.compare(VectorOperators.GT, 0)).intoArray(t, to + i);
                }
                for (; i < W; i++) {
                    t[to + i] += g[dp + i] * op.partial(v[dr + i], v[dp + i], 0);
                }
            }
            default -> {
                for (; i < W; i++) {
                    t[to + i] += g[dp + i] * op.partial(v[dr + i], v[dp + i], 0);
                }
            }
        }
    }

    /**
     * The vector part of max/min's gradient, which goes whole to the first child equal to the
     * parent: t[to..] += g[p] in the lanes where this edge's child (at dr) equals the parent (at
     * dp) and no earlier child does; returns the first column left to the scalar loop. The lanes
     * travel as the bits of a long: a vector or mask carried through the loop over earlier
     * children left C2 to intrinsify it or not from run to run (float64 4-grid forward+backward
     * took 1.1 ms in some JVMs and 5 to 10 ms in others), a long does not.
     */
    private int firstEqualInto(double[] t, int to, int dr, int dp, int e, int e0) {
        final double[] v = this.v;
        final int W = width;
        int i = 0;
        for (int up = S.loopBound(W); i < up; i += S.length()) {
            DoubleVector vp = DoubleVector.fromArray(S, v, dp + i);
            // lanes as bits (a long carried through the loop, not a vector or a mask)
            long first = DoubleVector.fromArray(S, v, dr + i).compare(VectorOperators.EQ, vp).toLong();
            for (int k = e0; k < e && first != 0; k++) {
                first &= ~DoubleVector.fromArray(S, v, children[k] * W + i).compare(VectorOperators.EQ, vp).toLong();
            }
            if (first != 0) {
                DoubleVector.fromArray(S, t, to + i).add(DoubleVector.fromArray(S, g, dp + i), VectorMask.fromLong(S, first))
                        .intoArray(t, to + i);
            }
        }
        return i;
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

    /**
     * For every product gate (or probabilistic sum) with more than two children: the product of
     * its non-zero factors and the number of zero factors per column, so that the product of a
     * child's siblings costs O(1) instead of O(fan-in) (a d-DNNF's conjunctions can be wide).
     */
    private void prepareWideProducts() {
        final int W = width;
        if (wideSlot == null) {
            wideSlot = new int[plan.rows()];
            java.util.Arrays.fill(wideSlot, -1);
            int n = 0;
            for (int r = leaves; r < plan.rows(); r++) {
                BinaryOp op = rowIsAnd[r] ? times : plus;
                int fanIn = childStart[r - leaves + 1] - childStart[r - leaves];
                if (fanIn > 2 && (op == BinaryOp.MUL || op == BinaryOp.PROBABILISTIC_SUM)) {
                    wideSlot[r] = n++;
                }
            }
            wideCount = n;
            wideProduct = new double[Math.multiplyExact(n, W)];
            wideZeros = new int[Math.multiplyExact(n, W)];
        }
        for (int r = leaves; wideCount > 0 && r < plan.rows(); r++) {
            int slot = wideSlot[r];
            if (slot < 0) {
                continue;
            }
            boolean complement = (rowIsAnd[r] ? times : plus) == BinaryOp.PROBABILISTIC_SUM;
            int d = slot * W;
            java.util.Arrays.fill(wideProduct, d, d + W, 1);
            java.util.Arrays.fill(wideZeros, d, d + W, 0);
            for (int e = childStart[r - leaves]; e < childStart[r - leaves + 1]; e++) {
                int o = children[e] * W;
                for (int i = 0; i < W; i++) {
                    double x = complement ? 1 - v[o + i] : v[o + i];
                    if (x == 0) {
                        wideZeros[d + i]++;
                    } else {
                        wideProduct[d + i] *= x;
                    }
                }
            }
        }
    }

    /** scratch = product over the other children of parent p (of 1 − x for the probabilistic sum). */
    private void siblingsInto(BinaryOp op, int p, int e) {
        final int W = width;
        if (wideSlot[p] < 0) { // a gate of one child: the product of no siblings
            java.util.Arrays.fill(scratch, 1);
            return;
        }
        final int d = wideSlot[p] * W;
        final int o = children[e] * W;
        for (int i = 0; i < W; i++) {
            double x = op == BinaryOp.MUL ? v[o + i] : 1 - v[o + i];
            int zeros = wideZeros[d + i];
            scratch[i] = zeros == 0 ? wideProduct[d + i] / x : zeros == 1 && x == 0 ? wideProduct[d + i] : 0;
        }
    }
}
