package org.circa.test.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.circa.provers.Engine;
import org.circa.provers.Results;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs every example program in {@code examples/programs} and checks the values it states. */
class ExamplesTest {
    private static final Path PROGRAMS = Path.of("..", "examples", "programs");

    @TestFactory
    Stream<DynamicTest> examplePrograms() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(PROGRAMS)) {
            files = s.filter(p -> p.toString().endsWith(".pl")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no example programs found in " + PROGRAMS.toAbsolutePath());
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
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
