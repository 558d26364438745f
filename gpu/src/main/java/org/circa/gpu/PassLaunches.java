package org.circa.gpu;

import java.util.List;
import org.circa.circuits.plan.CircuitPlan;

/**
 * The kernel launches of an evaluator's forward and backward passes, issued on its queue (which
 * the evaluator records into graphs): one kernel per pass resident in shared memory where the
 * circuit is small enough, else runs of narrow levels fused into one launch each and wide levels
 * launched per gate group (forward) or per level (backward), wide gates by their own kernel.
 * Immutable.
 */
final class PassLaunches {
    /** Device addresses of the forward pass's buffers and plan arrays. */
    record ForwardBuffers(long values, long childStart, long children, long levelRows, long gateFlags, long wideRows,
            long rootRows, long rootOut) {
    }

    /**
     * Device addresses of the backward pass's buffers and of the transposed CSR (parent classes,
     * rows, edges) and the roots' seed rows.
     */
    record BackwardBuffers(long grads, long seeds, long classStart, long parentRow, long parentEdge, long seedStart,
            long seedRoot) {
    }

    private final CircuitPlan plan;
    private final PlanLayout layout;
    private final Fusion fusion;
    private final int batch;
    private final int valueBytes;
    private final DeviceQueue queue;

    PassLaunches(CircuitPlan plan, PlanLayout layout, Fusion fusion, int batch, int valueBytes, DeviceQueue queue) {
        this.plan = plan;
        this.layout = layout;
        this.fusion = fusion;
        this.batch = batch;
        this.valueBytes = valueBytes;
        this.queue = queue;
    }

    /**
     * The forward launches: the gate levels in runs, a fused run in one launch (the last one
     * packing the roots too), an unfused one a launch per gate group and one for the level's wide
     * gates; then the roots' packing unless the last run did it. Or one launch resident in shared memory.
     */
    void forward(ForwardBuffers f) {
        List<PlanLayout.Run> runs = layout.runs(1, layout.levelCount(), fusion);
        int resident = residentBytes(runs, 1);
        if (resident > 0) {
            queue.launch(KernelSpec.FORWARD_RESIDENT, fusedThreads(), resident, f.values(), f.childStart(), f.children(),
                    f.gateFlags(), f.levelRows(), f.rootRows(), f.rootOut(), layout.levelCount(), plan.rootCount(),
                    plan.leafCount(), batch, fusion.tileShift());
            return;
        }
        boolean rootsPacked = false;
        for (PlanLayout.Run run : runs) {
            if (run.fused()) {
                rootsPacked = run == runs.getLast();
                queue.launch(KernelSpec.FORWARD_LEVELS, fusedThreads(), 0, f.values(), f.childStart(), f.children(),
                        f.gateFlags(), f.levelRows(), f.rootRows(), f.rootOut(), run.from(), run.to(),
                        rootsPacked ? plan.rootCount() : 0, plan.leafCount(), batch, fusion.tileShift());
                continue;
            }
            for (int level = run.from(); level < run.to(); level++) {
                forwardLevel(f, level);
            }
        }
        if (!rootsPacked) {
            queue.launch(KernelSpec.GATHER_ROWS, (long) plan.rootCount() * batch, 0, f.values(), f.rootRows(), f.rootOut(),
                    plan.rootCount(), batch);
        }
    }

    /** An unfused level: a launch per gate group, then one for its wide gates. */
    private void forwardLevel(ForwardBuffers f, int level) {
        for (PlanLayout.Group g : layout.groupsOf(level)) {
            if (g.fanIn2()) {
                queue.launch(KernelSpec.FORWARD_PAIRS, (long) g.rowCount() * batch, 0, f.values(), f.childStart(),
                        f.children(), g.firstRow(), g.rowCount(), plan.leafCount(), batch, g.isAnd() ? 1 : 0);
            } else {
                queue.launch(KernelSpec.FORWARD_GATES, (long) g.rowCount() * batch, 0, f.values(), f.childStart(),
                        f.children(), f.gateFlags(), g.firstRow(), g.rowCount(), plan.leafCount(), batch, g.isAnd() ? 1 : 0);
            }
        }
        int wide = layout.wideCount(level);
        if (wide > 0) {
            queue.launch(KernelSpec.FORWARD_WIDE, (long) wide * batch * DeviceQueue.BLOCK, 0, f.values(), f.childStart(),
                    f.children(), f.gateFlags(), f.wideRows(), layout.firstWide(level), wide, plan.leafCount(), batch);
        }
    }

    /**
     * The backward launches: every level, the last first, in runs as forward (a launch per level
     * where unfused), or one launch resident in shared memory.
     */
    void backward(ForwardBuffers f, BackwardBuffers b) {
        List<PlanLayout.Run> runs = layout.runs(0, layout.levelCount(), fusion).reversed();
        int resident = residentBytes(runs, 2);
        if (resident > 0) {
            queue.launch(KernelSpec.BACKWARD_RESIDENT, fusedThreads(), resident, f.values(), b.grads(), b.seeds(),
                    b.classStart(), b.parentRow(), b.parentEdge(), f.childStart(), f.children(), b.seedStart(),
                    b.seedRoot(), f.levelRows(), layout.levelCount(), plan.leafCount(), batch, fusion.tileShift());
            return;
        }
        int[] rows = layout.levelRows();
        for (PlanLayout.Run run : runs) {
            if (run.fused()) {
                queue.launch(KernelSpec.BACKWARD_LEVELS, fusedThreads(), 0, f.values(), b.grads(), b.seeds(),
                        b.classStart(), b.parentRow(), b.parentEdge(), f.childStart(), f.children(), b.seedStart(),
                        b.seedRoot(), f.levelRows(), run.from(), run.to(), plan.leafCount(), batch, fusion.tileShift());
                continue;
            }
            for (int level = run.to() - 1; level >= run.from(); level--) {
                int count = rows[level + 1] - rows[level];
                queue.launch(KernelSpec.BACKWARD_ROWS, (long) count * batch, 0, f.values(), b.grads(), b.seeds(),
                        b.classStart(), b.parentRow(), b.parentEdge(), f.childStart(), f.children(), b.seedStart(),
                        b.seedRoot(), rows[level], count, plan.leafCount(), batch);
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
        long bytes = fusion.tileBytes(plan.rows(), copies, valueBytes);
        return bytes <= fusion.residentBytes() ? (int) bytes : 0;
    }

    /** Threads of a fused launch: a block per column tile. */
    private long fusedThreads() {
        return (long) fusion.tiles(batch) * DeviceQueue.BLOCK;
    }
}
