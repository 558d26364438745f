package org.circa.circuits.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.circa.circuits.Circuit;
import org.circa.circuits.plan.CircuitPlan;
import org.junit.jupiter.api.Test;

/** The layered synthetic circuits of {@code circa bench --synthetic}: shape, fan-in, determinism, and the bench rows. */
class SyntheticCircuitsTest {
    @Test
    void levelsHaveExactlyTheWidthAndChildrenComeFromTheLevelBelow() {
        SyntheticCircuits.Shape shape = SyntheticCircuits.Shape.parse("7x300");
        CircuitPlan plan = CircuitPlan.of(SyntheticCircuits.generate(shape, 3, 42));
        assertEquals(8, plan.levels()); // 7 layers and the root
        assertEquals(300, plan.leafCount()); // every literal of 150 variables is used
        int[] childStart = plan.childStartArray();
        int[] children = plan.childArray();
        int below = 0;
        int belowEnd = plan.leafCount();
        int maxFanIn = 0;
        for (int level = 1; level <= 7; level++) {
            int from = plan.groupStart(plan.levelGroupStart(level - 1));
            int to = plan.groupStart(plan.levelGroupStart(level));
            assertEquals(300, to - from, "width of level " + level);
            for (int g = plan.levelGroupStart(level - 1); g < plan.levelGroupStart(level); g++) {
                assertEquals(level % 2 == 1, plan.groupIsAnd(g), "operation of level " + level);
            }
            for (int r = from; r < to; r++) {
                int fanIn = childStart[r - plan.leafCount() + 1] - childStart[r - plan.leafCount()];
                assertTrue(fanIn >= 2 && fanIn <= 3, "fan-in " + fanIn);
                maxFanIn = Math.max(maxFanIn, fanIn);
                for (int e = childStart[r - plan.leafCount()]; e < childStart[r - plan.leafCount() + 1]; e++) {
                    assertTrue(children[e] >= below && children[e] < belowEnd, "child of row " + r + " outside the level below");
                }
            }
            below = from;
            belowEnd = to;
        }
        assertEquals(3, maxFanIn);
        assertEquals(1, plan.rootCount());
        int root = plan.rootRow(0);
        assertEquals(300, childStart[root - plan.leafCount() + 1] - childStart[root - plan.leafCount()]);
    }

    @Test
    void theSeedDecides() {
        SyntheticCircuits.Shape shape = new SyntheticCircuits.Shape(4, 50);
        Circuit a = SyntheticCircuits.generate(shape, 3, 5);
        Circuit b = SyntheticCircuits.generate(shape, 3, 5);
        Circuit c = SyntheticCircuits.generate(shape, 3, 6);
        assertArrayEquals(a.childArray(), b.childArray());
        assertArrayEquals(a.childStartArray(), b.childStartArray());
        assertFalse(Arrays.equals(a.childArray(), c.childArray()));
    }

    @Test
    void shapesParseAndBadOnesSayTheForm() {
        assertEquals(new SyntheticCircuits.Shape(40, 20000), SyntheticCircuits.Shape.parse("40x20000"));
        assertEquals("synthetic-40x20000", SyntheticCircuits.Shape.parse(" 40X20000 ").name());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SyntheticCircuits.Shape.parse("40"));
        assertTrue(e.getMessage().contains("LEVELSxWIDTH"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SyntheticCircuits.Shape.parse("0x10"));
    }

    @Test
    void narrowLevelsFailInsteadOfLooping() {
        assertThrows(IllegalArgumentException.class, () -> SyntheticCircuits.generate(new SyntheticCircuits.Shape(3, 2), 2, 1));
    }

    @Test
    void benchRunsSyntheticCircuitsWithoutFilesOnTheCpuBackend() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = BenchMain.run(new String[] {"--synthetic", "3x64", "--backend", "cpu", "--batch", "4", "--algebra",
            "probability", "--samples", "1", "--warmup-ms", "1", "--no-baseline"}, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertEquals(0, code);
        String[] lines = bytes.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertEquals(BenchMain.HEADER, lines[0]);
        assertEquals(3, lines.length);
        String[] row = lines[1].split("\t");
        assertEquals("synthetic-3x64", row[0]);
        assertEquals("4", row[3]); // levels: three layers and the root
    }

    @Test
    void benchWithAnUnavailableGpuExitsWithThree() {
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        // the circuits module has no gpu backend on its class path
        assertEquals(3, BenchMain.run(new String[] {"--synthetic", "2x8", "--backend", "gpu"}, out));
        assertEquals(2, BenchMain.run(new String[] {"--synthetic", "2x8", "--backend", "tpu"}, out));
        assertEquals(2, BenchMain.run(new String[] {"--synthetic", "2by8"}, out));
    }
}
