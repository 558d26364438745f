package org.circa.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.circa.circuits.bench.RandomCircuits;
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
 * The CUDA path itself, on stand-in libraries: {@code mock_cuda.cpp} and {@code mock_nvrtc.cpp}
 * export the driver and NVRTC functions with cuda.h's and nvrtc.h's C signatures (on host memory,
 * kernels compiled by g++), so that {@link CudaDriver}, {@link Nvrtc}, {@link CudaRuntime} and
 * {@link CudaQueue} run through {@code java.lang.foreign} exactly as on a GPU: argument
 * marshalling (kernel parameters are read back by the kernels' own C types), graph capture and
 * replay, error names, NVRTC logs, and freeing everything on close. Launches run as two blocks
 * of eight host threads meeting at real barriers, so a missing barrier or a race between a
 * block's threads shows (the wide gates' pairwise combination, the shared-memory passes). What a
 * real GPU adds is the driver's own behaviour.
 */
class MockCudaTest {
    private static Path dir;
    private static CudaRuntime cuda;
    private static SymbolLookup mockCuda;

    @BeforeAll
    static void buildTheStandIns() throws IOException, InterruptedException {
        boolean present = HostKernels.compilerPresent();
        if (!present) {
            System.out.println("MockCudaTest skipped: g++ not found (it builds the stand-in libcuda and libnvrtc)");
        }
        Assumptions.assumeTrue(present, "g++ not found");
        dir = Files.createTempDirectory("circa-mock-cuda");
        for (String name : List.of("emulation.h", "mock_binders.h", "mock_cuda.cpp", "mock_nvrtc.cpp")) {
            try (InputStream in = MockCudaTest.class.getResourceAsStream(name)) {
                Files.write(dir.resolve(name), in.readAllBytes());
            }
        }
        gxx("-o", dir.resolve("libmockcuda.so").toString(), dir.resolve("mock_cuda.cpp").toString(), "-ldl");
        gxx("-DMOCK_DIR=\"" + dir + "\"", "-o", dir.resolve("libmocknvrtc.so").toString(),
                dir.resolve("mock_nvrtc.cpp").toString());
        mockCuda = SymbolLookup.libraryLookup(dir.resolve("libmockcuda.so"), Arena.global());
        CudaDriver driver = new CudaDriver(mockCuda);
        driver.init();
        Path nvrtcLibrary = dir.resolve("libmocknvrtc.so");
        Nvrtc nvrtc = new Nvrtc(SymbolLookup.libraryLookup(nvrtcLibrary, Arena.global()), nvrtcLibrary.toString());
        cuda = new CudaRuntime(driver, nvrtc, nvrtcLibrary.toString());
    }

    private static void gxx(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("g++", "-O1", "-shared", "-fPIC", "-std=c++17"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("g++ failed: " + command + "\n" + log);
        }
    }

