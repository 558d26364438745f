package org.circa.gpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.circa.circuits.Circuit;
import org.circa.circuits.CircuitBuilder;
import org.circa.circuits.bench.RandomCircuits;
import org.circa.circuits.plan.CircuitPlan;
import org.junit.jupiter.api.Test;

/** The launches of a plan: levels tiling the rows, groups in order, fused runs, and the seed rows of the roots. */
class PlanLayoutTest {
    @Test
    void levelsTileTheRowsAndTheirGroupsCoverThemInOrder() {
        for (long seed = 1; seed <= 5; seed++) {
            CircuitPlan plan = CircuitPlan.of(RandomCircuits.generate(10, 400, 5, 3, seed));
            PlanLayout layout = new PlanLayout(plan, Fusion.DEFAULT_WIDE_FAN_IN);
            int[] levelRows = layout.levelRows();
            assertEquals(plan.levels() + 1, layout.levelCount());
            assertEquals(0, levelRows[0]);
            assertEquals(plan.leafCount(), levelRows[1]);
            assertEquals(plan.rows(), levelRows[layout.levelCount()]);
            int next = plan.leafCount();
            int groups = 0;
            int[] flags = layout.gateFlags();
            for (int level = 1; level < layout.levelCount(); level++) {
                assertTrue(layout.rowsOf(level) > 0);
                assertEquals(next, levelRows[level]);
                for (PlanLayout.Group g : layout.groupsOf(level)) {
                    assertEquals(layout.groups().get(groups++), g);
                    assertEquals(next, g.firstRow());
                    for (int r = g.firstRow(); r < g.firstRow() + g.rowCount(); r++) {
                        assertEquals(g.isAnd() ? PlanLayout.GATE_AND : 0, flags[r - plan.leafCount()]);
                    }
                    next += g.rowCount();
                }
                assertEquals(levelRows[level + 1], next, "the groups of a level must cover it");
            }
            assertEquals(plan.groups(), groups);
            // every parent of a row lies in a later level: a level needs only the levels below it
            int[] levelOf = new int[plan.rows()];
            for (int level = 0; level < layout.levelCount(); level++) {
                java.util.Arrays.fill(levelOf, levelRows[level], levelRows[level + 1], level);
            }
            int[] parentRow = plan.parentRowArray();
            int[] pcs = plan.parentClassStartArray();
            for (int r = 0; r < plan.rows(); r++) {
                for (int k = pcs[4 * r]; k < pcs[4 * r + 4]; k++) {
                    assertTrue(levelOf[parentRow[k]] > levelOf[r]);
                }
            }
        }
    }

    @Test
    void runsAlternateBetweenFusedAndUnfusedLevelsAndCoverTheRange() {
        CircuitPlan plan = CircuitPlan.of(RandomCircuits.generate(10, 400, 5, 3, 2));
        PlanLayout layout = new PlanLayout(plan, Fusion.DEFAULT_WIDE_FAN_IN);
        int top = layout.levelCount();
        Fusion narrowOnly = new Fusion(1, 2 * 4);
        List<PlanLayout.Run> runs = layout.runs(0, top, narrowOnly);
        int next = 0;
        for (int i = 0; i < runs.size(); i++) {
            PlanLayout.Run run = runs.get(i);
            assertEquals(next, run.from());
            assertTrue(run.to() > run.from());
            if (i > 0) {
                assertTrue(run.fused() != runs.get(i - 1).fused(), "runs must be maximal");
            }
            for (int level = run.from(); level < run.to(); level++) {
                assertEquals(layout.rowsOf(level) <= 4, run.fused(), "level " + level);
            }
            next = run.to();
        }
        assertEquals(top, next);
        assertTrue(runs.size() > 1, "this plan has levels of both kinds: " + runs);
        assertEquals(List.of(new PlanLayout.Run(1, top, true)), layout.runs(1, top, new Fusion(0, Integer.MAX_VALUE)));
        assertEquals(List.of(new PlanLayout.Run(0, top, false)), layout.runs(0, top, Fusion.NONE));
        assertEquals(List.of(), layout.runs(1, 1, Fusion.NONE));
    }

    @Test
    void gatesOfManyChildrenAreWideAndKeepTheirLevelsUnfused() {
        CircuitPlan plan = CircuitPlan.of(RandomCircuits.generate(30, 2000, 9, 5, 2));
        PlanLayout layout = new PlanLayout(plan, 7);
        int[] childStart = plan.childStartArray();
        int[] flags = layout.gateFlags();
        int[] wide = layout.wideRows();
        int seen = 0;
        int levelsWithWide = 0;
        for (int level = 1; level < layout.levelCount(); level++) {
            int[] rows = layout.levelRows();
            int first = layout.firstWide(level);
            for (int r = rows[level]; r < rows[level + 1]; r++) {
                int g = r - plan.leafCount();
                boolean isWide = childStart[g + 1] - childStart[g] >= 7;
                assertEquals(isWide, (flags[g] & PlanLayout.GATE_WIDE) != 0);
                if (isWide) {
                    assertEquals(r, wide[first + seen - layout.firstWide(level)]);
                    seen++;
                }
            }
            assertEquals(seen, layout.firstWide(level) + layout.wideCount(level));
            if (layout.wideCount(level) > 0) {
                levelsWithWide++;
                for (PlanLayout.Run run : layout.runs(1, layout.levelCount(), new Fusion(0, Integer.MAX_VALUE, 7))) {
                    assertTrue(!run.fused() || level < run.from() || level >= run.to(), "level " + level + " in " + run);
                }
            }
        }
        assertEquals(wide.length, seen);
        assertTrue(levelsWithWide > 3 && levelsWithWide < layout.levelCount() - 3, "levels with wide gates: " + levelsWithWide);
        assertEquals(0, new PlanLayout(plan, Fusion.DEFAULT_WIDE_FAN_IN).wideRows().length);
    }

    @Test
    void seedsGoToTheirRootRowsInRootOrder() {
        CircuitBuilder b = new CircuitBuilder();
        int x = b.literal(1);
        int y = b.literal(2);
        int and = b.and(x, y);
        Circuit c = b.build(and, x, and, b.trueNode());
        CircuitPlan plan = CircuitPlan.of(c);
        PlanLayout layout = new PlanLayout(plan, Fusion.DEFAULT_WIDE_FAN_IN);
        int[] start = layout.seedStart();
        int[] roots = layout.seedRoot();
        int andRow = plan.rootRow(0);
        assertArrayEquals(new int[] {0, 2}, java.util.Arrays.copyOfRange(roots, start[andRow], start[andRow + 1]));
        int xRow = plan.rootRow(1);
        assertArrayEquals(new int[] {1}, java.util.Arrays.copyOfRange(roots, start[xRow], start[xRow + 1]));
        assertEquals(4, start[plan.rows()]);
        assertArrayEquals(new int[] {andRow, xRow, andRow, plan.rootRow(3)}, layout.rootRows());
    }
}
