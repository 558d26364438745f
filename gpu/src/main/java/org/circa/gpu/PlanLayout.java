package org.circa.gpu;

import java.util.ArrayList;
import java.util.List;
import org.circa.circuits.plan.CircuitPlan;

/**
 * What the GPU evaluator launches for a plan: one forward kernel per gate group (levels in
 * order), one backward kernel per level (last level first, the leaves last), and the roots of
 * each row for the seeds of the backward pass. Immutable and thread-safe.
 */
final class PlanLayout {
    /** Rows {@code [firstRow, firstRow + rowCount)} of one gate group: one operation, and whether each gate has exactly two children. */
    record Group(int firstRow, int rowCount, boolean isAnd, boolean fanIn2) {
    }

    /** Rows {@code [firstRow, firstRow + rowCount)} of one level (level 0: the leaves). */
    record Level(int firstRow, int rowCount) {
    }

    private final List<Group> groups;
    private final List<Level> levelsDescending;
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
        List<Level> ls = new ArrayList<>();
        for (int level = plan.levels(); level >= 1; level--) {
            int from = plan.groupStart(plan.levelGroupStart(level - 1));
            int to = plan.groupStart(plan.levelGroupStart(level));
            ls.add(new Level(from, to - from));
        }
        ls.add(new Level(0, plan.leafCount()));
        this.levelsDescending = List.copyOf(ls);
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

    /** The levels from the last down to the leaves: the backward pass's launches. */
    List<Level> levelsDescending() {
        return levelsDescending;
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
