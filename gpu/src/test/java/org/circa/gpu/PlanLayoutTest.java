package org.circa.gpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.circa.circuits.Circuit;
import org.circa.circuits.CircuitBuilder;
import org.circa.circuits.bench.RandomCircuits;
import org.circa.circuits.plan.CircuitPlan;
import org.junit.jupiter.api.Test;

/** The launches of a plan: groups in order, levels descending, each row once, and the seed rows of the roots. */
class PlanLayoutTest {
    @Test
    void groupsCoverTheGateRowsInOrderAndLevelsCoverEveryRowDescending() {
        for (long seed = 1; seed <= 5; seed++) {
            CircuitPlan plan = CircuitPlan.of(RandomCircuits.generate(10, 400, 5, 3, seed));
            PlanLayout layout = new PlanLayout(plan);
            int next = plan.leafCount();
            for (PlanLayout.Group g : layout.groups()) {
                assertEquals(next, g.firstRow());
                next += g.rowCount();
            }
            assertEquals(plan.rows(), next);
            int top = plan.rows();
            for (PlanLayout.Level l : layout.levelsDescending()) {
                assertEquals(top, l.firstRow() + l.rowCount(), "levels must tile the rows from the top down");
                top = l.firstRow();
            }
            assertEquals(0, top);
            assertEquals(plan.levels() + 1, layout.levelsDescending().size());
            // every parent of a row lies in a later launch of the forward pass, i.e. an earlier one backward
            int[] levelOf = new int[plan.rows()];
            int index = 0;
            for (PlanLayout.Level l : layout.levelsDescending()) {
                for (int r = l.firstRow(); r < l.firstRow() + l.rowCount(); r++) {
                    levelOf[r] = index;
                }
                index++;
            }
            int[] parentRow = plan.parentRowArray();
            int[] pcs = plan.parentClassStartArray();
            for (int r = 0; r < plan.rows(); r++) {
                for (int k = pcs[4 * r]; k < pcs[4 * r + 4]; k++) {
                    assertTrue(levelOf[parentRow[k]] < levelOf[r]);
                }
            }
        }
    }

    @Test
    void seedsGoToTheirRootRowsInRootOrder() {
        CircuitBuilder b = new CircuitBuilder();
        int x = b.literal(1);
        int y = b.literal(2);
        int and = b.and(x, y);
        Circuit c = b.build(and, x, and, b.trueNode());
        CircuitPlan plan = CircuitPlan.of(c);
        PlanLayout layout = new PlanLayout(plan);
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
