package org.circa.gpu;

import java.io.IOException;
import java.io.InputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.SymbolLookup;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Test helper: compiles {@code circuit.cu}, specialised by a {@link KernelSpec}, as plain C++ with
 * g++ and {@code emulation.h} into a shared library, once per spec and test run. Thread-safe.
 */
final class HostKernels {
    private static final Map<KernelSpec, SymbolLookup> LIBRARIES = new ConcurrentHashMap<>();
    private static volatile Boolean compilerPresent;

    private HostKernels() {
    }

    /** Whether g++ runs here (the emulated tests skip otherwise). */
    static boolean compilerPresent() {
        if (compilerPresent == null) {
            try {
                Process p = new ProcessBuilder("g++", "--version").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                compilerPresent = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
            } catch (IOException e) {
                compilerPresent = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                compilerPresent = false;
            }
        }
        return compilerPresent;
    }

    /** The kernels of {@code spec} compiled for the host. */
    static SymbolLookup library(KernelSpec spec) {
        return LIBRARIES.computeIfAbsent(spec, HostKernels::compile);
    }

    private static SymbolLookup compile(KernelSpec spec) {
        try {
            Path dir = Files.createTempDirectory("circa-host-kernels");
            Path source = dir.resolve(spec.programName() + ".cpp");
            Path library = dir.resolve("lib" + spec.programName() + ".so");
            Files.writeString(source, resource("emulation.h") + spec.source());
            Process p = new ProcessBuilder("g++", "-O1", "-shared", "-fPIC", "-ffp-contract=off", "-Wall", "-Werror",
                    "-Wno-unused-function", "-o", library.toString(), source.toString()).redirectErrorStream(true).start();
            String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("g++ failed on " + source + ":\n" + log);
            }
            return SymbolLookup.libraryLookup(library, Arena.global());
        } catch (IOException e) {
            throw new IllegalStateException("cannot compile the kernels for the host", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = HostKernels.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("test resource " + name + " missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