    private static long counter(String name) {
        try {
            return (long) Linker.nativeLinker().downcallHandle(mockCuda.find(name).orElseThrow(),
                    FunctionDescriptor.of(ValueLayout.JAVA_LONG)).invokeExact();
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Test
    void theDeviceIsDescribed() {
        String d = cuda.description();
        assertTrue(d.startsWith("Mock GPU 0 (compute capability 9.0, 132 SMs, 80.0 GiB), CUDA driver 13.0, NVRTC 13.0"), d);
    }

    @Test
    void evaluatorsAgreeWithTheCpuThroughTheDriverCallsAndFreeEverything() {
        long before = counter("mock_live_allocations");
        CircuitPlan plan = CircuitPlan.of(RandomCircuits.generate(12, 300, 4, 3, 7));
        // unfused: the forward graph launches once per group and once to gather the roots, the
        // backward graph once per level (the leaves' included); fully fused: once each
        long unfused = launches(plan, Fusion.NONE, ALGEBRAS);
        assertEquals(12L * 2 * (plan.groups() + 1 + plan.levels() + 1), unfused);
        // fully fused: resident in shared memory, then not
        assertEquals(12L * 2 * 2, launches(plan, new Fusion(2, Integer.MAX_VALUE), ALGEBRAS));
        assertEquals(12L * 2 * 2, launches(plan, new Fusion(2, Integer.MAX_VALUE, Fusion.DEFAULT_WIDE_FAN_IN, 0), ALGEBRAS));
        // gates of 3 or more children reduced as wide ones by a block each, in pairs: only for
        // algebras whose gradients do not amplify the last bits a changed order of sums moves
        // (the fuzzy product's 1 - x and Łukasiewicz's thresholds do)
        List<String> orderInsensitive = ALGEBRAS.subList(0, 4);
        assertEquals(4L * 2 * 2 * (plan.groups() + 1 + plan.levels() + 1 + levelsWithGatesOf(plan, 3)),
                launches(plan, new Fusion(0, 0, 3), orderInsensitive), "one more forward launch per level with wide gates");
        launches(plan, new Fusion(1, 16, 5), orderInsensitive);
        assertEquals(before, counter("mock_live_allocations"), "device and pinned memory left allocated");
    }

    @Test
    void aRepeatOnResidentInputsReplaysThePassesOnly() {
        CircuitPlan plan = CircuitPlan.of(RandomCircuits.generate(8, 100, 3, 2, 3));
        Algebra algebra = Algebras.byName("logprobability32");
        KernelSpec spec = KernelSpec.of(algebra);
        try (GpuEvaluator gpu = new GpuEvaluator(plan, algebra, 4, spec, cuda.openQueue(spec), new Fusion(0, Integer.MAX_VALUE))) {
            gpu.forwardAndBackward(ParityCheck.weights(plan.numVars(), 4, algebra, 1), ParityCheck.seeds(plan.rootCount(), 4, 1),
                    new LeafWeights(plan.numVars(), 4));
            long before = counter("mock_launches");
            gpu.repeatForward();
            assertEquals(before + 1, counter("mock_launches"), "one fused forward launch");
            gpu.repeatForwardAndBackward();
            assertEquals(before + 3, counter("mock_launches"), "then one forward and one backward");
        }
    }

    /** Number of gate levels of {@code plan} with a gate of at least {@code fanIn} children. */
    private static int levelsWithGatesOf(CircuitPlan plan, int fanIn) {
        int[] childStart = plan.childStartArray();
        int count = 0;
        for (int level = 1; level <= plan.levels(); level++) {
            boolean found = false;
            for (int r = plan.groupStart(plan.levelGroupStart(level - 1)); r < plan.groupStart(plan.levelGroupStart(level)); r++) {
                int g = r - plan.leafCount();
                found |= childStart[g + 1] - childStart[g] >= fanIn;
            }
            count += found ? 1 : 0;
        }
        return count;
    }

    /** Algebras of the parity checks: every kind of sum and product. */
    private static final List<String> ALGEBRAS = List.of("probability", "logprobability32", "maxproduct", "godel32",
            "product", "lukasiewicz32");

    /**
     * Checks {@code algebras} x batch 1 and 17 against the CPU (each case runs the forward and the
     * backward graph twice: alone and fused) and returns the number of kernel runs.
     */
    private long launches(CircuitPlan plan, Fusion fusion, List<String> algebras) {
        long launchesBefore = counter("mock_launches");
        for (String name : algebras) {
            Algebra algebra = Algebras.byName(name);
            KernelSpec spec = KernelSpec.of(algebra);
            for (int batch : new int[] {1, 17}) {
                LeafWeights w = ParityCheck.weights(plan.numVars(), batch, algebra, batch);
                try (CircuitEvaluator reference = new PlanEvaluator(plan, algebra, batch);
                        CircuitEvaluator gpu = new GpuEvaluator(plan, algebra, batch, spec, cuda.openQueue(spec), fusion)) {
                    ParityCheck.Outcome o = ParityCheck.compare(reference, gpu, w, ParityCheck.seeds(plan.rootCount(), batch, 3));
                    assertTrue(o.ok(), name + " batch " + batch + " " + fusion + ": " + o);
                }
            }
        }
        return counter("mock_launches") - launchesBefore;
    }

    @Test
    void failedCallsNameTheCallAndTheError() {
        CudaException e = assertThrows(CudaException.class, () -> cuda.driver().allocate(1L << 40));
        assertEquals("cuMemAlloc_v2 failed: CUDA_ERROR_OUT_OF_MEMORY (out of memory)", e.getMessage());
        CudaException handle = assertThrows(CudaException.class,
                () -> cuda.driver().setCurrent(java.lang.foreign.MemorySegment.ofAddress(0x2000)));
        assertTrue(handle.getMessage().startsWith("cuCtxSetCurrent failed: CUDA_ERROR_INVALID_HANDLE"), handle.getMessage());
    }

    @Test
    void compilationErrorsCarryTheLog() throws IOException {
        Nvrtc nvrtc = new Nvrtc(SymbolLookup.libraryLookup(dir.resolve("libmocknvrtc.so"), Arena.global()), "mock");
        CudaException e = assertThrows(CudaException.class,
                () -> nvrtc.compile("this is not C;", "broken.cu", Nvrtc.options(9, 0)));
        assertTrue(e.getMessage().startsWith("nvrtcCompileProgram failed for broken.cu"), e.getMessage());
        assertTrue(e.getMessage().contains("NVRTC_ERROR_COMPILATION"), e.getMessage());
        assertTrue(e.getMessage().contains("error"), e.getMessage());
        CudaException options = assertThrows(CudaException.class,
                () -> nvrtc.compile(KernelSpec.of(Algebras.byName("probability")).source(), "p.cu", List.of("--gpu-architecture=sm_80")));
        assertTrue(options.getMessage().contains("expected --gpu-architecture=sm_90"), options.getMessage());
    }
}
