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
public final class PlanEvaluator implements CircuitEvaluator {
    private static final int SLICE_ALIGN = 16;
    private static final int TILE_BYTES = 512;
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
    private final int workers;

    /** An evaluator for {@code batch} columns, using every core when the work is large enough. */
    public PlanEvaluator(CircuitPlan plan, Algebra algebra, int batch) {
        this(plan, algebra, batch, THREADS);
    }

    /** An evaluator that uses at most {@code maxThreads} threads (1: the calling thread only). */
    public PlanEvaluator(CircuitPlan plan, Algebra algebra, int batch, int maxThreads) {
        this(plan, algebra, batch, maxThreads, TILE_BYTES);
    }

    /**
     * An evaluator whose value array is split into column tiles of about {@code tileBytes} bytes
     * per row (a tile's rows stay in cache while a pass runs over it), shared among at most
     * {@code maxThreads} threads.
     */
    public PlanEvaluator(CircuitPlan plan, Algebra algebra, int batch, int maxThreads, int tileBytes) {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.algebra = Objects.requireNonNull(algebra, "algebra");
        if (batch < 1 || maxThreads < 1 || tileBytes < 1) {
            throw new IllegalArgumentException("batch, maxThreads and tileBytes must be positive, got " + batch + ", "
                    + maxThreads + ", " + tileBytes);
        }
        this.batch = batch;
        int valueBytes = algebra.precision() == Precision.FLOAT32 ? 4 : 8;
        int tileWidth = Math.max(SLICE_ALIGN, tileBytes / valueBytes / SLICE_ALIGN * SLICE_ALIGN);
        int threads = Math.min(maxThreads, THREADS);
        boolean parallel = threads > 1 && (long) plan.edges() * batch >= PARALLEL_WORK;
        if (parallel && batch < tileWidth * threads) {
            int perThread = (batch + threads - 1) / threads;
            tileWidth = Math.max(SLICE_ALIGN, (perThread + SLICE_ALIGN - 1) / SLICE_ALIGN * SLICE_ALIGN);
        }
        int tiles = (batch + tileWidth - 1) / tileWidth;
        sliceStart = new int[tiles + 1];
        for (int t = 1; t <= tiles; t++) {
            sliceStart[t] = Math.min(batch, sliceStart[t - 1] + tileWidth);
        }
        engines = new Engine[tiles];
        for (int t = 0; t < tiles; t++) {
            engines[t] = engine(plan, algebra, sliceStart[t + 1] - sliceStart[t]);
        }
        workers = parallel ? Math.max(1, Math.min(threads, tiles)) : 1;
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
    @Override
    public CircuitPlan plan() {
        return plan;
    }

    /** The algebra evaluated under. */
    @Override
    public Algebra algebra() {
        return algebra;
    }

    /** The batch size. */
    @Override
    public int batch() {
        return batch;
    }

    /** Number of threads a pass runs on. */
    @Override
    public int threads() {
        return workers;
    }

    /** Number of column tiles, each with its own part of the value array. */
    public int tiles() {
        return engines.length;
    }

    /** The values of every root, {@code [root][column]}, for the given leaf labels. */
    @Override
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
     * {@link #backward(double[][])} writing into {@code into} (its rows of variables outside the
     * circuit are left as they are), so that repeated passes allocate nothing; returns {@code into}.
     */
    @Override
    public LeafWeights backward(double[][] seed, LeafWeights into) {
        checkSeed(seed);
        checkShape(into);
        runSlices(s -> engines[s].backward(seed, into, sliceStart[s]));
        return into;
    }

    /**
     * {@link #forward} and {@link #backward(double[][], LeafWeights)} in one pass over each column
     * tile, so that a tile's values are still in cache when its gradients are computed; returns the
     * roots' values and fills {@code grads}.
     */
    @Override
    public double[][] forwardAndBackward(LeafWeights weights, double[][] seed, LeafWeights grads) {
        checkShape(weights);
        checkShape(grads);
        checkSeed(seed);
        double[][] out = new double[plan.rootCount()][batch];
        runSlices(s -> {
            engines[s].forward(weights, sliceStart[s]);
            engines[s].readRoots(out, sliceStart[s]);
            engines[s].backward(seed, grads, sliceStart[s]);
        });
        return out;
    }

    /** Bytes of the value (and, after a backward pass, gradient) arrays plus the plan: the memory an evaluation holds. */
    @Override
    public long bytes() {
        long total = plan.bytes();
        for (Engine e : engines) {
            total += e.bytes();
        }
        return total;
    }

    /** Does nothing: the evaluator holds only heap arrays. */
    @Override
    public void close() {
    }

    private void checkSeed(double[][] seed) {
        if (seed.length != plan.rootCount()) {
            throw new IllegalArgumentException("need one seed row per root (" + plan.rootCount() + "), got " + seed.length);
        }
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
        if (workers == 1) {
            for (int t = 0; t < engines.length; t++) {
                task.run(t);
            }
            return;
        }
        List<Future<?>> pending = new ArrayList<>();
        for (int w = 1; w < workers; w++) {
            int first = w;
            pending.add(POOL.submit(() -> {
                for (int t = first; t < engines.length; t += workers) {
                    task.run(t);
                }
            }));
        }
        RuntimeException failure = null;
        try {
            for (int t = 0; t < engines.length; t += workers) {
                task.run(t);
            }
        } catch (RuntimeException e) {
            failure = e;
        }
        try {
            for (Future<?> f : pending) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while evaluating", e);
        } catch (ExecutionException e) {
            if (failure == null && e.getCause() instanceof RuntimeException re) {
                failure = re;
            } else if (failure == null) {
                failure = new IllegalStateException(e.getCause());
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
