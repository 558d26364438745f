package org.circa.gpu;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.circa.semirings.Algebra;
import org.circa.semirings.Algebras;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link Nvrtc} on a real NVRTC library, where one is installed (NVRTC needs no GPU; Debian's
 * {@code libnvrtc11.2} or a CUDA toolkit's {@code libnvrtc.so.N}): the bindings called through
 * {@code java.lang.foreign} as on the GPU machine, and every specialisation of the kernels
 * compiled, with the options the runtime uses for compute capability 9.0, into a CUBIN (an ELF
 * image) holding the kernels under their unmangled names. Compilation errors carry NVRTC's log.
 */
class RealNvrtcTest {
    private static Nvrtc nvrtc;

    @BeforeAll
    static void findNvrtc() {
        NativeLibraries.Found found = null;
        try {
            found = NativeLibraries.nvrtc();
        } catch (NativeLibraries.NotFoundException e) {
            System.out.println("RealNvrtcTest skipped: " + e.getMessage());
        }
        Assumptions.assumeTrue(found != null, "no NVRTC library");
        nvrtc = new Nvrtc(found.lookup(), found.candidate());
        System.out.println("RealNvrtcTest: NVRTC " + nvrtc.version() + " (" + found.candidate() + ")");
    }

    @Test
    void everySpecialisationCompilesToACubinWithTheKernels() {
        Set<KernelSpec> specs = new LinkedHashSet<>();
        for (Algebra a : Algebras.builtIns()) {
            specs.add(KernelSpec.of(a));
        }
        for (KernelSpec spec : specs) {
            byte[] cubin = nvrtc.compile(spec.source(), spec.programName() + ".cu", Nvrtc.options(9, 0));
            String image = new String(cubin, StandardCharsets.ISO_8859_1);
            assertTrue(image.startsWith("\u007fELF"), spec.programName() + ": not an ELF image");
            for (String kernel : KernelSpec.KERNELS) {
                assertTrue(image.contains("\0" + kernel + "\0"), spec.programName() + " lacks the symbol " + kernel);
            }
        }
    }

    @Test
    void theVersionIsMajorDotMinor() {
        assertTrue(nvrtc.version().matches("\\d+\\.\\d+"), nvrtc.version());
    }

    @Test
    void compilationErrorsCarryTheLog() {
        CudaException e = assertThrows(CudaException.class,
                () -> nvrtc.compile("extern \"C\" __global__ void k() { undefined_thing(); }", "broken.cu", Nvrtc.options(9, 0)));
        assertTrue(e.getMessage().startsWith("nvrtcCompileProgram failed for broken.cu"), e.getMessage());
        assertTrue(e.getMessage().contains("NVRTC_ERROR_COMPILATION"), e.getMessage());
        assertTrue(e.getMessage().contains("undefined_thing"), e.getMessage());
    }

    @Test
    void aVirtualArchitectureGivesNoCubinAndSaysSo() {
        CudaException e = assertThrows(CudaException.class,
                () -> nvrtc.compile("extern \"C\" __global__ void k() {}", "virtual.cu", List.of("--gpu-architecture=compute_90")));
        assertTrue(e.getMessage().contains("PTX only"), e.getMessage());
    }
}
