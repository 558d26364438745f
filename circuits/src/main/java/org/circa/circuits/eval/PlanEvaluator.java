package org.circa.circuits.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.circa.circuits.plan.CircuitPlan;
import org.circa.semirings.Algebra;
import org.circa.semirings.BinaryOp;
import org.circa.semirings.Precision;

/**
 * Evaluates a {@link CircuitPlan} under an algebra for a fixed batch size, forward (values of
 * every root) and backward (gradients with respect to every literal label). Built-in algebras run
 * vectorised primitive loops in the algebra's precision; user algebras run a scalar loop through
 * the interface. Large batches are split into column slices evaluated on separate cores, each
 * slice with its own value array. Reusable across calls; not thread-safe (one call at a time).
 */
public final class PlanEvaluator {
    private static final int SLICE_ALIGN = 16;
    private static final long PARALLEL_WORK = 1L << 17;
    private static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());
    private static final ExecutorService POOL = Executors.newFixedThreadPool(Math.max(1, THREADS - 1), r -> {
        Thread t = new Thread(r, "circa-plan-evaluator");
        t.setDaemon(true);
        return t;
    });

    private final CircuitPlan plan;
    private final Algebra algebra;
    private final int batch;
    private final Engine[] engines;
    private final int[] sliceStart;

    /** An evaluator for {@code batch} columns, using every core when the work is large enough. */
    public PlanEvaluator(CircuitPlan plan, Algebra algebra, int batch) {
        this(plan, algebra, batch, THREADS);
    }

    /** An evaluator that uses at most {@code maxThreads} threads (1: the calling thread only). */
    public PlanEvaluator(CircuitPlan plan, Algebra algebra, int batch, int maxThreads) {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.algebra = Objects.requireNonNull(algebra, "algebra");
        if (batch < 1 || maxThreads < 1) {
            throw new IllegalArgumentException("batch and maxThreads must be positive, got " + batch + ", " + maxThreads);
        }
        this.batch = batch;
        int slices = Math.min(Math.min(maxThreads, THREADS), batch / SLICE_ALIGN);
        if ((long) plan.edges() * batch < PARALLEL_WORK || slices < 1) {
            slices = 1;
        }
        sliceStart = new int[slices + 1];
        int per = (batch / slices + SLICE_ALIGN - 1) / SLICE_ALIGN * SLICE_ALIGN;
        for (int s = 1; s <= slices; s++) {
            sliceStart[s] = Math.min(batch, sliceStart[s - 1] + per);
        }
        sliceStart[slices] = batch;
        engines = new Engine[slices];
        for (int s = 0; s < slices; s++) {
            engines[s] = engine(plan, algebra, sliceStart[s + 1] - sliceStart[s]);
        }
    }

    private static Engine engine(CircuitPlan plan, Algebra algebra, int width) {
        if (algebra.plusOp() == BinaryOp.GENERIC || algebra.timesOp() == BinaryOp.GENERIC) {
            return new GenericEngine(plan, algebra, width);
        }
        return algebra.precision() == Precision.FLOAT32
                ? new FloatEngine(plan, algebra, width)
                : new DoubleEngine(plan, algebra, width);
    }

    /** The plan evaluated. */
    public CircuitPlan plan() {
        return plan;
    }

    /** The algebra evaluated under. */
    public Algebra algebra() {
        return algebra;
    }

    /** The batch size. */
    public int batch() {
        return batch;
    }

    /** Number of column slices (threads) a pass runs on. */
    public int slices() {
        return engines.length;
    }

    /** The values of every root, {@code [root][column]}, for the given leaf labels. */
    public double[][] forward(LeafWeights weights) {
        checkShape(weights);
        double[][] out = new double[plan.rootCount()][batch];
        runSlices(s -> {
            engines[s].forward(weights, sliceStart[s]);
            engines[s].readRoots(out, sliceStart[s]);
        });
        return out;
    }

    /**
     * After {@link #forward}: the gradient of {@code Σ seed[root][b] · root[b]} with respect to the
     * label of every literal, as a {@link LeafWeights} of gradients ({@code pos(v)[b]} is the
     * derivative with respect to the label of {@code +v} in column b). Max/min gates pass the
     * gradient to their first child equal to the gate's value (a subgradient).
     */
    public LeafWeights backward(double[][] seed) {
        if (seed.length != plan.rootCount()) {
            throw new IllegalArgumentException("need one seed row per root (" + plan.rootCount() + "), got " + seed.length);
        }
        LeafWeights grads = new LeafWeights(plan.numVars(), batch);
        runSlices(s -> engines[s].backward(seed, grads, sliceStart[s]));
        return grads;
    }

    /** After {@link #forward}: the gradient of root {@code root} alone with respect to every literal label. */
    public LeafWeights backward(int root) {
        double[][] seed = new double[plan.rootCount()][batch];
        java.util.Arrays.fill(seed[root], 1.0);
        return backward(seed);
    }

    /** Bytes of the value (and, after a backward pass, gradient) arrays plus the plan: the memory an evaluation holds. */
    public long bytes() {
        long total = plan.bytes();
        for (Engine e : engines) {
            total += e.bytes();
        }
        return total;
    }

    private void checkShape(LeafWeights weights) {
        if (weights.batch() != batch || weights.numVars() < plan.numVars()) {
            throw new IllegalArgumentException("weights for " + weights.numVars() + " variables x " + weights.batch()
                    + " columns; the plan needs " + plan.numVars() + " x " + batch);
        }
    }

    private interface SliceTask {
        void run(int slice);
    }

    private void runSlices(SliceTask task) {
        if (engines.length == 1) {
            task.run(0);
            return;
        }
        List<Future<?>> pending = new ArrayList<>();
        for (int s = 1; s < engines.length; s++) {
            int slice = s;
            pending.add(POOL.submit(() -> task.run(slice)));
        }
        task.run(0);
        try {
            for (Future<?> f : pending) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while evaluating", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
