package org.circa.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.foreign.AddressLayout;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.ValueLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The descriptors {@link CudaDriver} and {@link Nvrtc} bind against the prototypes a CUDA
 * toolkit's own {@code cuda.h} and {@code nvrtc.h} declare (where one is installed; no GPU
 * needed): g++ checks, with {@code static_assert}s, that every bound symbol is declared under
 * that exact exported name and that its return and parameters agree in number and kind (pointer,
 * 32-bit integer or enum, 64-bit integer), and that the enum values used are the header's.
 */
class CudaHeadersTest {
    /** The checking code: a signature's kinds as a string, {@code R:ABC}, from its function pointer type. */
    private static final String PRELUDE = """
            #include <type_traits>
            template <class T> constexpr char kind() {
                return std::is_pointer<T>::value ? 'A'
                    : (std::is_integral<T>::value || std::is_enum<T>::value) && sizeof(T) == 4 ? 'I'
                    : std::is_integral<T>::value && sizeof(T) == 8 ? 'J' : '?';
            }
            template <class F> struct signature;
            template <class R, class... P> struct signature<R (*)(P...)> {
                static constexpr char value[] = {kind<R>(), ':', kind<P>()..., '\\0'};
            };
            constexpr bool same(const char* a, const char* b) { return *a == *b && (*a == '\\0' || same(a + 1, b + 1)); }
            """;

    @Test
    void theDriverBindingsMatchCudaH() throws IOException, InterruptedException {
        Optional<Path> header = CudaToolkit.file("include/cuda.h");
        skipWithout(header, "cuda.h");
        StringBuilder checks = new StringBuilder("#include <cuda.h>\n");
        checks.append(asserts(CudaDriver.FUNCTIONS));
        checks.append(constant("CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR", CudaDriver.ATTRIBUTE_CC_MAJOR));
        checks.append(constant("CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR", CudaDriver.ATTRIBUTE_CC_MINOR));
        checks.append(constant("CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT", CudaDriver.ATTRIBUTE_MULTIPROCESSORS));
        checks.append(constant("CU_STREAM_NON_BLOCKING", CudaDriver.STREAM_NON_BLOCKING));
        checks.append(constant("CU_STREAM_CAPTURE_MODE_THREAD_LOCAL", CudaDriver.CAPTURE_MODE_THREAD_LOCAL));
        checks.append(constant("CUDA_SUCCESS", 0));
        checks.append("static_assert(sizeof(CUdeviceptr) == 8 && sizeof(CUdevice) == 4, \"CUdeviceptr is a long, CUdevice an int\");\n");
        compile(header.get(), checks.toString());
    }

    @Test
    void theNvrtcBindingsMatchNvrtcH() throws IOException, InterruptedException {
        Optional<Path> header = CudaToolkit.file("include/nvrtc.h");
        skipWithout(header, "nvrtc.h");
        String checks = "#include <nvrtc.h>\n" + asserts(Nvrtc.FUNCTIONS) + constant("NVRTC_SUCCESS", 0);
        compile(header.get(), checks);
    }

    @Test
    void aWrongDescriptorIsCaught() throws IOException, InterruptedException {
        Optional<Path> header = CudaToolkit.file("include/cuda.h");
        skipWithout(header, "cuda.h");
        // cuMemcpyHtoDAsync_v2's size_t taken for an int, and a symbol cuda.h does not declare
        CudaToolkit.Result r = check(header.get(), "#include <cuda.h>\n" + asserts(Map.of(
                "cuMemcpyHtoDAsync_v2", FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG,
                        ValueLayout.ADDRESS, ValueLayout.JAVA_INT, ValueLayout.ADDRESS),
                "cuGraphInstantiate_v3", FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS))));
        assertFalse(r.status() == 0, r.output());
        assertTrue(r.output().contains("cuMemcpyHtoDAsync_v2 is bound as I:JAIA"), r.output());
        assertTrue(r.output().contains("cuGraphInstantiate_v3"), r.output());
    }

    @Test
    void descriptorsAreWrittenAsKinds() {
        assertEquals("I:JAJA", kinds(CudaDriver.FUNCTIONS.get("cuMemcpyHtoDAsync_v2")));
        assertEquals("A:I", kinds(Nvrtc.FUNCTIONS.get("nvrtcGetErrorString")));
        assertEquals("I:AIIIIIIIAAA", kinds(CudaDriver.FUNCTIONS.get("cuLaunchKernel")));
    }

    private static void skipWithout(Optional<Path> header, String name) {
        if (header.isEmpty()) {
            System.out.println("CudaHeadersTest: no " + name + " in " + CudaToolkit.homes() + " (set -Dcirca.cuda.home)");
        }
        Assumptions.assumeTrue(header.isPresent(), "no CUDA toolkit with " + name);
    }

    private static void compile(Path header, String checks) throws IOException, InterruptedException {
        CudaToolkit.Result r = check(header, checks);
        assertEquals(0, r.status(), "the bindings disagree with " + header + ":\n" + r.output());
    }

    private static CudaToolkit.Result check(Path header, String checks) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("circa-cuda-headers");
        Path source = dir.resolve("bindings.cpp");
        Files.writeString(source, PRELUDE + checks);
        try {
            return CudaToolkit.run(List.of("g++", "-std=c++17", "-fsyntax-only", "-I", header.getParent().toString(),
                    source.toString()), dir);
        } finally {
            CudaToolkit.deleteTree(dir);
        }
    }

    /** One {@code static_assert} per function, in name order. */
    static String asserts(Map<String, FunctionDescriptor> functions) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, FunctionDescriptor> f : new TreeMap<>(functions).entrySet()) {
            String k = kinds(f.getValue());
            out.append("static_assert(same(signature<decltype(&").append(f.getKey()).append(")>::value, \"").append(k)
                    .append("\"), \"").append(f.getKey()).append(" is bound as ").append(k).append("\");\n");
        }
        return out.toString();
    }

    private static String constant(String name, int value) {
        return "static_assert(" + name + " == " + value + ", \"" + name + " is used as " + value + "\");\n";
    }

    /** A descriptor as {@code R:ABC}: A an address, I a 32-bit int, J a 64-bit long. */
    static String kinds(FunctionDescriptor d) {
        StringBuilder s = new StringBuilder();
        s.append(d.returnLayout().map(CudaHeadersTest::kind).orElse('v')).append(':');
        d.argumentLayouts().forEach(l -> s.append(kind(l)));
        return s.toString();
    }

    private static char kind(MemoryLayout layout) {
        if (layout instanceof AddressLayout) {
            return 'A';
        }
        if (layout.equals(ValueLayout.JAVA_INT)) {
            return 'I';
        }
        if (layout.equals(ValueLayout.JAVA_LONG)) {
            return 'J';
        }
        throw new IllegalArgumentException("unexpected layout " + layout);
    }
}
