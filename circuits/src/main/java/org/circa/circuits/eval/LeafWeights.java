package org.circa.circuits.eval;

import java.util.Random;
import org.circa.semirings.Algebra;

/**
 * The labels of the literals for a batch of evaluations: {@code pos(v)[b]} labels literal
 * {@code +v} and {@code neg(v)[b]} labels {@code −v} in batch column b, for variables
 * {@code 1..numVars}, as values of the algebra in use. Mutable, not thread-safe.
 */
public final class LeafWeights {
    private final int batch;
    private final double[][] pos;
    private final double[][] neg;

    /** All weights zero (callers fill them). */
    public LeafWeights(int numVars, int batch) {
        if (numVars < 0 || batch < 1) {
            throw new IllegalArgumentException("need numVars >= 0 and batch >= 1, got " + numVars + ", " + batch);
        }
        this.batch = batch;
        this.pos = new double[numVars][batch];
        this.neg = new double[numVars][batch];
    }

    /**
     * Random probabilistic weights mapped into {@code algebra}: for each variable and column a
     * probability p drawn uniformly from [0.05, 0.95], positive label {@code p}, negative {@code 1 − p}.
     */
    public static LeafWeights random(int numVars, int batch, Algebra algebra, long seed) {
        LeafWeights w = new LeafWeights(numVars, batch);
        Random random = new Random(seed);
        for (int v = 0; v < numVars; v++) {
            for (int b = 0; b < batch; b++) {
                double p = 0.05 + 0.9 * random.nextDouble();
                w.pos[v][b] = algebra.fromProbability(p);
                w.neg[v][b] = algebra.fromProbability(1 - p);
            }
        }
        return w;
    }

    /** Number of variables. */
    public int numVars() {
        return pos.length;
    }

    /** Number of batch columns. */
    public int batch() {
        return batch;
    }

    /** The live row of weights of literal {@code +v} (1-based v), one per column. */
    public double[] pos(int v) {
        return pos[v - 1];
    }

    /** The live row of weights of literal {@code −v} (1-based v), one per column. */
    public double[] neg(int v) {
        return neg[v - 1];
    }

    /** The live row of weights of literal {@code lit} ({@code ±v}). */
    public double[] literal(int lit) {
        return lit > 0 ? pos[lit - 1] : neg[-lit - 1];
    }

    /** A deep copy. */
    public LeafWeights copy() {
        LeafWeights w = new LeafWeights(numVars(), batch);
        for (int v = 0; v < pos.length; v++) {
            System.arraycopy(pos[v], 0, w.pos[v], 0, batch);
            System.arraycopy(neg[v], 0, w.neg[v], 0, batch);
        }
        return w;
    }

    /** The weights of one column as {@link org.circa.circuits.NodeEvaluator} takes them (arrays indexed 1..numVars). */
    public double[][] column(int b) {
        double[] p = new double[pos.length + 1];
        double[] n = new double[pos.length + 1];
        for (int v = 0; v < pos.length; v++) {
            p[v + 1] = pos[v][b];
            n[v + 1] = neg[v][b];
        }
        return new double[][] {p, n};
    }
}
