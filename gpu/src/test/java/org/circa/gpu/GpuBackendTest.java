package org.circa.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ServiceLoader;
import org.circa.circuits.eval.BackendUnavailableException;
import org.circa.circuits.eval.Backends;
import org.circa.circuits.eval.EvaluatorBackend;
import org.circa.circuits.plan.CircuitPlan;
import org.circa.semirings.Algebras;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The real CUDA backend: found by ServiceLoader everywhere; where no GPU runs, a clear message
 * (tested here); where one does, parity with the CPU through the actual driver, NVRTC and graphs
 * (skipped with the reason printed otherwise).
 */
class GpuBackendTest {
    private static final EvaluatorBackend.Availability AVAILABILITY = new GpuBackend().availability();

    @Test
    void theServiceLoaderFindsIt() {
        assertTrue(ServiceLoader.load(EvaluatorBackend.class).stream().anyMatch(p -> p.type() == GpuBackend.class));
        assertTrue(Backends.installed().stream().anyMatch(b -> b.name().equals("gpu")));
    }

    @Test
    void withoutAGpuTheMessageSaysWhatIsMissingAndAutoFallsBack() {
        if (AVAILABILITY.available()) {
            System.out.println("GpuBackendTest: a GPU runs here (" + AVAILABILITY.reason() + "); the no-GPU messages are not tested");
        }
        Assumptions.assumeTrue(!AVAILABILITY.available(), "a GPU runs here");
        String reason = AVAILABILITY.reason();
        assertTrue(reason.contains("libcuda.so.1") || reason.contains("CUDA") || reason.contains("libnvrtc"), reason);
        BackendUnavailableException e = assertThrows(BackendUnavailableException.class, () -> Backends.select("gpu"));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
        CircuitPlan plan = CircuitPlan.of(org.circa.circuits.bench.RandomCircuits.generate(3, 10, 2, 1, 1));
        assertThrows(BackendUnavailableException.class, () -> new GpuBackend().open(plan, Algebras.byName("probability"), 1));
        assertEquals(org.circa.circuits.eval.PlanEvaluator.class,
                Backends.select("auto").open(plan, Algebras.byName("probability"), 2).getClass());
        assertEquals(3, GpuParityMain.run(new String[0], new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), new GpuBackend()));
    }

    @Test
    void onAGpuEveryBuiltInAlgebraAgreesWithTheCpu() {
        if (!AVAILABILITY.available()) {
            System.out.println("GpuBackendTest skipped: no GPU here: " + AVAILABILITY.reason());
        }
        Assumptions.assumeTrue(AVAILABILITY.available(), () -> "no GPU here: " + AVAILABILITY.reason());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = GpuParityMain.run(new String[] {"--batches", "1,33"}, new PrintStream(bytes, true, StandardCharsets.UTF_8),
                new GpuBackend());
        String out = bytes.toString(StandardCharsets.UTF_8);
        System.out.println(out);
        assertEquals(0, code, out);
    }
}
