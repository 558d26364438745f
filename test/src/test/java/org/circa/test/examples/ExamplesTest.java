package org.circa.test.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.circa.language.Source;
import org.circa.provers.Engine;
import org.circa.provers.Results;
import org.circa.provers.learn.Examples;
import org.circa.provers.learn.LearnedProgram;
import org.circa.provers.learn.LearningOptions;
import org.circa.test.conformance.ExpectedLearning;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every example program in {@code examples/programs} and checks the values it states, and
 * every learning example in {@code examples/learning} (model {@code X.pl}, examples {@code X.ev})
 * and checks the learned program it states.
 */
class ExamplesTest {
    private static final Path PROGRAMS = Path.of("..", "examples", "programs");
    private static final Path LEARNING = Path.of("..", "examples", "learning");

    @TestFactory
    Stream<DynamicTest> examplePrograms() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(PROGRAMS)) {
            files = s.filter(p -> p.toString().endsWith(".pl")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no example programs found in " + PROGRAMS.toAbsolutePath());
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }

    @TestFactory
    Stream<DynamicTest> learningExamples() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(LEARNING)) {
            files = s.filter(p -> p.toString().endsWith(".pl")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no learning examples found in " + LEARNING.toAbsolutePath());
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> checkLearning(f)));
    }

    private static void checkLearning(Path model) throws IOException {
        ExpectedLearning expected = ExpectedLearning.read(Files.readAllLines(model));
        assertFalse(expected.lines().isEmpty(), "the example states no learned program");
        Engine engine = Engine.create();
        Path examples = Path.of(model.toString().replaceAll("\\.pl$", ".ev"));
        LearnedProgram learned = engine.learn(engine.parse(Source.read(model)),
                Examples.read(List.of(examples)), LearningOptions.defaults());
        List<LearnedProgram.Line> lines = learned.lines();
        assertEquals(expected.lines().size(), lines.size(), learned.text());
        for (int i = 0; i < lines.size(); i++) {
            ExpectedLearning.Line want = expected.lines().get(i);
            ExpectedLearning.Line got = ExpectedLearning.split(lines.get(i).text());
            assertEquals(want.clause(), got.clause(), learned.text());
            for (int j = 0; j < want.probabilities().size(); j++) {
                assertEquals(want.probabilities().get(j), got.probabilities().get(j), 1e-9, want.clause());
            }
        }
    }

    private static void check(Path file) throws IOException {
        Results results = Engine.create().query(file);
        assertFalse(results.answers().isEmpty(), "the example answers no query");
        for (String line : Files.readAllLines(file)) {
            // Lines "% expect: ATOM VALUE" state an answer the example must give.
            if (line.startsWith("% expect: ")) {
                String[] parts = line.substring(10).trim().split("\\s+");
                assertEquals(Double.parseDouble(parts[1]), results.valueOf(parts[0]).orElseThrow(), 1e-9, parts[0]);
            }
        }
    }
}
