package org.circa.circuits.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.circa.circuits.Circuit;
import org.circa.circuits.NodeEvaluator;
import org.circa.semirings.BooleanAlgebra;
import org.circa.semirings.ProbabilityAlgebra;
import org.junit.jupiter.api.Test;

/** The three readers on one small formula, checked against brute force, and their error messages. */
class ReadersTest {
    /** (x1 ∧ x2) ∨ (¬x1 ∧ x3). */
    static boolean formula(boolean[] x) {
        return x[1] && x[2] || !x[1] && x[3];
    }

    static final String SDD = """
            c (x1 and x2) or (not x1 and x3)
            sdd 6
            L 0 0 1
            L 1 2 2
            L 2 0 -1
            L 3 4 3
            F 4
            D 5 1 2 0 1 2 3
            """;

    static final String NNF = """
            nnf 7 6 3
            L 1
            L 2
            A 2 0 1
            L -1
            L 3
            A 2 3 4
            O 1 2 2 5
            """;

    static final String D4 = """
            o 1 0
            t 2 0
            1 2 1 2 0
            1 2 -1 3 0
            """;

    static void assertComputesTheFormula(Circuit c) {
        for (int m = 0; m < 8; m++) {
            boolean[] x = {false, (m & 1) != 0, (m & 2) != 0, (m & 4) != 0};
            double[] pos = new double[4];
            double[] neg = new double[4];
            for (int v = 1; v <= 3; v++) {
                pos[v] = x[v] ? 1 : 0;
                neg[v] = x[v] ? 0 : 1;
            }
            double got = NodeEvaluator.evaluateRoots(c, BooleanAlgebra.INSTANCE, pos, neg)[0];
            assertEquals(formula(x) ? 1.0 : 0.0, got, "assignment " + m);
        }
        double[] pos = {0, 0.3, 0.6, 0.2};
        double[] neg = {0, 0.7, 0.4, 0.8};
        double wmc = NodeEvaluator.evaluateRoots(c, ProbabilityAlgebra.INSTANCE, pos, neg)[0];
        assertEquals(0.3 * 0.6 + 0.7 * 0.2, wmc, 1e-12);
    }

    @Test
    void sddReaderBuildsTheFormula() throws IOException {
        assertComputesTheFormula(CircuitReader.read(SDD, CircuitReader.Format.SDD));
    }

    @Test
    void c2dReaderBuildsTheFormula() throws IOException {
        assertComputesTheFormula(CircuitReader.read(NNF, CircuitReader.Format.C2D_NNF));
    }

    @Test
    void d4ReaderBuildsTheFormula() throws IOException {
        assertComputesTheFormula(CircuitReader.read(D4, CircuitReader.Format.D4));
    }

    @Test
    void errorsNameTheLine() {
        CircuitFormatException e = assertThrows(CircuitFormatException.class,
                () -> CircuitReader.read("sdd 2\nL 0 0 1\nD 1 0 1 0 7\n", CircuitReader.Format.SDD));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("used before it is defined"), e.getMessage());
        assertThrows(CircuitFormatException.class, () -> CircuitReader.read("nnf 2 0 1\nL 1\n", CircuitReader.Format.C2D_NNF));
        assertThrows(CircuitFormatException.class, () -> CircuitReader.read("nnf 1 0 1\nL 5\n", CircuitReader.Format.C2D_NNF));
        assertThrows(CircuitFormatException.class, () -> CircuitReader.read("o 1 0\n1 9 0\n", CircuitReader.Format.D4));
        assertThrows(CircuitFormatException.class, () -> CircuitReader.read("X 1\n", CircuitReader.Format.SDD));
    }
}
