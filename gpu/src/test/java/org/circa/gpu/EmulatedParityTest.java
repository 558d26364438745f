package org.circa.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.circa.circuits.Circuit;
import org.circa.circuits.CircuitBuilder;
import org.circa.circuits.eval.CircuitEvaluator;
import org.circa.circuits.eval.LeafWeights;
import org.circa.circuits.eval.PlanEvaluator;
import org.circa.circuits.plan.CircuitPlan;
import org.circa.semirings.Algebra;
import org.circa.semirings.Algebras;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The GPU evaluator's kernels and launch sequence, run on the host: circuit.cu compiled by g++
 * (grid-stride loops on one thread) behind {@link HostQueue}, against {@link PlanEvaluator} for
 * every built-in algebra, through {@link GpuParityMain}'s own check. What this cannot test is the
 * CUDA binding itself (driver, NVRTC, graphs), which needs a GPU: see {@link GpuBackendTest}.
 */
class EmulatedParityTest {
    @BeforeAll
    static void needsACompiler() {
        boolean present = HostKernels.compilerPresent();
        if (!present) {
            System.out.println("EmulatedParityTest skipped: g++ not found (it compiles circuit.cu for the host)");
        }
        Assumptions.assumeTrue(present, "g++ not found (it compiles circuit.cu for the host)");
    }

    @Test
    void everyBuiltInAlgebraAgreesOnRandomAndSharedCircuits() {
        List<String> args = new ArrayList<>(List.of("--batches", "1,5,33"));
        Path shared = Path.of(System.getProperty("circa.shared", "../../shared"), "bench", "circuits");
        if (Files.isDirectory(shared)) {
            args.add(shared.toString());
        } else {
            System.out.println("EmulatedParityTest: no shared circuits at " + shared + "; random circuits only");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = GpuParityMain.run(args.toArray(new String[0]), new PrintStream(bytes, true, StandardCharsets.UTF_8),
                new HostBackend());
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, out);
        long cases = out.lines().filter(l -> l.startsWith("ok\t")).count();
        assertTrue(cases >= 4L * Algebras.builtIns().size() * 3, out);
    }

    @Test
    void unfusedFullyFusedAndMixedLaunchesAgreeOnEveryAlgebra() throws java.io.IOException {
        // no fusion; every level fused in tiles of 4 columns (partial tiles at batch 5 and 33);
        // tiles of 2 columns with only levels of at most 6 rows and no gate of 4 or more children
        // fused, so that fused and unfused runs alternate and many gates are reduced as wide ones
        // (the first two resident in shared memory where a pass fits, the last two never)
        Map<String, IntFunction<Fusion>> variants = Map.of("none", b -> Fusion.NONE,
                "all", b -> new Fusion(2, Integer.MAX_VALUE, Integer.MAX_VALUE),
                "all-global", b -> new Fusion(2, Integer.MAX_VALUE, Integer.MAX_VALUE, 0), "mixed", b -> new Fusion(1, 12, 4));
        for (Map.Entry<String, IntFunction<Fusion>> v : variants.entrySet()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            int code = GpuParityMain.run(new String[] {"--batches", "1,5,33"},
                    new PrintStream(bytes, true, StandardCharsets.UTF_8), new HostBackend(v.getValue()));
            String out = bytes.toString(StandardCharsets.UTF_8);
            assertEquals(0, code, v.getKey() + ":\n" + out);
            assertEquals((long) GpuParityMain.circuits(List.of()).size() * Algebras.builtIns().size() * 3,
                    out.lines().filter(l -> l.startsWith("ok\t")).count(), out);
        }
    }

    @Test
    void passesRunInSharedMemoryWhereTheyFitAndOtherwiseFused() {
        Algebra algebra = Algebras.byName("probability32");
        KernelSpec spec = KernelSpec.of(algebra);
        CircuitPlan plan = CircuitPlan.of(org.circa.circuits.bench.RandomCircuits.generate(12, 300, 4, 3, 7));
        // 4-byte values, tiles of 2 columns: forward needs rows x 8 bytes, backward twice that
        int forward = plan.rows() * 8;
        Map<Integer, List<String>> expected = Map.of(
                2 * forward, List.of(KernelSpec.FORWARD_RESIDENT, KernelSpec.BACKWARD_RESIDENT),
                forward, List.of(KernelSpec.FORWARD_RESIDENT, KernelSpec.BACKWARD_LEVELS),
                forward - 4, List.of(KernelSpec.FORWARD_LEVELS, KernelSpec.BACKWARD_LEVELS));
        for (Map.Entry<Integer, List<String>> e : expected.entrySet()) {
            HostQueue queue = new HostQueue(spec);
            Fusion fusion = new Fusion(1, Integer.MAX_VALUE, Fusion.DEFAULT_WIDE_FAN_IN, e.getKey());
            try (CircuitEvaluator cpu = new PlanEvaluator(plan, algebra, 5);
                    GpuEvaluator gpu = new GpuEvaluator(plan, algebra, 5, spec, queue, fusion)) {
                LeafWeights w = ParityCheck.weights(plan.numVars(), 5, algebra, 3);
                ParityCheck.Outcome o = ParityCheck.compare(cpu, gpu, w, ParityCheck.seeds(plan.rootCount(), 5, 3));
                assertTrue(o.ok(), e.getKey() + " bytes: " + o);
                assertEquals(e.getValue(), queue.launched(), e.getKey() + " bytes");
            }
        }
    }

