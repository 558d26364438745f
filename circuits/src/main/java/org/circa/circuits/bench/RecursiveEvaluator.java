package org.circa.circuits.bench;

import org.circa.circuits.Circuit;
import org.circa.circuits.NodeKind;
import org.circa.circuits.eval.LeafWeights;
import org.circa.semirings.Algebra;
import org.circa.semirings.BinaryOp;

/**
 * The straightforward baseline the benchmark compares against: per column, a memoised recursive
 * descent from each root calling the algebra's methods per node, and a per-node reverse sweep for
 * gradients. Mutable scratch, not thread-safe.
 */
public final class RecursiveEvaluator {
    private final Circuit circuit;
    private final Algebra algebra;
    private final double[] value;
    private final boolean[] done;
    private final double[] adjoint;

    /** A baseline evaluator of {@code circuit} under {@code algebra}. */
    public RecursiveEvaluator(Circuit circuit, Algebra algebra) {
        this.circuit = circuit;
        this.algebra = algebra;
        this.value = new double[circuit.size()];
        this.done = new boolean[circuit.size()];
        this.adjoint = new double[circuit.size()];
    }

    /** The roots' values, {@code [root][column]}. */
    public double[][] forward(LeafWeights w) {
        double[][] out = new double[circuit.rootCount()][w.batch()];
        for (int b = 0; b < w.batch(); b++) {
            java.util.Arrays.fill(done, false);
            for (int r = 0; r < circuit.rootCount(); r++) {
                out[r][b] = eval(circuit.root(r), w, b);
            }
        }
        return out;
    }

    private double eval(int n, LeafWeights w, int b) {
        if (done[n]) {
            return value[n];
        }
        double v = switch (circuit.kind(n)) {
            case TRUE -> algebra.one();
            case FALSE -> algebra.zero();
            case LITERAL -> w.literal(circuit.literal(n))[b];
            case AND -> {
                double acc = algebra.one();
                for (int i = 0; i < circuit.childCount(n); i++) {
                    acc = algebra.times(acc, eval(circuit.child(n, i), w, b));
                }
                yield acc;
            }
            case OR -> {
                double acc = algebra.zero();
                for (int i = 0; i < circuit.childCount(n); i++) {
                    acc = algebra.plus(acc, eval(circuit.child(n, i), w, b));
                }
                yield acc;
            }
        };
        value[n] = v;
        done[n] = true;
        return v;
    }

    /** Forward, then the gradient of the first root with respect to every literal label, per column. */
    public LeafWeights forwardBackward(LeafWeights w) {
        LeafWeights grads = new LeafWeights(w.numVars(), w.batch());
        int root = circuit.root(0);
        for (int b = 0; b < w.batch(); b++) {
            java.util.Arrays.fill(done, false);
            eval(root, w, b);
            java.util.Arrays.fill(adjoint, 0);
            adjoint[root] = 1;
            for (int n = root; n >= 0; n--) {
                if (!done[n] || adjoint[n] == 0) {
                    continue;
                }
                NodeKind kind = circuit.kind(n);
                if (kind == NodeKind.LITERAL) {
                    grads.literal(circuit.literal(n))[b] += adjoint[n];
                } else if (kind == NodeKind.AND || kind == NodeKind.OR) {
                    BinaryOp op = kind == NodeKind.AND ? algebra.timesOp() : algebra.plusOp();
                    for (int i = 0; i < circuit.childCount(n); i++) {
                        int c = circuit.child(n, i);
                        double others = kind == NodeKind.AND ? algebra.one() : 1.0;
                        for (int j = 0; j < circuit.childCount(n); j++) {
                            if (j != i) {
                                double x = value[circuit.child(n, j)];
                                others = op == BinaryOp.PROBABILISTIC_SUM ? others * (1 - x) : algebra.times(others, x);
                            }
                        }
                        adjoint[c] += adjoint[n] * op.partial(value[c], value[n], others);
                    }
                }
            }
        }
        return grads;
    }
}
