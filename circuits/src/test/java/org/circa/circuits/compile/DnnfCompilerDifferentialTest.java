package org.circa.circuits.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.circa.circuits.Circuit;
import org.circa.circuits.CircuitBuilder;
import org.circa.circuits.NodeEvaluator;
import org.circa.semirings.ProbabilityAlgebra;
import org.junit.jupiter.api.Test;

/** Compiled circuits against brute-force enumeration on thousands of random CNFs. */
class DnnfCompilerDifferentialTest {
    private final DnnfCompiler compiler = new DnnfCompiler();

    @Test
    void countsAndWeightedCountsMatchBruteForceOnSmallMixedCnfs() {
        SplittableRandom random = new SplittableRandom(20261123);
        for (int i = 0; i < 4000; i++) {
            Cnf cnf = RandomFormulas.mixed(random, 12);
            checkAgainstBruteForce(cnf, random, "mixed #" + i);
        }
    }

    @Test
    void countsMatchBruteForceOnRandomThreeCnfAcrossRatios() {
        SplittableRandom random = new SplittableRandom(7);
        double[] ratios = {1, 2, 3, 4, 4.3, 5};
        for (int i = 0; i < 1200; i++) {
            int n = 3 + random.nextInt(10);
            Cnf cnf = RandomCnf.threeCnf(n, ratios[i % ratios.length], random.nextLong());
            checkAgainstBruteForce(cnf, random, "3-CNF #" + i);
        }
    }

    @Test
    void countsMatchBruteForceOnLargerFormulasWithConflicts() {
        SplittableRandom random = new SplittableRandom(99);
        for (int i = 0; i < 40; i++) {
            int n = 16 + random.nextInt(5);
            double ratio = new double[] {2, 3.5, 4.2, 5}[i % 4];
            Cnf cnf = RandomCnf.threeCnf(n, ratio, random.nextLong());
            CircuitBuilder builder = new CircuitBuilder();
            int root = compiler.compile(cnf, builder);
            Circuit circuit = builder.build(root);
            assertEquals(BruteForce.count(cnf), ModelCounter.count(circuit, root, n), "formula #" + i);
            DnnfChecker.checkDecomposable(circuit, root);
            DnnfChecker.checkDeterministic(circuit, root);
        }
    }

    private void checkAgainstBruteForce(Cnf cnf, SplittableRandom random, String name) {
        CircuitBuilder builder = new CircuitBuilder();
        int root = compiler.compile(cnf, builder);
        Circuit circuit = builder.build(root);
        int n = cnf.numVars();
        BigInteger expected = BruteForce.count(cnf);
        assertEquals(expected, ModelCounter.count(circuit, root, n), name);
        DnnfChecker.checkDecomposable(circuit, root);
        DnnfChecker.checkDeterministic(circuit, root);

        double[][] free = RandomFormulas.weights(random, n, false);
        double want = BruteForce.weightedCount(cnf, free[0], free[1]);
        double got = ModelCounter.weightedCount(circuit, root, free[0], free[1]);
        assertEquals(want, got, 1e-12 * Math.max(1, Math.abs(want)), name + " weighted");

        double[][] normalized = RandomFormulas.weights(random, n, true);
        double probability = BruteForce.weightedCount(cnf, normalized[0], normalized[1]);
        double evaluated = NodeEvaluator.evaluateRoots(circuit, ProbabilityAlgebra.INSTANCE,
                normalized[0], normalized[1])[0];
        assertEquals(probability, evaluated, 1e-12, name + " probability via NodeEvaluator");
    }
}
