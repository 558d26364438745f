package org.circa.gpu;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.List;
import java.util.Objects;
import org.circa.circuits.eval.CircuitEvaluator;
import org.circa.circuits.eval.DeviceResident;
import org.circa.circuits.eval.LeafWeights;
import org.circa.circuits.plan.CircuitPlan;
import org.circa.semirings.Algebra;

/**
 * A {@link CircuitEvaluator} on a device queue: the plan's arrays are uploaded once, the levels'
 * launches are recorded once (a CUDA graph) and replayed for every batch, and only the leaf
 * labels (forward) and seeds (backward) travel per call. One value buffer {@code [row][batch]}
 * in the algebra's precision, as on the CPU. Runs of narrow levels are fused into one launch each
 * (see {@link Fusion}); wide levels get a launch per gate group forward and per level backward.
 * Not thread-safe; {@link #close()} frees the device memory.
 */
final class GpuEvaluator implements CircuitEvaluator, DeviceResident {
    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT;

    private final CircuitPlan plan;
    private final Algebra algebra;
    private final int batch;
    private final KernelSpec spec;
    private final DeviceQueue queue;
    private final PlanLayout layout;
    private final Fusion fusion;
    private final int size;
    private final long values;
    private final long childStart;
    private final long children;
    private final long levelRows;
    private final long rootOut;
    private final MemorySegment leafStage;
    private final MemorySegment rootStage;
    private final DeviceQueue.Recording forwardPass;
    /** One row of float32 values, converted on the heap and copied in bulk. */
    private final float[] floats;
    private long deviceBytes;
    private Backward backward;
    private boolean seedsUploaded;
    private boolean closed;

    /** The device buffers and recording of the backward pass, made on first use. */
    private record Backward(long grads, long seeds, MemorySegment seedStage, MemorySegment gradStage,
            DeviceQueue.Recording pass) {
    }

    /** Device copies of the transposed CSR (parent classes, rows, edges) and of the roots' seed rows. */
    private record Parents(long classStart, long row, long edge, long seedStart, long seedRoot) {
    }

    /**
     * An evaluator on {@code queue} (whose kernels are those of {@code spec}) that fuses levels as
     * {@code fusion} says; takes ownership of the queue.
     */
    GpuEvaluator(CircuitPlan plan, Algebra algebra, int batch, KernelSpec spec, DeviceQueue queue, Fusion fusion) {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.algebra = Objects.requireNonNull(algebra, "algebra");
        this.spec = spec;
        this.queue = queue;
        this.fusion = Objects.requireNonNull(fusion, "fusion");
        if (batch < 1) {
            queue.close();
            throw new IllegalArgumentException("batch must be positive, got " + batch);
        }
        this.batch = batch;
        this.layout = new PlanLayout(plan, fusion.wideFanIn());
        this.size = spec.valueBytes();
        this.floats = new float[size == 4 ? batch : 0];
        try {
            values = allocate((long) plan.rows() * batch * size);
            childStart = upload(plan.childStartArray());
            children = upload(plan.childArray());
            levelRows = upload(layout.levelRows());
            long gateFlags = upload(layout.gateFlags());
            long wideRows = upload(layout.wideRows());
            long rootRows = upload(layout.rootRows());
            rootOut = allocate((long) plan.rootCount() * batch * size);
            leafStage = queue.allocateHost((long) plan.leafCount() * batch * size);
            rootStage = queue.allocateHost(Math.max(1, (long) plan.rootCount() * batch * size));
            fillConstantLeaves();
            forwardPass = queue.record(() -> recordForward(gateFlags, wideRows, rootRows));
        } catch (RuntimeException e) {
            queue.close();
            throw e;
        }
    }

    @Override
    public CircuitPlan plan() {
        return plan;
    }

    @Override
    public Algebra algebra() {
        return algebra;
    }

    @Override
    public int batch() {
        return batch;
    }

    @Override
    public int threads() {
        return 1;
    }

