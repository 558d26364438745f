package org.circa.provers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.circa.circuits.eval.Backends;
import org.circa.circuits.eval.EvaluatorBackend;
import org.circa.provers.Engine;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code circa query --backend}: cpu and auto answer; gpu without a GPU exits 3 saying what is missing. */
class BackendOptionTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private Run query(String... options) throws IOException {
        Path p = dir.resolve("coins.pl");
        Files.writeString(p, "0.5::h(b).\n0.6::h(a).\nq :- h(a), h(b).\nquery(q).\n");
        String[] args = new String[options.length + 2];
        args[0] = "query";
        System.arraycopy(options, 0, args, 1, options.length);
        args[args.length - 1] = p.toString();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CircaCli.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private static EvaluatorBackend.Availability gpu() {
        return Backends.installed().stream().filter(b -> b.name().equals("gpu")).findFirst()
                .map(EvaluatorBackend::availability)
                .orElse(EvaluatorBackend.Availability.unavailable("the circa-gpu module is not on the class path"));
    }

    @Test
    void cpuAndAutoGiveTheSameAnswers() throws IOException {
        Run cpu = query("--backend", "cpu");
        Run auto = query("--backend", "auto");
        assertEquals(0, cpu.code(), cpu.err());
        assertEquals("q:\t0.3\n", cpu.out());
        assertEquals(0, auto.code(), auto.err());
        assertEquals(cpu.out(), auto.out());
    }

    @Test
    void gpuWithoutAGpuExitsWithThreeAndSaysWhatIsMissing() throws IOException {
        EvaluatorBackend.Availability gpu = gpu();
        if (gpu.available()) {
            System.out.println("BackendOptionTest: a GPU runs here (" + gpu.reason() + "); the missing-GPU exit is not tested");
        }
        Assumptions.assumeTrue(!gpu.available(), "a GPU runs here");
        Run r = query("--backend", "gpu");
        assertEquals(CircaCli.ENVIRONMENT_ERROR, r.code(), r.err());
        assertTrue(r.err().contains("gpu backend"), r.err());
        assertTrue(r.err().contains(gpu.reason()), r.err() + " should contain " + gpu.reason());
        assertEquals("", r.out());
    }

    @Test
    void anUnknownBackendIsAUsageError() throws IOException {
        Run r = query("--backend", "quantum");
        assertEquals(CircaCli.USAGE_ERROR, r.code());
        assertTrue(r.err().contains("quantum"), r.err());
    }

    @Test
    void theEngineTakesTheBackendByName() {
        assertEquals("cpu", Engine.create().backend().name());
        assertEquals("auto", Engine.builder().backend("auto").build().backend().name());
        String text = Engine.builder().backend("auto").build().query("0.5::a. 0.6::b. q :- a, b. query(q).").toText();
        assertEquals("q:\t0.3\n", text);
    }
}