    @Test
    void aWronglySpecialisedKernelIsCaught() {
        // the product kernels run where the algebra is probability: the check must see it
        Algebra probability = Algebras.byName("probability");
        KernelSpec wrong = KernelSpec.of(Algebras.byName("product"));
        CircuitPlan plan = CircuitPlan.of(org.circa.circuits.bench.RandomCircuits.generate(8, 120, 3, 2, 9));
        LeafWeights w = ParityCheck.weights(plan.numVars(), 4, probability, 1);
        try (CircuitEvaluator reference = new PlanEvaluator(plan, probability, 4);
                CircuitEvaluator candidate = new GpuEvaluator(plan, probability, 4, wrong, new HostQueue(wrong), Fusion.NONE)) {
            ParityCheck.Outcome o = ParityCheck.compare(reference, candidate, w, ParityCheck.seeds(plan.rootCount(), 4, 1));
            assertFalse(o.ok(), "a wrong algebra passed: " + o);
        }
    }

    @Test
    void constantRootsRepeatedRootsAndLiteralRoots() {
        CircuitBuilder b = new CircuitBuilder();
        b.declareVars(3);
        int x = b.literal(1);
        int y = b.literal(-2);
        int and = b.and(x, y, b.literal(3));
        int or = b.or(and, b.literal(-1));
        Circuit c = b.build(b.trueNode(), or, b.falseNode(), x, or, and);
        CircuitPlan plan = CircuitPlan.of(c);
        for (Fusion fusion : List.of(Fusion.NONE, new Fusion(1, Integer.MAX_VALUE))) {
            for (Algebra algebra : Algebras.builtIns()) {
                for (int batch : new int[] {1, 3}) {
                    assertTrue(GpuParityMain.check("constants", plan, algebra, batch, new HostBackend(columns -> fusion),
                            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)),
                            algebra.name() + " " + fusion);
                }
            }
        }
    }

    @Test
    void reusedAcrossCallsWithNewWeightsAndClosedAfterwards() {
        Algebra algebra = Algebras.byName("logprobability32");
        CircuitPlan plan = CircuitPlan.of(org.circa.circuits.bench.RandomCircuits.generate(10, 200, 3, 2, 4));
        CircuitEvaluator gpu = new HostBackend().open(plan, algebra, 8);
        try (CircuitEvaluator cpu = new PlanEvaluator(plan, algebra, 8)) {
            for (long seed = 1; seed <= 3; seed++) {
                LeafWeights w = ParityCheck.weights(plan.numVars(), 8, algebra, seed);
                assertTrue(ParityCheck.compare(cpu, gpu, w, ParityCheck.seeds(plan.rootCount(), 8, seed)).ok());
            }
        }
        gpu.close();
        gpu.close();
        LeafWeights w = new LeafWeights(plan.numVars(), 8);
        assertThrows(IllegalStateException.class, () -> gpu.forward(w));
    }

    @Test
    void repeatedPassesOnResidentInputsLeaveTheSameValues() {
        Algebra algebra = Algebras.byName("probability32");
        CircuitPlan plan = CircuitPlan.of(org.circa.circuits.bench.RandomCircuits.generate(10, 200, 3, 2, 5));
        LeafWeights w = ParityCheck.weights(plan.numVars(), 6, algebra, 7);
        double[][] seed = ParityCheck.seeds(plan.rootCount(), 6, 7);
        for (Fusion fusion : List.of(Fusion.NONE, new Fusion(1, Integer.MAX_VALUE))) {
            try (CircuitEvaluator cpu = new PlanEvaluator(plan, algebra, 6);
                    GpuEvaluator gpu = (GpuEvaluator) new HostBackend(b -> fusion).open(plan, algebra, 6)) {
                assertThrows(IllegalStateException.class, gpu::repeatForwardAndBackward);
                double[][] want = cpu.forward(w);
                LeafWeights wantGrads = cpu.backward(seed);
                gpu.forward(w);
                gpu.repeatForward();
                // the backward pass reads the values the repeat left on the "device"
                LeafWeights grads = gpu.backward(seed);
                gpu.repeatForwardAndBackward();
                double[][] got = gpu.forwardAndBackward(w, seed, new LeafWeights(plan.numVars(), 6));
                for (int root = 0; root < want.length; root++) {
                    for (int b = 0; b < 6; b++) {
                        assertEquals(want[root][b], got[root][b], 1e-5 * Math.max(1, Math.abs(want[root][b])));
                    }
                }
                int compared = 0;
                for (int v = 1; v <= plan.numVars(); v++) {
                    for (int lit : new int[] {v, -v}) {
                        for (int b = 0; b < 6; b++) {
                            double x = wantGrads.literal(lit)[b];
                            if (Double.isFinite(x)) { // random circuits are not decomposable: some overflow
                                assertEquals(x, grads.literal(lit)[b], 1e-5 * Math.max(1, Math.abs(x)), fusion + " literal " + lit);
                                compared++;
                            }
                        }
                    }
                }
                assertTrue(compared > plan.numVars(), "too few finite gradients: " + compared);
            }
        }
    }

    @Test
    void shapesAreChecked() {
        Algebra algebra = Algebras.byName("probability");
        CircuitPlan plan = CircuitPlan.of(org.circa.circuits.bench.RandomCircuits.generate(4, 20, 2, 2, 1));
        try (CircuitEvaluator gpu = new HostBackend().open(plan, algebra, 4)) {
            assertThrows(IllegalArgumentException.class, () -> gpu.forward(new LeafWeights(plan.numVars(), 3)));
            assertThrows(IllegalArgumentException.class, () -> gpu.backward(new double[plan.rootCount() + 1][4]));
            assertThrows(IllegalArgumentException.class, () -> gpu.backward(new double[plan.rootCount()][2]));
        }
    }
}
