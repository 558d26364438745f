package org.circa.circuits.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.circa.circuits.Circuit;
import org.circa.circuits.CircuitBuilder;
import org.junit.jupiter.api.Test;

/** Every branching rule compiles random CNFs to circuits with the brute-force counts. */
class BranchingDifferentialTest {
    @Test
    void everyBranchingRuleCountsLikeBruteForce() {
        for (Branching branching : Branching.values()) {
            DnnfCompiler compiler = new DnnfCompiler(CompileOptions.defaults().withBranching(branching));
            SplittableRandom random = new SplittableRandom(31);
            for (int i = 0; i < 1500; i++) {
                Cnf cnf = i % 2 == 0 ? RandomFormulas.mixed(random, 12)
                        : RandomCnf.threeCnf(3 + random.nextInt(10), 1 + random.nextInt(4), random.nextLong());
                CircuitBuilder builder = new CircuitBuilder();
                int root = compiler.compile(cnf, builder);
                Circuit circuit = builder.build(root);
                assertEquals(BruteForce.count(cnf), ModelCounter.count(circuit, root, cnf.numVars()),
                        branching + " formula #" + i);
                DnnfChecker.checkDecomposable(circuit, root);
                double[][] w = RandomFormulas.weights(random, cnf.numVars(), false);
                double want = BruteForce.weightedCount(cnf, w[0], w[1]);
                assertEquals(want, ModelCounter.weightedCount(circuit, root, w[0], w[1]),
                        1e-12 * Math.max(1, Math.abs(want)), branching + " weighted #" + i);
            }
        }
    }
}
