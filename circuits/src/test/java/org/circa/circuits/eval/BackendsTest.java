package org.circa.circuits.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.circa.circuits.Circuit;
import org.circa.circuits.bench.RandomCircuits;
import org.circa.circuits.plan.CircuitPlan;
import org.circa.semirings.Algebra;
import org.circa.semirings.Algebras;
import org.junit.jupiter.api.Test;

/** Backend selection: cpu always, auto falls back, a missing or unavailable gpu says what is missing. */
class BackendsTest {
    /** A stand-in accelerator: available or not, supporting only the probability algebra. */
    private record FakeBackend(String name, boolean available) implements EvaluatorBackend {
        @Override
        public Availability availability() {
            return available ? Availability.available("a fake device")
                    : Availability.unavailable("libfake.so.1 not found: install the fake driver");
        }

        @Override
        public boolean supports(Algebra algebra) {
            return algebra.name().equals("probability");
        }

        @Override
        public CircuitEvaluator open(CircuitPlan plan, Algebra algebra, int batch) {
            throw new UnsupportedOperationException("fake " + name);
        }
    }

    private static final EvaluatorBackend CPU = Backends.cpu(1);

    @Test
    void cpuIsAlwaysThereAndEvaluatesLikePlanEvaluator() {
        EvaluatorBackend cpu = Backends.select("cpu", 1);
        assertEquals("cpu", cpu.name());
        assertTrue(cpu.availability().available());
        Circuit c = RandomCircuits.generate(6, 40, 3, 2, 7);
        CircuitPlan plan = CircuitPlan.of(c);
        Algebra a = Algebras.byName("probability");
        LeafWeights w = LeafWeights.random(c.numVars(), 4, a, 3);
        try (CircuitEvaluator e = cpu.open(plan, a, 4)) {
            double[][] want = new PlanEvaluator(plan, a, 4, 1).forward(w);
            double[][] got = e.forward(w);
            for (int r = 0; r < want.length; r++) {
                for (int b = 0; b < 4; b++) {
                    assertEquals(want[r][b], got[r][b], 0.0);
                }
            }
            assertEquals(4, e.batch());
        }
    }

    @Test
    void unavailableGpuFailsWithWhatIsMissing() {
        List<EvaluatorBackend> installed = List.of(new FakeBackend("gpu", false));
        BackendUnavailableException e = assertThrows(BackendUnavailableException.class,
                () -> Backends.select("gpu", CPU, installed));
        assertTrue(e.getMessage().contains("libfake.so.1 not found"), e.getMessage());
        assertTrue(e.getMessage().contains("gpu backend"), e.getMessage());
    }

    @Test
    void gpuModuleMissingSaysWhatToAdd() {
        BackendUnavailableException e = assertThrows(BackendUnavailableException.class,
                () -> Backends.select("gpu", CPU, List.of()));
        assertTrue(e.getMessage().contains("circa-gpu"), e.getMessage());
    }

    @Test
    void unknownNameListsTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Backends.select("tpu", CPU, List.of(new FakeBackend("gpu", true))));
        assertTrue(e.getMessage().contains("cpu, auto, gpu"), e.getMessage());
    }

    @Test
    void autoFallsBackToTheCpuWhenNoAcceleratorRuns() {
        EvaluatorBackend auto = Backends.select("auto", CPU, List.of(new FakeBackend("gpu", false)));
        assertEquals("auto", auto.name());
        assertTrue(auto.availability().available());
        assertTrue(auto.availability().reason().contains("libfake.so.1"), auto.availability().reason());
        AutoBackend a = assertInstanceOf(AutoBackend.class, auto);
        assertSame(CPU, a.choose(Algebras.byName("probability")));
        CircuitPlan plan = CircuitPlan.of(RandomCircuits.generate(3, 10, 2, 1, 1));
        try (CircuitEvaluator e = auto.open(plan, Algebras.byName("probability"), 2)) {
            assertInstanceOf(PlanEvaluator.class, e);
        }
    }

    @Test
    void autoTakesAnAvailableAcceleratorOnlyForAlgebrasItSupports() {
        EvaluatorBackend gpu = new FakeBackend("gpu", true);
        AutoBackend auto = (AutoBackend) Backends.select("auto", CPU, List.of(gpu));
        assertSame(gpu, auto.choose(Algebras.byName("probability")));
        assertSame(CPU, auto.choose(Algebras.byName("logprobability")));
        assertSame(gpu, Backends.select("gpu", CPU, List.of(gpu)));
    }

    @Test
    void withoutTheGpuModuleTheRealSelectionFallsBackOrFails() {
        // the circuits module's class path holds no gpu backend
        assertTrue(Backends.installed().stream().noneMatch(b -> b.name().equals("gpu")));
        assertThrows(BackendUnavailableException.class, () -> Backends.select("gpu"));
        assertEquals("auto", Backends.select("auto").name());
    }
}
