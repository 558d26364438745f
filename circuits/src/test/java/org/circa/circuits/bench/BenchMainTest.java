package org.circa.circuits.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark command on a small circuit folder: one TSV row per combination, and its usage errors. */
class BenchMainTest {
    static final String SDD = "sdd 6\nL 0 0 1\nL 1 2 2\nL 2 0 -1\nL 3 4 3\nF 4\nD 5 1 2 0 1 2 3\n";

    @Test
    void printsOneRowPerCircuitAlgebraBatchAndDirection(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.sdd"), SDD);
        Files.writeString(dir.resolve("b.nnf"), "nnf 3 2 2\nL 1\nL -2\nA 2 0 1\n");
        Files.writeString(dir.resolve("notes.txt"), "not a circuit");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = BenchMain.run(new String[] {"--batch", "1,16", "--algebra", "probability32,logprobability",
            "--samples", "1", "--warmup-ms", "1", dir.toString()}, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertEquals(0, code);
        String[] lines = bytes.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertEquals(BenchMain.HEADER, lines[0]);
        assertEquals(1 + 2 * 2 * 2 * 2, lines.length);
        String[] row = lines[1].split("\t");
        assertEquals(BenchMain.HEADER.split("\t").length, row.length);
        assertEquals("a.sdd", row[0]);
        assertEquals("probability32", row[4]);
        assertEquals("forward", row[6]);
        assertTrue(Double.parseDouble(row[8]) > 0, lines[1]);
        assertTrue(lines[2].contains("forward+backward"));
    }

    @Test
    void badUsageExitsWithTwoAndMissingFilesWithOne() {
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertEquals(2, BenchMain.run(new String[] {}, out));
        assertEquals(2, BenchMain.run(new String[] {"--batch", "0", "x.sdd"}, out));
        assertEquals(2, BenchMain.run(new String[] {"--algebra", "nope", "x.sdd"}, out));
        assertEquals(1, BenchMain.run(new String[] {"/no/such/circuit.sdd"}, out));
    }
}
