package org.circa.circuits.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Random;
import org.circa.circuits.Circuit;
import org.circa.circuits.NodeEvaluator;
import org.circa.circuits.bench.RandomCircuits;
import org.circa.circuits.io.CircuitReader;
import org.circa.semirings.BooleanAlgebra;
import org.circa.semirings.MaxProductAlgebra;
import org.circa.semirings.ProbabilityAlgebra;
import org.junit.jupiter.api.Test;

/** Smoothing keeps the Boolean function and normalised WMC, and makes max-product compute the MPE. */
class SmoothingTest {
    @Test
    void smoothingKeepsTheBooleanFunction() {
        for (int seed = 0; seed < 10; seed++) {
            Circuit c = RandomCircuits.generate(6, 30, 3, 2, seed);
            Circuit s = Smoothing.smooth(c);
            assertTrue(Smoothing.isSmooth(s));
            for (int m = 0; m < 64; m++) {
                double[] pos = new double[7];
                double[] neg = new double[7];
                for (int v = 1; v <= 6; v++) {
                    pos[v] = (m >> (v - 1) & 1);
                    neg[v] = 1 - pos[v];
                }
                double[] a = NodeEvaluator.evaluateRoots(c, BooleanAlgebra.INSTANCE, pos, neg);
                double[] b = NodeEvaluator.evaluateRoots(s, BooleanAlgebra.INSTANCE, pos, neg);
                for (int r = 0; r < a.length; r++) {
                    assertEquals(a[r], b[r], "model " + m + " root " + r);
                }
            }
        }
    }

    /** (x1 ∧ x2) ∨ (¬x1 ∧ x3), a d-DNNF that is not smooth. */
    static Circuit formula() throws IOException {
        return CircuitReader.read("o 1 0\nt 2 0\n1 2 1 2 0\n1 2 -1 3 0\n", CircuitReader.Format.D4);
    }

    @Test
    void maxProductOfTheSmoothedCircuitIsTheMostProbableExplanation() throws IOException {
        Circuit c = formula();
        assertFalse(Smoothing.isSmooth(c));
        Circuit s = Smoothing.smooth(c, true);
        Random random = new Random(3);
        for (int trial = 0; trial < 50; trial++) {
            double[] pos = new double[4];
            double[] neg = new double[4];
            for (int v = 1; v <= 3; v++) {
                pos[v] = random.nextDouble();
                neg[v] = 1 - pos[v];
            }
            double best = 0;
            for (int m = 0; m < 8; m++) {
                boolean x1 = (m & 1) != 0;
                boolean x2 = (m & 2) != 0;
                boolean x3 = (m & 4) != 0;
                if (x1 && x2 || !x1 && x3) {
                    best = Math.max(best, (x1 ? pos[1] : neg[1]) * (x2 ? pos[2] : neg[2]) * (x3 ? pos[3] : neg[3]));
                }
            }
            assertEquals(best, NodeEvaluator.evaluateRoots(s, MaxProductAlgebra.INSTANCE, pos, neg)[0], 1e-12);
            double wmc = NodeEvaluator.evaluateRoots(c, ProbabilityAlgebra.INSTANCE, pos, neg)[0];
            assertEquals(wmc, NodeEvaluator.evaluateRoots(s, ProbabilityAlgebra.INSTANCE, pos, neg)[0], 1e-12);
        }
    }
}
