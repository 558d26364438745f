package org.circa.test.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.circa.language.CircaException;
import org.circa.language.TermPrinter;
import org.circa.provers.Engine;
import org.circa.provers.pipeline.CompiledQueries;
import org.circa.provers.Results;
import org.circa.provers.pipeline.QueryResult;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.TestAbortedException;

/**
 * Runs every marginal program of ProbLog's test suite ({@code ../shared/problog-tests}) through
 * the same engine the CLI uses, one dynamic test per file: the set of query atoms must match
 * exactly, each probability to 1e-6, and an expected error must be raised by name. Programs in
 * {@code conformance-known-failures.tsv} are reported as skipped with their reason; a listed
 * program that passes, or an unlisted one that fails, fails the build.
 */
class ProblogConformanceTest {
    private static final double TOLERANCE = 1e-6;
    private static final Engine ENGINE = engine(CompiledQueries.Route.AUTO);
    private static final Engine BDD_ENGINE = engine(CompiledQueries.Route.BDD);

    private static Engine engine(CompiledQueries.Route route) {
        return Engine.builder()
                .groundTimeLimit(Duration.ofSeconds(60))
                .compileTimeLimit(Duration.ofSeconds(60))
                .compileRoute(route)
                .build();
    }

    static Path suite() {
        String shared = System.getProperty("circa.shared", "../../shared");
        return Path.of(shared, "problog-tests");
    }

    @TestFactory
    Stream<DynamicTest> problogPrograms() throws IOException {
        return programs(ENGINE);
    }

    /** The same programs compiled by the BDD route alone: its answers must agree too. */
    @TestFactory
    Stream<DynamicTest> problogProgramsCompiledAsBdds() throws IOException {
        return programs(BDD_ENGINE);
    }

    private static Stream<DynamicTest> programs(Engine engine) throws IOException {
        Path dir = suite();
        Assumptions.assumeTrue(Files.isDirectory(dir),
                "ProbLog's test programs are absent (expected at " + dir.toAbsolutePath() + "); skipping conformance");
        Map<String, String> known = knownFailures();
        List<String> files = marginalPrograms(dir.resolve("MANIFEST.tsv"));
        for (String listed : known.keySet()) {
            assertTrue(files.contains(listed), "known-failure list names a program that is not in the suite: " + listed);
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (String file : files) {
            tests.add(DynamicTest.dynamicTest(file, () -> run(engine, dir.resolve(file), known.get(file))));
        }
        return tests.stream();
    }

    private static void run(Engine engine, Path file, String knownReason) throws IOException {
        AssertionError failure = null;
        try {
            check(engine, file);
        } catch (AssertionError e) {
            failure = e;
        } catch (RuntimeException e) {
            failure = new AssertionError("crashed: " + e, e);
        }
        if (knownReason != null) {
            if (failure == null) {
                fail(file.getFileName() + " now passes: remove it from conformance-known-failures.tsv");
            }
            throw new TestAbortedException("known failure: " + knownReason + " [" + firstLine(failure) + "]");
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static String firstLine(Throwable t) {
        String m = String.valueOf(t.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    private static void check(Engine engine, Path file) throws IOException {
        ExpectedOutcome expected = ExpectedOutcome.read(Files.readAllLines(file, StandardCharsets.UTF_8));
        Results results;
        try {
            results = engine.query(file);
        } catch (CircaException e) {
            if (expected.error() != null) {
                String messages = e.diagnostics().toString();
                assertTrue(messages.contains(expected.error()),
                        "expected error " + expected.error() + " but got " + messages);
                return;
            }
            throw new AssertionError("unexpected error: " + e.diagnostics(), e);
        }
        assertNotNull(results);
        if (expected.error() != null) {
            fail("expected error " + expected.error() + " but got answers:\n" + results.toText());
        }
        Map<String, Double> actual = new TreeMap<>();
        for (QueryResult r : results.answers()) {
            actual.put(ExpectedOutcome.normalise(TermPrinter.print(r.atom())), r.value());
        }
        Map<String, Double> want = new TreeMap<>(expected.results());
        assertEquals(want.keySet(), actual.keySet(), "query atoms differ");
        for (Map.Entry<String, Double> e : want.entrySet()) {
            assertEquals(e.getValue(), actual.get(e.getKey()), TOLERANCE, "probability of " + e.getKey());
        }
    }

    static List<String> marginalPrograms(Path manifest) throws IOException {
        return programs(manifest, "marginal");
    }

    /** The programs of one kind (the manifest's second column: marginal, lfi, ...), in manifest order. */
    static List<String> programs(Path manifest, String kind) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            String[] cols = line.split("\t");
            if (cols.length > 1 && cols[1].equals(kind)) {
                out.add(cols[0]);
            }
        }
        return out;
    }

    static Map<String, String> knownFailures() throws IOException {
        return knownFailures("/conformance-known-failures.tsv");
    }

    /** The programs a known-failure list (a test resource: file TAB reason, # comments) names, with their reasons. */
    static Map<String, String> knownFailures(String resource) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (var in = ProblogConformanceTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                return out;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", 2);
                out.put(cols[0].strip(), cols.length > 1 ? cols[1].strip() : "no reason given");
            }
        }
        return out;
    }
}
