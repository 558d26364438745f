package org.circa.gpu;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.SymbolLookup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Finds the CUDA driver ({@code libcuda.so.1}) and NVRTC ({@code libnvrtc.so.N}) by name at run
 * time: bare names through the system loader's path first, then files in the usual CUDA folders.
 * Stateless and thread-safe.
 */
final class NativeLibraries {
    /** System property naming an NVRTC library file to use before the usual candidates. */
    static final String NVRTC_PROPERTY = "circa.nvrtc";

    /** The driver's names: the loader path, then where distributions and containers put it. */
    static final List<String> DRIVER_CANDIDATES = List.of("libcuda.so.1", "/usr/lib/x86_64-linux-gnu/libcuda.so.1",
            "/usr/local/nvidia/lib64/libcuda.so.1", "/usr/lib64/libcuda.so.1");

    /** NVRTC's file names, newest first. */
    static final List<String> NVRTC_NAMES = List.of("libnvrtc.so", "libnvrtc.so.13", "libnvrtc.so.12", "libnvrtc.so.11.2",
            "libnvrtc.so.11");

    /** Folders of CUDA toolkits searched after the loader path. */
    static final List<String> CUDA_FOLDERS = List.of("/usr/local/cuda/lib64", "/usr/local/cuda/targets/x86_64-linux/lib",
            "/usr/lib/x86_64-linux-gnu");

    private NativeLibraries() {
    }

    /** A library that was found: its lookup and the candidate that opened it. */
    record Found(SymbolLookup lookup, String candidate) {
    }

    /** Thrown when no candidate opens; the message lists what was tried. */
    static final class NotFoundException extends Exception {
        private static final long serialVersionUID = 1L;

        NotFoundException(String message) {
            super(message);
        }
    }

    /** NVRTC's candidates in order: the {@value #NVRTC_PROPERTY} property if set, the names, then each name in each CUDA folder. */
    static List<String> nvrtcCandidates(String override) {
        List<String> out = new ArrayList<>();
        if (override != null && !override.isBlank()) {
            out.add(override.strip());
        }
        out.addAll(NVRTC_NAMES);
        for (String folder : CUDA_FOLDERS) {
            for (String name : NVRTC_NAMES) {
                out.add(folder + "/" + name);
            }
        }
        return out;
    }

    /** The first candidate that {@code opener} opens (it throws {@link IllegalArgumentException} when one is missing). */
    static Found first(String what, List<String> candidates, Function<String, SymbolLookup> opener)
            throws NotFoundException {
        List<String> failures = new ArrayList<>();
        for (String candidate : candidates) {
            try {
                return new Found(opener.apply(candidate), candidate);
            } catch (IllegalArgumentException e) {
                failures.add(candidate);
            }
        }
        throw new NotFoundException(what + " not found (tried " + String.join(", ", failures) + ")");
    }

    /** Opens a bare name through the system loader, or a path as a file, for the life of the process. */
    static SymbolLookup open(String candidate) {
        return candidate.contains("/") ? SymbolLookup.libraryLookup(Path.of(candidate), Arena.global())
                : SymbolLookup.libraryLookup(candidate, Arena.global());
    }

    /** The CUDA driver library. */
    static Found driver() throws NotFoundException {
        return first("libcuda.so.1", DRIVER_CANDIDATES, NativeLibraries::open);
    }

    /**
     * NVRTC; when it was found as a file, its builtins library beside it is loaded too, so that
     * NVRTC finds it without {@code LD_LIBRARY_PATH}.
     */
    static Found nvrtc() throws NotFoundException {
        Found found = first("libnvrtc (NVRTC, the CUDA run-time compiler)", nvrtcCandidates(System.getProperty(NVRTC_PROPERTY)),
                NativeLibraries::open);
        if (found.candidate().contains("/")) {
            loadBuiltinsBeside(Path.of(found.candidate()));
        }
        return found;
    }

    private static void loadBuiltinsBeside(Path nvrtc) {
        Path folder = nvrtc.toAbsolutePath().getParent();
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(p -> p.getFileName().toString().startsWith("libnvrtc-builtins.so")).sorted().findFirst()
                    .ifPresent(p -> {
                        try {
                            open(p.toString());
                        } catch (IllegalArgumentException e) {
                            // NVRTC may still find it through the loader path
                        }
                    });
        } catch (IOException e) {
            // best effort only
        }
    }
}
