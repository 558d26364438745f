package org.circa.circuits.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.circa.circuits.Circuit;
import org.circa.circuits.CircuitBuilder;
import org.circa.circuits.NodeKind;
import org.circa.circuits.bench.RandomCircuits;
import org.junit.jupiter.api.Test;

/** Structural invariants of plans: levels, groups, CSR and its transpose, reachability. */
class CircuitPlanTest {
    @Test
    void groupsAreHomogeneousAndChildrenLieInEarlierLevels() {
        for (int seed = 0; seed < 5; seed++) {
            Circuit c = RandomCircuits.generate(15, 400, 5, 3, seed);
            CircuitPlan plan = CircuitPlan.of(c);
            int[] level = new int[plan.rows()];
            int[] cs = plan.childStartArray();
            int[] kids = plan.childArray();
            int leaves = plan.leafCount();
            for (int l = 0; l < plan.levels(); l++) {
                for (int g = plan.levelGroupStart(l); g < plan.levelGroupStart(l + 1); g++) {
                    for (int r = plan.groupStart(g); r < plan.groupStart(g + 1); r++) {
                        int node = plan.circuitNode(r);
                        assertEquals(plan.groupIsAnd(g) ? NodeKind.AND : NodeKind.OR, c.kind(node));
                        int fanIn = cs[r - leaves + 1] - cs[r - leaves];
                        assertEquals(plan.groupFanIn2(g), fanIn == 2);
                        assertEquals(c.childCount(node), fanIn);
                        int maxChildLevel = 0;
                        for (int e = cs[r - leaves]; e < cs[r - leaves + 1]; e++) {
                            assertTrue(kids[e] < plan.groupStart(plan.levelGroupStart(l)), "child in an earlier level");
                            maxChildLevel = Math.max(maxChildLevel, level[kids[e]]);
                        }
                        level[r] = l + 1;
                        assertEquals(l, maxChildLevel, "a gate sits one level above its deepest child");
                    }
                }
            }
        }
    }

    @Test
    void transposeListsEveryEdgeOnceUnderItsChild() {
        CircuitPlan plan = CircuitPlan.of(RandomCircuits.generate(10, 200, 4, 2, 3));
        int[] ps = plan.parentStartArray();
        int[] pe = plan.parentEdgeArray();
        int[] kids = plan.childArray();
        Set<Integer> seen = new HashSet<>();
        for (int r = 0; r < plan.rows(); r++) {
            for (int k = ps[r]; k < ps[r + 1]; k++) {
                assertEquals(r, kids[pe[k]]);
                assertTrue(seen.add(pe[k]));
            }
        }
        assertEquals(plan.edges(), seen.size());
    }

    @Test
    void unreachableNodesAndDuplicateLiteralsAreDropped() {
        CircuitBuilder b = new CircuitBuilder();
        int x = b.literal(1);
        int y = b.literal(2);
        int z = b.literal(3);
        int unused = b.or(b.and(x, z), y);
        int root = b.and(x, y);
        Circuit c = b.build(root);
        CircuitPlan plan = CircuitPlan.of(c);
        assertTrue(unused > 0);
        assertEquals(3, plan.rows());
        assertEquals(2, plan.edges());
        assertEquals(1, plan.levels());
        assertEquals(2, plan.leafCount());
        assertEquals(3, plan.numVars());
    }
}
