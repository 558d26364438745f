package org.circa.gpu;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.circa.circuits.plan.CircuitPlan;

/**
 * What the GPU evaluator launches for a plan: the levels (level 0 the leaves, then the gate
 * levels), their gate groups and wide gates, the runs of levels a {@link Fusion} fuses into one
 * launch, and the roots of each row for the seeds of the backward pass. Unfused, the forward pass
 * is one kernel per gate group (levels in order), the backward pass one per level (last level
 * first, the leaves last). Immutable and thread-safe.
 */
final class PlanLayout {
    /** Rows {@code [firstRow, firstRow + rowCount)} of one gate group: one operation, and whether each gate has exactly two children. */
    record Group(int firstRow, int rowCount, boolean isAnd, boolean fanIn2) {
    }

    /** Levels {@code [from, to)}, all fused into one launch or all launched on their own. */
    record Run(int from, int to, boolean fused) {
    }

    private final List<Group> groups;
    private final int[] levelGroupStart;
    private final int[] levelRows;
    private final int[] gateFlags;
    private final int[] wideRows;
    private final int[] levelWideStart;
    private final int[] rootRows;
    private final int[] seedStart;
    private final int[] seedRoot;

    /** Gate flag: the gate is an AND. */
    static final int GATE_AND = 1;
    /** Gate flag: the gate is wide, evaluated by a block per column. */
    static final int GATE_WIDE = 2;

    /** The layout of {@code plan}, gates of at least {@code wideFanIn} children wide. */
    PlanLayout(CircuitPlan plan, int wideFanIn) {
        List<Group> gs = new ArrayList<>();
        for (int g = 0; g < plan.groups(); g++) {
            int from = plan.groupStart(g);
            gs.add(new Group(from, plan.groupStart(g + 1) - from, plan.groupIsAnd(g), plan.groupFanIn2(g)));
        }
        this.groups = List.copyOf(gs);
        this.levelGroupStart = new int[plan.levels() + 1];
        this.levelRows = new int[plan.levels() + 2];
        levelRows[1] = plan.leafCount();
        for (int level = 1; level <= plan.levels(); level++) {
            levelGroupStart[level] = plan.levelGroupStart(level);
            levelRows[level + 1] = plan.groupStart(plan.levelGroupStart(level));
        }
        int leaves = plan.leafCount();
        int[] childStart = plan.childStartArray();
        this.gateFlags = new int[plan.rows() - leaves];
        for (Group g : groups) {
            Arrays.fill(gateFlags, g.firstRow() - leaves, g.firstRow() - leaves + g.rowCount(), g.isAnd() ? GATE_AND : 0);
        }
        this.levelWideStart = new int[plan.levels() + 2];
        int[] wide = new int[gateFlags.length];
        int wideCount = 0;
        for (int level = 1; level <= plan.levels(); level++) {
            levelWideStart[level] = wideCount;
            for (int r = levelRows[level]; r < levelRows[level + 1]; r++) {
                if (childStart[r - leaves + 1] - childStart[r - leaves] >= wideFanIn) {
                    gateFlags[r - leaves] |= GATE_WIDE;
                    wide[wideCount++] = r;
                }
            }
        }
        levelWideStart[plan.levels() + 1] = wideCount;
        this.wideRows = Arrays.copyOf(wide, wideCount);
        this.rootRows = new int[plan.rootCount()];
        this.seedStart = new int[plan.rows() + 1];
        for (int i = 0; i < rootRows.length; i++) {
            rootRows[i] = plan.rootRow(i);
            seedStart[rootRows[i] + 1]++;
        }
        for (int r = 0; r < plan.rows(); r++) {
            seedStart[r + 1] += seedStart[r];
        }
        this.seedRoot = new int[rootRows.length];
        int[] fill = seedStart.clone();
        for (int i = 0; i < rootRows.length; i++) {
            seedRoot[fill[rootRows[i]]++] = i;
        }
    }

    /** The gate groups in plan order (levels ascending): the forward pass's launches. */
    List<Group> groups() {
        return groups;
    }

    /** The gate groups of gate level {@code level} (1 to the number of gate levels). */
    List<Group> groupsOf(int level) {
        return groups.subList(levelGroupStart[level - 1], levelGroupStart[level]);
    }

    /** Number of levels, the leaves' included. */
    int levelCount() {
        return levelRows.length - 1;
    }

    /** Rows of level {@code level} (0: the leaves). */
    int rowsOf(int level) {
        return levelRows[level + 1] - levelRows[level];
    }

    /** First row of each level and, last, the number of rows: level l is rows {@code [levelRows[l], levelRows[l + 1])}. */
    int[] levelRows() {
        return levelRows.clone();
    }

    /** The flags of gate row {@code leafCount + i}: {@link #GATE_AND}, {@link #GATE_WIDE}. */
    int[] gateFlags() {
        return gateFlags.clone();
    }

    /** The wide gates' rows, level by level, ascending. */
    int[] wideRows() {
        return wideRows.clone();
    }

    /** Index into {@link #wideRows()} of the first wide gate of {@code level}. */
    int firstWide(int level) {
        return levelWideStart[level];
    }

    /** Number of wide gates of {@code level}. */
    int wideCount(int level) {
        return levelWideStart[level + 1] - levelWideStart[level];
    }

    /**
     * Levels {@code [from, to)} split into maximal runs of levels that {@code fusion} fuses (few
     * enough rows, no wide gate) and runs of levels it does not, in ascending order.
     */
    List<Run> runs(int from, int to, Fusion fusion) {
        List<Run> runs = new ArrayList<>();
        int start = from;
        for (int level = from; level < to; level++) {
            boolean fused = fused(level, fusion);
            if (level + 1 == to || fused(level + 1, fusion) != fused) {
                runs.add(new Run(start, level + 1, fused));
                start = level + 1;
            }
        }
        return runs;
    }

    private boolean fused(int level, Fusion fusion) {
        return fusion.fuses(rowsOf(level)) && wideCount(level) == 0;
    }

    /** The row of each root. */
    int[] rootRows() {
        return rootRows.clone();
    }

    /** CSR offsets per row into {@link #seedRoot()}: the roots whose seed row is added to row r. */
    int[] seedStart() {
        return seedStart.clone();
    }

    /** Root indices grouped by row, in root order within a row. */
    int[] seedRoot() {
        return seedRoot.clone();
    }
}
