package org.circa.circuits.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.circa.circuits.Circuit;
import org.circa.circuits.eval.CircuitEvaluator;
import org.circa.circuits.eval.Backends;
import org.circa.circuits.eval.DeviceResident;
import org.circa.circuits.eval.EvaluatorBackend;
import org.circa.circuits.eval.LeafWeights;
import org.circa.circuits.eval.PlanEvaluator;
import org.circa.circuits.io.CircuitReader;
import org.circa.circuits.plan.CircuitPlan;
import org.circa.semirings.Algebra;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark command on a small circuit folder: one TSV row per combination, and its usage errors. */
class BenchMainTest {
    static final String SDD = "sdd 6\nL 0 0 1\nL 1 2 2\nL 2 0 -1\nL 3 4 3\nF 4\nD 5 1 2 0 1 2 3\n";

    @Test
    void printsOneRowPerCircuitAlgebraBatchAndDirection(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.sdd"), SDD);
        Files.writeString(dir.resolve("b.nnf"), "nnf 3 2 2\nL 1\nL -2\nA 2 0 1\n");
        Files.writeString(dir.resolve("notes.txt"), "not a circuit");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = BenchMain.run(new String[] {"--batch", "1,16", "--algebra", "probability32,logprobability",
            "--samples", "1", "--warmup-ms", "1", dir.toString()}, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertEquals(0, code);
        String[] lines = bytes.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertEquals(BenchMain.HEADER, lines[0]);
        assertEquals(1 + 2 * 2 * 2 * 2, lines.length);
        String[] row = lines[1].split("\t");
        assertEquals(BenchMain.HEADER.split("\t").length, row.length);
        assertEquals("a.sdd", row[0]);
        assertEquals("probability32", row[4]);
        assertEquals("forward", row[6]);
        assertTrue(Double.parseDouble(row[8]) > 0, lines[1]);
        assertTrue(lines[2].contains("forward+backward"));
        assertEquals("host", row[row.length - 1]);
    }

    @Test
    void residentRowsComeOnlyFromEvaluatorsThatKeepTheirInputsOnADevice() throws IOException {
        Circuit circuit = CircuitReader.read(SDD, CircuitReader.Format.SDD);
        BenchOptions both = BenchOptions.parse(new String[] {"--inputs", "both", "--batch", "4", "--algebra", "probability",
            "--samples", "2", "--warmup-ms", "1", "--no-baseline", "a.sdd"});
        int[] repeats = new int[2];
        EvaluatorBackend device = new EvaluatorBackend() {
            @Override
            public String name() {
                return "fake-device";
            }

            @Override
            public Availability availability() {
                return Availability.available("a PlanEvaluator counting its repeats");
            }

            @Override
            public CircuitEvaluator open(CircuitPlan plan, Algebra algebra, int batch) {
                return new Repeating(new PlanEvaluator(plan, algebra, batch), repeats);
            }
        };
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BenchMain.bench("a.sdd", circuit, both, device, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        List<String> inputs = bytes.toString(StandardCharsets.UTF_8).lines().map(l -> l.substring(l.lastIndexOf('\t') + 1)
                + " " + l.split("\t")[6]).toList();
        assertEquals(List.of("host forward", "resident forward", "host forward+backward", "resident forward+backward"), inputs);
        assertTrue(repeats[0] >= 2 && repeats[1] >= 2, java.util.Arrays.toString(repeats));
        bytes.reset();
        BenchMain.bench("a.sdd", circuit, both, Backends.cpu(1), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertTrue(bytes.toString(StandardCharsets.UTF_8).lines().allMatch(l -> l.endsWith("\thost")), bytes.toString());
        assertEquals(2, bytes.toString(StandardCharsets.UTF_8).lines().count());
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(new String[] {"--inputs", "gpu", "a.sdd"}));
    }

    /** A CPU evaluator posing as a device one: repeats count forward (0) and forward+backward (1) repeats. */
    private record Repeating(PlanEvaluator cpu, int[] repeats) implements CircuitEvaluator, DeviceResident {
        @Override
        public void repeatForward() {
            repeats[0]++;
        }

        @Override
        public void repeatForwardAndBackward() {
            repeats[1]++;
        }

        @Override
        public CircuitPlan plan() {
            return cpu.plan();
        }

        @Override
        public Algebra algebra() {
            return cpu.algebra();
        }

        @Override
        public int batch() {
            return cpu.batch();
        }

        @Override
        public int threads() {
            return 1;
        }

        @Override
        public double[][] forward(LeafWeights weights) {
            return cpu.forward(weights);
        }

        @Override
        public LeafWeights backward(double[][] seed, LeafWeights into) {
            return cpu.backward(seed, into);
        }

        @Override
        public double[][] forwardAndBackward(LeafWeights weights, double[][] seed, LeafWeights grads) {
            return cpu.forwardAndBackward(weights, seed, grads);
        }

        @Override
        public long bytes() {
            return cpu.bytes();
        }

        @Override
        public void close() {
        }
    }

    @Test
    void badUsageExitsWithTwoAndMissingFilesWithOne() {
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertEquals(2, BenchMain.run(new String[] {}, out));
        assertEquals(2, BenchMain.run(new String[] {"--batch", "0", "x.sdd"}, out));
        assertEquals(2, BenchMain.run(new String[] {"--algebra", "nope", "x.sdd"}, out));
        assertEquals(1, BenchMain.run(new String[] {"/no/such/circuit.sdd"}, out));
    }
}
