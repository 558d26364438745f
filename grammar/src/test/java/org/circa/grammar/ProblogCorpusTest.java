package org.circa.grammar;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.circa.language.Operators;
import org.circa.language.Source;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every ProbLog test program under {@code ${circa.shared}/problog-tests} parses without a syntax error. */
class ProblogCorpusTest {
    /**
     * Files that use an operator missing from {@link Operators}: ProbLog declares {@code not} as a
     * prefix operator (fy 900); the table does not, so {@code not a} is a syntax error here.
     */
    private static final Map<String, String> NEEDS_PREFIX_OPERATOR = Map.of("generated.pl", "not");

    @TestFactory
    Stream<DynamicTest> everyProgramParses() throws IOException {
        String shared = System.getProperty("circa.shared", "");
        Path root = Path.of(shared, "problog-tests");
        assumeTrue(!shared.isEmpty() && Files.isDirectory(root), "problog-tests folder absent: " + root);
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".pl")).sorted().toList().stream()
                    .map(p -> DynamicTest.dynamicTest(root.relativize(p).toString(), () -> check(root, p)));
        }
    }

    private static void check(Path root, Path file) throws IOException {
        String operator = NEEDS_PREFIX_OPERATOR.get(root.relativize(file).toString());
        if (operator != null) {
            assumeTrue(Operators.prefix(operator) != null,
                    file.getFileName() + " needs '" + operator + "' as a prefix operator, absent from Operators");
        }
        ParseResult r = ProgramParser.parse(Source.read(file));
        assertTrue(!r.hasErrors(), () -> String.join("\n",
                r.diagnostics().stream().map(d -> d.render(r.program().source())).toList()));
    }
}
