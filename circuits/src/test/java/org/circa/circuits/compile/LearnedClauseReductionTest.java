package org.circa.circuits.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.circa.circuits.Circuit;
import org.circa.circuits.CircuitBuilder;
import org.junit.jupiter.api.Test;

/** Counts stay exact when learned clauses are forgotten often. */
class LearnedClauseReductionTest {
    @Test
    void countsMatchBruteForceWithATinyLearnedClauseLimit() {
        SplittableRandom random = new SplittableRandom(4);
        long reductions = 0;
        for (int i = 0; i < 300; i++) {
            int n = 12 + random.nextInt(7);
            Cnf cnf = RandomCnf.threeCnf(n, 3.5 + random.nextDouble() * 2, random.nextLong());
            CircuitBuilder builder = new CircuitBuilder();
            CompileRun run = new CompileRun(cnf, DefinedVariables.none(), builder, CompileOptions.defaults(), 2);
            int root = run.run();
            Circuit circuit = builder.build(root);
            assertEquals(BruteForce.count(cnf), ModelCounter.count(circuit, root, n), "formula #" + i);
            DnnfChecker.checkDecomposable(circuit, root);
            DnnfChecker.checkDeterministic(circuit, root);
            reductions += run.learnedReductions();
        }
        assertTrue(reductions > 0, "no reduction happened; the test exercises nothing");
    }
}
