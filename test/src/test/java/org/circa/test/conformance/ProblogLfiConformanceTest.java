package org.circa.test.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.circa.language.CircaException;
import org.circa.language.Source;
import org.circa.provers.Engine;
import org.circa.provers.learn.Examples;
import org.circa.provers.learn.LearnedProgram;
import org.circa.provers.learn.LearningOptions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.TestAbortedException;

/**
 * Runs every LFI program of ProbLog's test suite ({@code ../shared/problog-tests/lfi}, each with
 * its {@code .ev} examples) through {@link Engine#learn}, one dynamic test per file, and compares
 * the learned program with the one the file states, as ProbLog's {@code test_lfi.py} does (with
 * annotated disjunctions normalised, the option that test passes): line by
 * line, clause text equal (whitespace aside), probabilities equal to 1e-5 after rounding to 6
 * decimals, {@code <RAND>} matching anything. The clauses that one {@code t(_, K...)} clause
 * expands into are compared as a set: ProbLog orders them by its own internal tables. Programs
 * in {@code lfi-known-failures.tsv} are reported as skipped with their reason; a listed program
 * that passes, or an unlisted one that fails, fails the build.
 */
class ProblogLfiConformanceTest {
    private static final Engine ENGINE = Engine.builder()
            .groundTimeLimit(Duration.ofSeconds(60))
            .compileTimeLimit(Duration.ofSeconds(60))
            .build();

    @TestFactory
    Stream<DynamicTest> problogLfiPrograms() throws IOException {
        Path dir = ProblogConformanceTest.suite();
        Assumptions.assumeTrue(Files.isDirectory(dir),
                "ProbLog's test programs are absent (expected at " + dir.toAbsolutePath() + "); skipping LFI conformance");
        Map<String, String> known = ProblogConformanceTest.knownFailures("/lfi-known-failures.tsv");
        List<String> files = ProblogConformanceTest.programs(dir.resolve("MANIFEST.tsv"), "lfi");
        assertTrue(files.size() >= 70, "expected ProbLog's 72 LFI programs in the manifest, found " + files.size());
        for (String listed : known.keySet()) {
            assertTrue(files.contains(listed), "LFI known-failure list names a program that is not in the suite: " + listed);
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (String file : files) {
            tests.add(DynamicTest.dynamicTest(file, () -> run(dir.resolve(file), known.get(file))));
        }
        return tests.stream();
    }

    private static void run(Path file, String knownReason) throws IOException {
        AssertionError failure = null;
        try {
            check(file);
        } catch (AssertionError e) {
            failure = e;
        } catch (RuntimeException e) {
            failure = new AssertionError("crashed: " + e, e);
        }
        if (knownReason != null) {
            if (failure == null) {
                fail(file.getFileName() + " now passes: remove it from lfi-known-failures.tsv");
            }
            throw new TestAbortedException("known failure: " + knownReason + " [" + failure.getMessage() + "]");
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static void check(Path file) throws IOException {
        ExpectedLearning expected = ExpectedLearning.read(Files.readAllLines(file, StandardCharsets.UTF_8));
        Path evidence = Path.of(file.toString().replaceAll("\\.pl$", ".ev"));
        LearnedProgram learned;
        try {
            learned = ENGINE.learn(ENGINE.parse(Source.read(file)), Examples.read(List.of(evidence)),
                    LearningOptions.defaults().withNormalize(true));
        } catch (CircaException e) {
            if (expected.error() != null) {
                assertTrue(e.diagnostics().toString().contains(expected.error()),
                        "expected error " + expected.error() + " but got " + e.diagnostics());
                return;
            }
            throw new AssertionError("unexpected error: " + e.diagnostics(), e);
        }
        if (expected.error() != null) {
            fail("expected error " + expected.error() + " but learned:\n" + learned.text());
        }
        List<LearnedProgram.Line> lines = learned.lines();
        assertEquals(expected.lines().size(), lines.size(), () -> "number of clauses; learned:\n" + learned.text());
        int at = 0;
        while (at < lines.size()) {
            int end = at;
            while (end < lines.size() && lines.get(end).sourceClause() == lines.get(at).sourceClause()) {
                end++;
            }
            List<ExpectedLearning.Line> want = sorted(expected.lines().subList(at, end));
            List<ExpectedLearning.Line> got = new ArrayList<>();
            for (LearnedProgram.Line l : lines.subList(at, end)) {
                got.add(ExpectedLearning.split(l.text().replaceAll("\\.$", "")));
            }
            got = sorted(got);
            for (int i = 0; i < want.size(); i++) {
                compare(want.get(i), got.get(i), learned);
            }
            at = end;
        }
    }

    private static List<ExpectedLearning.Line> sorted(List<ExpectedLearning.Line> lines) {
        List<ExpectedLearning.Line> out = new ArrayList<>(lines);
        out.replaceAll(l -> new ExpectedLearning.Line(l.clause().replaceAll("\\.$", ""), l.probabilities()));
        out.sort(Comparator.comparing(ExpectedLearning.Line::clause));
        return out;
    }

    private static void compare(ExpectedLearning.Line want, ExpectedLearning.Line got, LearnedProgram learned) {
        assertEquals(want.clause(), got.clause(), () -> "clause text; learned:\n" + learned.text());
        assertEquals(want.probabilities().size(), got.probabilities().size(), "probabilities of " + want.clause());
        for (int i = 0; i < want.probabilities().size(); i++) {
            double w = want.probabilities().get(i);
            double g = got.probabilities().get(i);
            assertTrue(ExpectedLearning.close(w, g),
                    () -> "probability " + g + " where ProbLog learns " + w + " in " + want.clause()
                            + "; learned:\n" + learned.text());
        }
    }
}