    @Override
    public double[][] forward(LeafWeights weights) {
        checkOpen();
        checkShape(weights);
        writeLeaves(weights);
        queue.upload(leafStage, values, leafStage.byteSize());
        forwardPass.replay();
        queue.download(rootOut, rootStage, (long) plan.rootCount() * batch * size);
        queue.await();
        return readRoots();
    }

    @Override
    public LeafWeights backward(double[][] seed, LeafWeights into) {
        checkOpen();
        checkSeed(seed);
        checkShape(into);
        Backward bw = backward();
        writeSeeds(seed, bw.seedStage());
        queue.upload(bw.seedStage(), bw.seeds(), bw.seedStage().byteSize());
        seedsUploaded = true;
        bw.pass().replay();
        queue.download(bw.grads(), bw.gradStage(), bw.gradStage().byteSize());
        queue.await();
        readGradients(bw.gradStage(), into);
        return into;
    }

    @Override
    public double[][] forwardAndBackward(LeafWeights weights, double[][] seed, LeafWeights grads) {
        checkOpen();
        checkShape(weights);
        checkShape(grads);
        checkSeed(seed);
        Backward bw = backward();
        writeLeaves(weights);
        writeSeeds(seed, bw.seedStage());
        queue.upload(leafStage, values, leafStage.byteSize());
        queue.upload(bw.seedStage(), bw.seeds(), bw.seedStage().byteSize());
        seedsUploaded = true;
        forwardPass.replay();
        bw.pass().replay();
        queue.download(rootOut, rootStage, (long) plan.rootCount() * batch * size);
        queue.download(bw.grads(), bw.gradStage(), bw.gradStage().byteSize());
        queue.await();
        readGradients(bw.gradStage(), grads);
        return readRoots();
    }

    @Override
    public void repeatForward() {
        checkOpen();
        forwardPass.replay();
        queue.await();
    }

    @Override
    public void repeatForwardAndBackward() {
        checkOpen();
        if (!seedsUploaded) {
            throw new IllegalStateException("no forwardAndBackward call to repeat");
        }
        forwardPass.replay();
        backward().pass().replay();
        queue.await();
    }

