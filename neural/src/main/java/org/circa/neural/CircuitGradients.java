package org.circa.neural;

import org.circa.circuits.Circuit;
import org.circa.circuits.NodeKind;
import org.circa.circuits.eval.LeafWeights;

/**
 * Batched forward and backward passes of a circuit in the probability semiring, straight over
 * its CSR arrays, with AND gates differentiated in time linear in their fan-in (the product of
 * the other children as the gate's value over the child's, with zero children counted apart).
 * The compiled circuits of multi-digit MNIST addition have conjunctions of thousands of implied
 * Tseitin literals, where a quadratic backward pass dominates training. Values are laid out
 * {@code [node][column]}. Reusable for one batch width; not thread-safe.
 */
final class CircuitGradients {
    private final int size;
    private final int numVars;
    private final int root;
    private final byte[] kinds;
    private final int[] literals;
    private final int[] childStart;
    private final int[] children;
    private final int batch;
    private final double[] values;
    private final double[] adjoints;

    CircuitGradients(Circuit circuit, int batch) {
        this.size = circuit.size();
        this.numVars = circuit.numVars();
        this.root = circuit.root(0);
        this.kinds = circuit.kindArray();
        this.literals = circuit.literalArray();
        this.childStart = circuit.childStartArray();
        this.children = circuit.childArray();
        this.batch = batch;
        this.values = new double[size * batch];
        this.adjoints = new double[size * batch];
    }

    int batch() {
        return batch;
    }

    /** The root's value per column for the given leaf weights. */
    double[] forward(LeafWeights w) {
        int and = NodeKind.AND.ordinal();
        int or = NodeKind.OR.ordinal();
        int lit = NodeKind.LITERAL.ordinal();
        int tru = NodeKind.TRUE.ordinal();
        for (int n = 0; n <= root; n++) {
            int k = kinds[n];
            int at = n * batch;
            if (k == lit) {
                int l = literals[n];
                System.arraycopy(l > 0 ? w.pos(l) : w.neg(-l), 0, values, at, batch);
            } else if (k == and || k == or) {
                int from = childStart[n];
                int to = childStart[n + 1];
                System.arraycopy(values, children[from] * batch, values, at, batch);
                for (int e = from + 1; e < to; e++) {
                    int c = children[e] * batch;
                    if (k == and) {
                        for (int b = 0; b < batch; b++) {
                            values[at + b] *= values[c + b];
                        }
                    } else {
                        for (int b = 0; b < batch; b++) {
                            values[at + b] += values[c + b];
                        }
                    }
                }
            } else {
                java.util.Arrays.fill(values, at, at + batch, k == tru ? 1.0 : 0.0);
            }
        }
        double[] out = new double[batch];
        System.arraycopy(values, root * batch, out, 0, batch);
        return out;
    }

    /** After {@link #forward}: the gradient of {@code Σ_b seed[b]·root[b]} with respect to every leaf weight. */
    LeafWeights backward(double[] seed) {
        java.util.Arrays.fill(adjoints, 0, (root + 1) * batch, 0.0);
        System.arraycopy(seed, 0, adjoints, root * batch, batch);
        LeafWeights g = new LeafWeights(numVars, batch);
        int and = NodeKind.AND.ordinal();
        int or = NodeKind.OR.ordinal();
        int lit = NodeKind.LITERAL.ordinal();
        double[] productOfNonZero = new double[batch];
        int[] zeros = new int[batch];
        for (int n = root; n >= 0; n--) {
            int k = kinds[n];
            int at = n * batch;
            if (k == lit) {
                int l = literals[n];
                double[] row = l > 0 ? g.pos(l) : g.neg(-l);
                for (int b = 0; b < batch; b++) {
                    row[b] += adjoints[at + b];
                }
            } else if (k == or) {
                for (int e = childStart[n]; e < childStart[n + 1]; e++) {
                    int c = children[e] * batch;
                    for (int b = 0; b < batch; b++) {
                        adjoints[c + b] += adjoints[at + b];
                    }
                }
            } else if (k == and) {
                andBackward(n, at, productOfNonZero, zeros);
            }
        }
        return g;
    }

    private void andBackward(int n, int at, double[] productOfNonZero, int[] zeros) {
        int from = childStart[n];
        int to = childStart[n + 1];
        java.util.Arrays.fill(productOfNonZero, 1.0);
        java.util.Arrays.fill(zeros, 0);
        for (int e = from; e < to; e++) {
            int c = children[e] * batch;
            for (int b = 0; b < batch; b++) {
                double v = values[c + b];
                if (v == 0) {
                    zeros[b]++;
                } else {
                    productOfNonZero[b] *= v;
                }
            }
        }
        for (int e = from; e < to; e++) {
            int c = children[e] * batch;
            for (int b = 0; b < batch; b++) {
                double a = adjoints[at + b];
                if (a == 0 || zeros[b] > 1) {
                    continue;
                }
                double v = values[c + b];
                if (zeros[b] == 0) {
                    adjoints[c + b] += a * productOfNonZero[b] / v;
                } else if (v == 0) {
                    adjoints[c + b] += a * productOfNonZero[b];
                }
            }
        }
    }
}
