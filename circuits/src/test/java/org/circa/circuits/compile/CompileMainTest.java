package org.circa.circuits.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code circa compile} command body: output, exit codes, .nnf file. */
class CompileMainTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return CompileMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void printsCountWeightedCountAndWritesNnf() throws Exception {
        Path cnf = dir.resolve("f.cnf");
        Files.writeString(cnf, "p cnf 3 2\nc p weight 1 0.5 0\nc p weight -1 0.5 0\n1 2 0\n-2 3 0\n");
        Path nnf = dir.resolve("f.nnf");
        assertEquals(0, run(cnf.toString(), "--out", nnf.toString()));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("count\t4\n"), text);
        assertTrue(text.contains("weighted\t2.0\n"), text);
        assertTrue(text.contains("nodes\t") && text.contains("edges\t") && text.contains("seconds\t"), text);
        assertTrue(Files.readString(nnf).startsWith("nnf "));
    }

    @Test
    void exitCodesForUsageBadInputAndLimits() throws Exception {
        assertEquals(2, run());
        assertEquals(2, run("a.cnf", "--bogus"));
        assertEquals(1, run(dir.resolve("missing.cnf").toString()));
        Path bad = dir.resolve("bad.cnf");
        Files.writeString(bad, "p cnf 1 1\n2 0\n");
        assertEquals(1, run(bad.toString()));
        Path big = dir.resolve("big.cnf");
        StringBuilder text = new StringBuilder("p cnf 70 140\n");
        for (int[] clause : RandomCnf.threeCnf(70, 2.0, 1).clauses()) {
            text.append(clause[0]).append(' ').append(clause[1]).append(' ').append(clause[2]).append(" 0\n");
        }
        Files.writeString(big, text);
        assertEquals(1, run(big.toString(), "--node-limit", "500"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("node budget"), err.toString());
    }

    @Test
    void oneAndTwoThreadsPrintTheSameCount() throws Exception {
        Path cnf = dir.resolve("r.cnf");
        StringBuilder text = new StringBuilder("p cnf 45 90\n");
        for (int[] clause : RandomCnf.threeCnf(45, 2.0, 3).clauses()) {
            text.append(clause[0]).append(' ').append(clause[1]).append(' ').append(clause[2]).append(" 0\n");
        }
        Files.writeString(cnf, text);
        assertEquals(0, run(cnf.toString(), "--threads", "1", "--quiet"));
        String one = countLine(out.toString(StandardCharsets.UTF_8));
        out.reset();
        assertEquals(0, run(cnf.toString(), "--threads", "2", "--quiet"));
        assertEquals(one, countLine(out.toString(StandardCharsets.UTF_8)));
        assertEquals(2, run(cnf.toString(), "--threads", "0"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("thread count must be positive"), err.toString());
    }

    private static String countLine(String text) {
        return text.lines().filter(l -> l.startsWith("count\t")).findFirst().orElseThrow();
    }
}
