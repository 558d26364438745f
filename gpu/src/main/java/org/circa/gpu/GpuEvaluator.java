package org.circa.gpu;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
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
    private final PassLaunches launches;
    private final int size;
    private final PassLaunches.ForwardBuffers buffers;
    private final MemorySegment leafStage;
    private final MemorySegment rootStage;
    private final DeviceQueue.Recording forwardPass;
    /** One row of float32 values, converted on the heap and copied in bulk. */
    private final float[] floats;
    private long deviceBytes;
    private Backward backward;
    private boolean seedsUploaded;
    private boolean closed;

    /** The device buffers, staging buffers and recording of the backward pass, made on first use. */
    private record Backward(PassLaunches.BackwardBuffers buffers, MemorySegment seedStage, MemorySegment gradStage,
            DeviceQueue.Recording pass) {
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
        Objects.requireNonNull(fusion, "fusion");
        if (batch < 1) {
            queue.close();
            throw new IllegalArgumentException("batch must be positive, got " + batch);
        }
        this.batch = batch;
        this.layout = new PlanLayout(plan, fusion.wideFanIn());
        this.size = spec.valueBytes();
        this.launches = new PassLaunches(plan, layout, fusion, batch, size, queue);
        this.floats = new float[size == 4 ? batch : 0];
        try {
            buffers = new PassLaunches.ForwardBuffers(allocate((long) plan.rows() * batch * size),
                    upload(plan.childStartArray()), upload(plan.childArray()), upload(layout.levelRows()),
                    upload(layout.gateFlags()), upload(layout.wideRows()), upload(layout.rootRows()),
                    allocate((long) plan.rootCount() * batch * size));
            leafStage = queue.allocateHost((long) plan.leafCount() * batch * size);
            rootStage = queue.allocateHost(Math.max(1, (long) plan.rootCount() * batch * size));
            fillConstantLeaves();
            forwardPass = queue.record(() -> launches.forward(buffers));
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
        queue.upload(leafStage, buffers.values(), leafStage.byteSize());
        forwardPass.replay();
        queue.download(buffers.rootOut(), rootStage, (long) plan.rootCount() * batch * size);
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
        queue.upload(bw.seedStage(), bw.buffers().seeds(), bw.seedStage().byteSize());
        seedsUploaded = true;
        bw.pass().replay();
        queue.download(bw.buffers().grads(), bw.gradStage(), bw.gradStage().byteSize());
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
        queue.upload(leafStage, buffers.values(), leafStage.byteSize());
        queue.upload(bw.seedStage(), bw.buffers().seeds(), bw.seedStage().byteSize());
        seedsUploaded = true;
        forwardPass.replay();
        bw.pass().replay();
        queue.download(buffers.rootOut(), rootStage, (long) plan.rootCount() * batch * size);
        queue.download(bw.buffers().grads(), bw.gradStage(), bw.gradStage().byteSize());
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

    private Backward backward() {
        if (backward == null) {
            PassLaunches.BackwardBuffers b = new PassLaunches.BackwardBuffers(allocate((long) plan.rows() * batch * size),
                    allocate((long) plan.rootCount() * batch * size), upload(plan.parentClassStartArray()),
                    upload(plan.parentRowArray()), upload(plan.parentEdgeArray()), upload(layout.seedStart()),
                    upload(layout.seedRoot()));
            MemorySegment seedStage = queue.allocateHost(Math.max(1, (long) plan.rootCount() * batch * size));
            MemorySegment gradStage = queue.allocateHost((long) plan.leafCount() * batch * size);
            DeviceQueue.Recording pass = queue.record(() -> launches.backward(buffers, b));
            backward = new Backward(b, seedStage, gradStage, pass);
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
