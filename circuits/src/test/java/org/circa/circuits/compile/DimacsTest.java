package org.circa.circuits.compile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.SplittableRandom;
import org.circa.circuits.Circuit;
import org.circa.circuits.CircuitBuilder;
import org.junit.jupiter.api.Test;

/** DIMACS CNF reading with weights, and the c2d .nnf format both ways. */
class DimacsTest {
    @Test
    void readsClausesSpanningLinesAndComments() throws Exception {
        Cnf cnf = Dimacs.read(new StringReader("c hello\np cnf 3 2\n1 -2\n 0 2 3 0\n%\n0\n"));
        assertEquals(3, cnf.numVars());
        assertEquals(2, cnf.clauseCount());
        assertArrayEquals(new int[] {1, -2}, cnf.clauses().get(0));
        assertArrayEquals(new int[] {2, 3}, cnf.clauses().get(1));
    }

    @Test
    void readsCompetitionAndCachetWeights() throws Exception {
        WeightedCnf w = Dimacs.readWeighted(new StringReader(
                "p cnf 4 1\nc p weight 1 0.3 0\nc p weight -1 0.7 0\nw 2 0.25\nw 3 -1\nw -4 0.5\n1 2 0\n"));
        LiteralWeights weights = w.weights().orElseThrow();
        assertArrayEquals(new double[] {0, 0.3, 0.25, 1, 1}, weights.pos());
        assertArrayEquals(new double[] {0, 0.7, 0.75, 1, 0.5}, weights.neg());
        assertTrue(Dimacs.readWeighted(new StringReader("p cnf 1 0\n")).weights().isEmpty());
    }

    @Test
    void reportsTheLineOfAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Dimacs.read(new StringReader("p cnf 2 1\n1 3 0\n")));
        assertTrue(e.getMessage().startsWith("line 2:"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Dimacs.read(new StringReader("1 2 0\n")));
    }

    @Test
    void nnfRoundTripPreservesTheModelCount() throws Exception {
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 50; i++) {
            Cnf cnf = RandomFormulas.mixed(random, 10);
            CircuitBuilder builder = new CircuitBuilder();
            int root = new DnnfCompiler().compile(cnf, builder);
            Circuit circuit = builder.build(root);
            StringWriter text = new StringWriter();
            Dimacs.writeNnf(circuit, root, text);
            CircuitBuilder again = new CircuitBuilder();
            int back = Dimacs.readNnf(new StringReader(text.toString()), again);
            assertEquals(ModelCounter.count(circuit, root, cnf.numVars()),
                    ModelCounter.count(again.build(back), back, cnf.numVars()), text.toString());
        }
    }

    @Test
    void nnfHeaderCountsReachableNodesAndEdges() throws Exception {
        CircuitBuilder b = new CircuitBuilder();
        b.literal(4);
        int root = b.or(b.and(b.literal(1), b.literal(2)), b.and(b.literal(-1), b.literal(3)));
        StringWriter text = new StringWriter();
        Dimacs.writeNnf(b.build(root), root, text);
        String[] lines = text.toString().split("\n");
        assertEquals("nnf 7 6 4", lines[0]);
        assertEquals("O 1 2 " + lines[lines.length - 1].substring(6), lines[lines.length - 1]);
    }
}
