package org.circa.gpu;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.circa.circuits.plan.CircuitPlan;

/**
 * What the GPU evaluator launches for a plan: the levels (level 0 the leaves, then the gate
 * levels), their gate groups, the runs of levels a {@link Fusion} fuses into one launch, and the
 * roots of each row for the seeds of the backward pass. Unfused, the forward pass is one kernel per
 * gate group (levels in order), the backward pass one per level (last level first, the leaves
 * last). Immutable and thread-safe.
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
    private final int[] gateIsAnd;
    private final int[] rootRows;
    private final int[] seedStart;
    private final int[] seedRoot;

    PlanLayout(CircuitPlan plan) {
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
        this.gateIsAnd = new int[plan.rows() - plan.leafCount()];
        for (Group g : groups) {
            Arrays.fill(gateIsAnd, g.firstRow() - plan.leafCount(), g.firstRow() - plan.leafCount() + g.rowCount(),
                    g.isAnd() ? 1 : 0);
        }
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

    /** 1 where gate row {@code leafCount + i} is an AND, 0 where an OR. */
    int[] gateIsAnd() {
        return gateIsAnd.clone();
    }

    /**
     * Levels {@code [from, to)} split into maximal runs of levels that {@code fusion} fuses and
     * runs of levels it does not, in ascending order.
     */
    List<Run> runs(int from, int to, Fusion fusion) {
        List<Run> runs = new ArrayList<>();
        int start = from;
        for (int level = from; level < to; level++) {
            boolean fused = fusion.fuses(rowsOf(level));
            if (level + 1 == to || fusion.fuses(rowsOf(level + 1)) != fused) {
                runs.add(new Run(start, level + 1, fused));
                start = level + 1;
            }
        }
        return runs;
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
