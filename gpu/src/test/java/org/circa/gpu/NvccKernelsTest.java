package org.circa.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.circa.semirings.Algebra;
import org.circa.semirings.Algebras;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The kernels as CUDA C++ (where a CUDA toolkit's nvcc is installed; no GPU needed): every
 * specialisation of the built-in algebras compiles with NVRTC's options ({@link Nvrtc#options}
 * for compute capability 9.0), and the PTX entries are the kernels of {@link KernelSpec#KERNELS},
 * unmangled, with the parameters {@link KernelSpec#PARAMETERS} says the launches pass (.u64 for a
 * pointer, .u32 for an int). nvcc reads the source as NVRTC does, bar the host headers NVRTC lacks.
 */
class NvccKernelsTest {
    private static final Pattern ENTRY = Pattern.compile("\\.entry\\s+(\\w+)\\s*\\(([^)]*)\\)");
    private static final Pattern PARAM = Pattern.compile("\\.param\\s+\\.([usb])(32|64)\\s");
    private static final Pattern NON_COHERENT_VALUE_LOAD = Pattern.compile("ld\\.global\\.nc(\\.v\\d)?\\.f(32|64)");

    @Test
    void everySpecialisationCompilesToTheKernelsTheLaunchesExpect() throws IOException, InterruptedException {
        Optional<Path> nvcc = CudaToolkit.file("bin/nvcc");
        if (nvcc.isEmpty()) {
            System.out.println("NvccKernelsTest skipped: no bin/nvcc in " + CudaToolkit.homes() + " (set -Dcirca.cuda.home)");
        }
        Assumptions.assumeTrue(nvcc.isPresent(), "no nvcc");
        Set<KernelSpec> specs = new LinkedHashSet<>();
        for (Algebra a : Algebras.builtIns()) {
            specs.add(KernelSpec.of(a));
        }
        Path dir = Files.createTempDirectory("circa-nvcc");
        List<String> command = new ArrayList<>(List.of(nvcc.get().toString(), "-ptx"));
        command.addAll(Nvrtc.options(9, 0));
        for (KernelSpec spec : specs) {
            Path source = dir.resolve(spec.programName() + ".cu");
            Files.writeString(source, spec.source());
            command.add(source.getFileName().toString());
        }
        try {
            CudaToolkit.Result r = CudaToolkit.run(command, dir);
            assertEquals(0, r.status(), "nvcc failed: " + command + "\n" + r.output());
            Map<String, String> expected = new TreeMap<>(KernelSpec.PARAMETERS);
            assertEquals(Set.copyOf(KernelSpec.KERNELS), expected.keySet());
            for (KernelSpec spec : specs) {
                String ptx = Files.readString(dir.resolve(spec.programName() + ".ptx"));
                assertEquals(expected, entries(ptx), spec.programName() + ": PTX entries and their parameters");
                // the fused forward kernel reads values other threads wrote in the same launch:
                // never through the non-coherent read-only cache
                String fused = body(ptx, KernelSpec.FORWARD_LEVELS);
                assertTrue(fused.contains("bar.sync") || fused.contains("barrier.sync"), "no barrier in " + fused);
                assertFalse(NON_COHERENT_VALUE_LOAD.matcher(fused).find(), spec.programName() + ": " + fused);
            }
        } finally {
            CudaToolkit.deleteTree(dir);
        }
    }

    @Test
    void entriesAreReadFromPtx() {
        String ptx = ".visible .entry gather_rows(\n\t.param .u64 gather_rows_param_0,\n"
                + "\t.param .u32 gather_rows_param_1\n)\n{\n}\n.visible .entry k(\n)\n";
        assertEquals(Map.of("gather_rows", "PI", "k", ""), entries(ptx));
    }

    @Test
    void wrongLaunchArgumentsAreRefused() {
        KernelSpec.checkArguments(KernelSpec.GATHER_ROWS, new Object[] {1L, 2L, 3L, 4, 5});
        assertThrows(IllegalArgumentException.class,
                () -> KernelSpec.checkArguments(KernelSpec.GATHER_ROWS, new Object[] {1L, 2L, 3L, 4}));
        assertThrows(IllegalArgumentException.class,
                () -> KernelSpec.checkArguments(KernelSpec.GATHER_ROWS, new Object[] {1L, 2L, 3, 4, 5}));
        assertThrows(IllegalArgumentException.class, () -> KernelSpec.checkArguments("no_such_kernel", new Object[0]));
    }

    /** The PTX of entry {@code name}, up to the next entry. */
    static String body(String ptx, String name) {
        int from = ptx.indexOf(".entry " + name + "(");
        assertTrue(from >= 0, "no entry " + name);
        int to = ptx.indexOf(".entry ", from + 1);
        return ptx.substring(from, to < 0 ? ptx.length() : to);
    }

    /** Each {@code .entry}'s parameters as {@link KernelSpec#PARAMETERS} letters. */
    static Map<String, String> entries(String ptx) {
        Map<String, String> out = new TreeMap<>();
        Matcher e = ENTRY.matcher(ptx);
        while (e.find()) {
            StringBuilder kinds = new StringBuilder();
            Matcher p = PARAM.matcher(e.group(2));
            while (p.find()) {
                kinds.append(p.group(2).equals("64") ? 'P' : 'I');
            }
            out.put(e.group(1), kinds.toString());
        }
        return out;
    }
}
