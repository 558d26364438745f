package org.circa.circuits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.circa.circuits.compile.Cnf;
import org.circa.circuits.compile.DnnfCompiler;
import org.circa.circuits.compile.RandomCnf;
import org.circa.semirings.ProbabilityAlgebra;
import org.junit.jupiter.api.Test;

/** Dropping literals of weight-one variables from conjunctions keeps the value of the circuit. */
class DropLiteralsTest {
    @Test
    void valueIsKeptWhenDroppedVariablesWeighOne() {
        Random rnd = new Random(5);
        int dropped = 0;
        for (int i = 0; i < 300; i++) {
            int n = 4 + rnd.nextInt(10);
            Cnf cnf = RandomCnf.threeCnf(n, 1 + rnd.nextInt(3), rnd.nextLong());
            CircuitBuilder b = new CircuitBuilder();
            b.declareVars(n);
            Circuit c = b.build(new DnnfCompiler().compile(cnf, b)).pruned();
            int keep = 1 + rnd.nextInt(n);
            double[] pos = new double[n + 1];
            double[] neg = new double[n + 1];
            for (int v = 1; v <= n; v++) {
                pos[v] = v <= keep ? rnd.nextDouble() : 1;
                neg[v] = v <= keep ? rnd.nextDouble() : 1;
            }
            Circuit d = c.withoutLiteralsUnderAnd(v -> v > keep);
            dropped += c.size() - d.size();
            double before = NodeEvaluator.evaluateRoots(c, ProbabilityAlgebra.INSTANCE, pos, neg)[0];
            double after = NodeEvaluator.evaluateRoots(d, ProbabilityAlgebra.INSTANCE, pos, neg)[0];
            assertEquals(before, after, 1e-12 * Math.max(1, before), "formula #" + i);
        }
        assertTrue(dropped > 0, "no literal was ever dropped");
    }
}
