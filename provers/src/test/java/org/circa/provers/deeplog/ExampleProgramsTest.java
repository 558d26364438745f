package org.circa.provers.deeplog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.circa.grammar.ProgramParser;
import org.circa.language.Program;
import org.circa.language.Source;
import org.circa.provers.Engine;
import org.circa.provers.Results;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every {@code examples/programs/deeplog_*.pl}: its formula answers must match its
 * {@code % expect-formula: N VALUE} lines (values worked out by hand in the file), and its ProbLog
 * part must still answer its ordinary queries once the formulas are taken out.
 */
class ExampleProgramsTest {
    private static final Path PROGRAMS = Path.of("..", "examples", "programs");

    private static List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(PROGRAMS)) {
            return s.filter(p -> p.getFileName().toString().matches("deeplog_.*\\.pl")).sorted().toList();
        }
    }

    @Test
    void thereIsOneExamplePerLogic() throws IOException {
        List<String> names = files().stream().map(p -> p.getFileName().toString()).toList();
        for (String logic : new String[] {"boolean", "probabilistic", "fuzzy", "possibilistic"}) {
            assertTrue(names.contains("deeplog_" + logic + ".pl"), names.toString());
        }
    }

    @TestFactory
    Stream<DynamicTest> examples() throws IOException {
        return files().stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }

    private static void check(Path file) throws IOException {
        Source source = Source.read(file);
        Program program = ProgramParser.parse(source).program();
        FormulaQueries.Answers answers = FormulaQueries.answer(program, Engine.create());
        assertEquals(List.of(), answers.errors());
        int checked = 0;
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("% expect-formula: ")) {
                String[] parts = line.substring(18).trim().split("\\s+");
                String answer = answers.lines().get(Integer.parseInt(parts[0]) - 1);
                double value = Double.parseDouble(answer.split("\t")[1]);
                assertEquals(Double.parseDouble(parts[1]), value, 1e-9, answer);
                checked++;
            }
        }
        assertTrue(checked > 0, "no expect-formula lines");
        Results atoms = Engine.create().query(Source.of(source.name(),
                FormulaQueries.withoutFormulas(program).clauses().stream()
                        .map(c -> c.term().toString() + ".").reduce("", (a, b) -> a + b + "\n")));
        assertFalse(atoms.answers().isEmpty());
    }
}
