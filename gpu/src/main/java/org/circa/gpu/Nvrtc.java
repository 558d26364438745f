package org.circa.gpu;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.util.List;
import java.util.Map;

/**
 * NVRTC, the CUDA run-time compiler, bound through {@code java.lang.foreign}: compiles CUDA C
 * source to a CUBIN for one GPU architecture. Failures throw {@link CudaException} with NVRTC's
 * error string and, for compilation errors, the program log. Thread-safe.
 */
final class Nvrtc {
    private static final int SUCCESS = 0;

    /**
     * Every bound function with its C signature ({@code nvrtcResult} as {@code int}, {@code size_t}
     * as {@code long}, {@code nvrtcProgram} and pointers as addresses); {@code CudaHeadersTest}
     * checks them against {@code nvrtc.h} where a CUDA toolkit has one.
     */
    static final Map<String, FunctionDescriptor> FUNCTIONS = Map.of(
            "nvrtcVersion", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS),
            "nvrtcGetErrorString", FunctionDescriptor.of(ADDRESS, JAVA_INT),
            // nvrtcCreateProgram(nvrtcProgram*, const char* src, const char* name, int numHeaders,
            //     const char* const* headers, const char* const* includeNames)
            "nvrtcCreateProgram", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, JAVA_INT, ADDRESS, ADDRESS),
            "nvrtcCompileProgram", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, ADDRESS),
            "nvrtcGetProgramLogSize", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS),
            "nvrtcGetProgramLog", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS),
            "nvrtcGetCUBINSize", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS),
            "nvrtcGetCUBIN", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS),
            "nvrtcDestroyProgram", FunctionDescriptor.of(JAVA_INT, ADDRESS));

    private final NativeCalls calls;

    Nvrtc(SymbolLookup lookup, String library) {
        this.calls = new NativeCalls(library, lookup, FUNCTIONS);
    }

    /** NVRTC's version as {@code major.minor}. */
    String version() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment major = arena.allocate(JAVA_INT);
            MemorySegment minor = arena.allocate(JAVA_INT);
            check("nvrtcVersion", calls.status("nvrtcVersion", major, minor));
            return major.get(JAVA_INT, 0) + "." + minor.get(JAVA_INT, 0);
        }
    }

    /**
     * The compiler options for a device of compute capability {@code major.minor}: a CUBIN for
     * that architecture, and no fused multiply-add contraction, so that sums and products round
     * as Java's do and the GPU's values match the CPU's.
     */
    static List<String> options(int major, int minor) {
        return List.of("--gpu-architecture=sm_" + major + minor, "--std=c++17", "--fmad=false");
    }

    /** Compiles {@code source} (named {@code name} in messages) to a CUBIN image with {@code options}. */
    byte[] compile(String source, String name, List<String> options) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment program = arena.allocate(ADDRESS);
            check("nvrtcCreateProgram", calls.status("nvrtcCreateProgram", program, arena.allocateFrom(source),
                    arena.allocateFrom(name), 0, MemorySegment.NULL, MemorySegment.NULL));
            MemorySegment handle = program.get(ADDRESS, 0);
            try {
                MemorySegment argv = arena.allocate(ADDRESS, Math.max(1, options.size()));
                for (int i = 0; i < options.size(); i++) {
                    argv.setAtIndex(ADDRESS, i, arena.allocateFrom(options.get(i)));
                }
                int status = calls.status("nvrtcCompileProgram", handle, options.size(), argv);
                if (status != SUCCESS) {
                    throw new CudaException("nvrtcCompileProgram failed for " + name + " with " + options + ": "
                            + errorString(status) + "\n" + log(arena, handle));
                }
                MemorySegment size = arena.allocate(JAVA_LONG);
                check("nvrtcGetCUBINSize", calls.status("nvrtcGetCUBINSize", handle, size));
                long bytes = size.get(JAVA_LONG, 0);
                if (bytes <= 0) {
                    throw new CudaException("nvrtcGetCUBINSize gave no CUBIN for " + name + " with " + options
                            + " (a virtual compute_XY architecture gives PTX only)");
                }
                MemorySegment cubin = arena.allocate(bytes, 16);
                check("nvrtcGetCUBIN", calls.status("nvrtcGetCUBIN", handle, cubin));
                return cubin.toArray(JAVA_BYTE);
            } finally {
                calls.status("nvrtcDestroyProgram", program);
            }
        }
    }

    private String log(Arena arena, MemorySegment handle) {
        MemorySegment size = arena.allocate(JAVA_LONG);
        if (calls.status("nvrtcGetProgramLogSize", handle, size) != SUCCESS) {
            return "(no log)";
        }
        MemorySegment log = arena.allocate(Math.max(1, size.get(JAVA_LONG, 0)));
        if (calls.status("nvrtcGetProgramLog", handle, log) != SUCCESS) {
            return "(no log)";
        }
        return log.getString(0);
    }

    private void check(String call, int status) {
        if (status != SUCCESS) {
            throw new CudaException(call + " failed: " + errorString(status));
        }
    }

    private String errorString(int status) {
        MemorySegment s = (MemorySegment) calls.call("nvrtcGetErrorString", status);
        return s.equals(MemorySegment.NULL) ? "nvrtcResult " + status : s.reinterpret(4096).getString(0);
    }
}