    @Override
    public long bytes() {
        return deviceBytes;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            queue.close();
        }
    }

    /**
     * The forward launches: the gate levels in runs, a fused run in one launch (the last one
     * packing the roots too), an unfused one a launch per gate group and one for the level's wide
     * gates; then the roots' packing unless the last run did it.
     */
    private void recordForward(long gateFlags, long wideRows, long rootRows) {
        List<PlanLayout.Run> runs = layout.runs(1, layout.levelCount(), fusion);
        int resident = residentBytes(runs, 1);
        if (resident > 0) {
            queue.launch(KernelSpec.FORWARD_RESIDENT, fusedThreads(), resident, values, childStart, children, gateFlags,
                    levelRows, rootRows, rootOut, layout.levelCount(), plan.rootCount(), plan.leafCount(), batch,
                    fusion.tileShift());
            return;
        }
        boolean rootsPacked = false;
        for (PlanLayout.Run run : runs) {
            if (run.fused()) {
                rootsPacked = run == runs.getLast();
                queue.launch(KernelSpec.FORWARD_LEVELS, fusedThreads(), 0, values, childStart, children, gateFlags,
                        levelRows, rootRows, rootOut, run.from(), run.to(), rootsPacked ? plan.rootCount() : 0,
                        plan.leafCount(), batch, fusion.tileShift());
                continue;
            }
            for (int level = run.from(); level < run.to(); level++) {
                for (PlanLayout.Group g : layout.groupsOf(level)) {
                    if (g.fanIn2()) {
                        queue.launch(KernelSpec.FORWARD_PAIRS, (long) g.rowCount() * batch, 0, values, childStart, children,
                                g.firstRow(), g.rowCount(), plan.leafCount(), batch, g.isAnd() ? 1 : 0);
                    } else {
                        queue.launch(KernelSpec.FORWARD_GATES, (long) g.rowCount() * batch, 0, values, childStart, children,
                                gateFlags, g.firstRow(), g.rowCount(), plan.leafCount(), batch, g.isAnd() ? 1 : 0);
                    }
                }
                int wide = layout.wideCount(level);
                if (wide > 0) {
                    queue.launch(KernelSpec.FORWARD_WIDE, (long) wide * batch * DeviceQueue.BLOCK, 0, values, childStart,
                            children, gateFlags, wideRows, layout.firstWide(level), wide, plan.leafCount(), batch);
                }
            }
        }
        if (!rootsPacked) {
            queue.launch(KernelSpec.GATHER_ROWS, (long) plan.rootCount() * batch, 0, values, rootRows, rootOut,
                    plan.rootCount(), batch);
        }
    }

    /**
     * The backward launches: every level, the last first, in runs as forward (a launch per level
     * where unfused), or one launch resident in shared memory.
     */
    private void recordBackward(long grads, long seeds, Parents p) {
        List<PlanLayout.Run> runs = layout.runs(0, layout.levelCount(), fusion).reversed();
        int resident = residentBytes(runs, 2);
        if (resident > 0) {
            queue.launch(KernelSpec.BACKWARD_RESIDENT, fusedThreads(), resident, values, grads, seeds, p.classStart(),
                    p.row(), p.edge(), childStart, children, p.seedStart(), p.seedRoot(), levelRows, layout.levelCount(),
                    plan.leafCount(), batch, fusion.tileShift());
            return;
        }
        int[] rows = layout.levelRows();
        for (PlanLayout.Run run : runs) {
            if (run.fused()) {
                queue.launch(KernelSpec.BACKWARD_LEVELS, fusedThreads(), 0, values, grads, seeds, p.classStart(),
                        p.row(), p.edge(), childStart, children, p.seedStart(), p.seedRoot(), levelRows,
                        run.from(), run.to(), plan.leafCount(), batch, fusion.tileShift());
                continue;
            }
            for (int level = run.to() - 1; level >= run.from(); level--) {
                int count = rows[level + 1] - rows[level];
                queue.launch(KernelSpec.BACKWARD_ROWS, (long) count * batch, 0, values, grads, seeds, p.classStart(),
                        p.row(), p.edge(), childStart, children, p.seedStart(), p.seedRoot(), rows[level],
                        count, plan.leafCount(), batch);
            }
        }
    }

    /**
     * The shared memory of a pass resident in it ({@code copies} tiles of every row: values, and
     * gradients backward), or 0 when the pass is not one fused run of gate levels or does not fit.
     */
    private int residentBytes(List<PlanLayout.Run> runs, int copies) {
        if (plan.levels() == 0 || runs.size() != 1 || !runs.getFirst().fused()) {
            return 0;
        }
        long bytes = fusion.tileBytes(plan.rows(), copies, size);
        return bytes <= fusion.residentBytes() ? (int) bytes : 0;
    }

    /** Threads of a fused launch: a block per column tile. */
    private long fusedThreads() {
        return (long) fusion.tiles(batch) * DeviceQueue.BLOCK;
    }

    private Backward backward() {
        if (backward == null) {
            long grads = allocate((long) plan.rows() * batch * size);
            long seeds = allocate((long) plan.rootCount() * batch * size);
            Parents parents = new Parents(upload(plan.parentClassStartArray()), upload(plan.parentRowArray()),
                    upload(plan.parentEdgeArray()), upload(layout.seedStart()), upload(layout.seedRoot()));
            MemorySegment seedStage = queue.allocateHost(Math.max(1, (long) plan.rootCount() * batch * size));
            MemorySegment gradStage = queue.allocateHost((long) plan.leafCount() * batch * size);
            DeviceQueue.Recording pass = queue.record(() -> recordBackward(grads, seeds, parents));
            backward = new Backward(grads, seeds, seedStage, gradStage, pass);
        }
        return backward;
    }

    private long allocate(long bytes) {
        long address = queue.allocate(Math.max(1, bytes));
        deviceBytes += bytes;
        return address;
    }

    /** A device copy of {@code array}, through a temporary host buffer freed once the copy is done. */
    private long upload(int[] array) {
        long bytes = 4L * array.length;
        long address = allocate(bytes);
        if (array.length > 0) {
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment stage = arena.allocate(bytes, 8);
                MemorySegment.copy(array, 0, stage, INT, 0, array.length);
                queue.upload(stage, address, bytes);
                queue.await();
            }
        }
        return address;
    }

    private void fillConstantLeaves() {
        for (int r = 0; r < plan.leafCount(); r++) {
            byte kind = plan.leafKind(r);
            if (kind != CircuitPlan.LEAF_LITERAL) {
                double c = kind == CircuitPlan.LEAF_TRUE ? algebra.one() : algebra.zero();
                for (int b = 0; b < batch; b++) {
                    put(leafStage, (long) r * batch + b, c);
                }
            }
        }
    }

    private void writeLeaves(LeafWeights weights) {
        for (int r = 0; r < plan.leafCount(); r++) {
            if (plan.leafKind(r) == CircuitPlan.LEAF_LITERAL) {
                putRow(leafStage, r, weights.literal(plan.leafLiteral(r)));
            }
        }
    }

    private void writeSeeds(double[][] seed, MemorySegment stage) {
        for (int i = 0; i < seed.length; i++) {
            putRow(stage, i, seed[i]);
        }
    }

    private double[][] readRoots() {
        double[][] out = new double[plan.rootCount()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = new double[batch];
            getRow(rootStage, i, out[i]);
        }
        return out;
    }

    private void readGradients(MemorySegment stage, LeafWeights into) {
        for (int r = 0; r < plan.leafCount(); r++) {
            if (plan.leafKind(r) == CircuitPlan.LEAF_LITERAL) {
                getRow(stage, r, into.literal(plan.leafLiteral(r)));
            }
        }
    }

    /** Writes {@code row[0..batch)} as values of the spec's type at row {@code r} of {@code stage}. */
    private void putRow(MemorySegment stage, int r, double[] row) {
        long offset = (long) r * batch * size;
        if (size == 8) {
            MemorySegment.copy(row, 0, stage, ValueLayout.JAVA_DOUBLE, offset, batch);
        } else {
            for (int b = 0; b < batch; b++) {
                floats[b] = (float) row[b];
            }
            MemorySegment.copy(floats, 0, stage, ValueLayout.JAVA_FLOAT, offset, batch);
        }
    }

    /** Reads row {@code r} of {@code stage} into {@code row[0..batch)}. */
    private void getRow(MemorySegment stage, int r, double[] row) {
        long offset = (long) r * batch * size;
        if (size == 8) {
            MemorySegment.copy(stage, ValueLayout.JAVA_DOUBLE, offset, row, 0, batch);
        } else {
            MemorySegment.copy(stage, ValueLayout.JAVA_FLOAT, offset, floats, 0, batch);
            for (int b = 0; b < batch; b++) {
                row[b] = floats[b];
            }
        }
    }

    private void put(MemorySegment stage, long index, double x) {
        if (size == 8) {
            stage.setAtIndex(ValueLayout.JAVA_DOUBLE, index, x);
        } else {
            stage.setAtIndex(ValueLayout.JAVA_FLOAT, index, (float) x);
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("this GPU evaluator is closed");
        }
    }

    private void checkShape(LeafWeights weights) {
        if (weights.batch() != batch || weights.numVars() < plan.numVars()) {
            throw new IllegalArgumentException("weights for " + weights.numVars() + " variables x " + weights.batch()
                    + " columns; the plan needs " + plan.numVars() + " x " + batch);
        }
    }

    private void checkSeed(double[][] seed) {
        if (seed.length != plan.rootCount()) {
            throw new IllegalArgumentException("need one seed row per root (" + plan.rootCount() + "), got " + seed.length);
        }
        for (double[] row : seed) {
            if (row.length < batch) {
                throw new IllegalArgumentException("seed rows need " + batch + " columns, got " + row.length);
            }
        }
    }

    @Override
    public String toString() {
        return "GpuEvaluator[" + spec.programName() + ", batch=" + batch + ", " + plan + "]";
    }
}
