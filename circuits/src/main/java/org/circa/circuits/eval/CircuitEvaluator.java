package org.circa.circuits.eval;

import org.circa.circuits.plan.CircuitPlan;
import org.circa.semirings.Algebra;

/**
 * Evaluates a {@link CircuitPlan} under an algebra for a fixed batch size, forward (the value of
 * every root) and backward (gradients with respect to every literal label), on some device: the
 * CPU ({@link PlanEvaluator}) or an accelerator found through an {@link EvaluatorBackend}.
 * Implementations hold buffers reused between calls and are not thread-safe (one call at a
 * time); {@link #close()} releases what they hold (device memory, for instance).
 */
public interface CircuitEvaluator extends AutoCloseable {
    /** The plan evaluated. */
    CircuitPlan plan();

    /** The algebra evaluated under. */
    Algebra algebra();

    /** The batch size: the number of columns of every call. */
    int batch();

    /** Number of host threads a pass runs on. */
    int threads();

    /** The values of every root, {@code [root][column]}, for the given leaf labels. */
    double[][] forward(LeafWeights weights);

    /**
     * After {@link #forward}: the gradient of {@code Σ seed[root][b] · root[b]} with respect to the
     * label of every literal ({@code pos(v)[b]} is the derivative with respect to the label of
     * {@code +v} in column b); max/min gates pass the gradient to their first child equal to the
     * gate's value.
     */
    default LeafWeights backward(double[][] seed) {
        return backward(seed, new LeafWeights(plan().numVars(), batch()));
    }

    /**
     * {@link #backward(double[][])} writing into {@code into} (its rows of variables outside the
     * circuit are left as they are); returns {@code into}.
     */
    LeafWeights backward(double[][] seed, LeafWeights into);

    /** {@link #forward} then {@link #backward(double[][], LeafWeights)}: returns the roots' values and fills {@code grads}. */
    double[][] forwardAndBackward(LeafWeights weights, double[][] seed, LeafWeights grads);

    /** After {@link #forward}: the gradient of root {@code root} alone with respect to every literal label. */
    default LeafWeights backward(int root) {
        double[][] seed = new double[plan().rootCount()][batch()];
        java.util.Arrays.fill(seed[root], 1.0);
        return backward(seed);
    }

    /** Bytes the evaluation holds (value and gradient buffers and the plan's arrays, wherever they live). */
    long bytes();

    /** Releases the evaluator's buffers (device memory, for instance); calls after this one may fail. Closing twice does nothing. */
    @Override
    void close();
}
