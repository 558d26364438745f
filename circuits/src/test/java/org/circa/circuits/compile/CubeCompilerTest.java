package org.circa.circuits.compile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.circa.circuits.Circuit;
import org.circa.circuits.CircuitBuilder;
import org.junit.jupiter.api.Test;

/** Parallel cube-and-conquer compilation agrees with brute force and with the one-thread compiler. */
class CubeCompilerTest {
    private static int compileInCubes(Cnf cnf, CircuitBuilder builder, int threads) {
        CompileBudget budget = new CompileBudget(CompileOptions.defaults());
        return new CubeCompiler(cnf, builder, budget, threads).compile();
    }

    @Test
    void cubesOfSmallFormulasCountLikeBruteForce() {
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 600; i++) {
            Cnf cnf = i % 2 == 0 ? RandomFormulas.mixed(random, 12)
                    : RandomCnf.threeCnf(3 + random.nextInt(10), 1 + random.nextInt(4), random.nextLong());
            CircuitBuilder builder = new CircuitBuilder();
            builder.literal(1); // a node already there: appended nodes must not collide with it
            int root = compileInCubes(cnf, builder, 1 + random.nextInt(3));
            Circuit circuit = builder.build(root);
            assertEquals(BruteForce.count(cnf), ModelCounter.count(circuit, root, cnf.numVars()), "formula #" + i);
            DnnfChecker.checkDecomposable(circuit, root);
            DnnfChecker.checkDeterministic(circuit, root);
            double[][] w = RandomFormulas.weights(random, cnf.numVars(), false);
            double want = BruteForce.weightedCount(cnf, w[0], w[1]);
            assertEquals(want, ModelCounter.weightedCount(circuit, root, w[0], w[1]),
                    1e-12 * Math.max(1, Math.abs(want)), "weighted #" + i);
        }
    }

    @Test
    void twoThreadsCountLikeOneOnLargerFormulas() {
        DnnfCompiler one = new DnnfCompiler();
        DnnfCompiler two = new DnnfCompiler(CompileOptions.defaults().withThreads(2));
        for (int seed = 1; seed <= 6; seed++) {
            Cnf cnf = RandomCnf.threeCnf(44, 2.0 + seed * 0.3, seed);
            CircuitBuilder a = new CircuitBuilder();
            CircuitBuilder b = new CircuitBuilder();
            int rootA = one.compile(cnf, a);
            int rootB = two.compile(cnf, b);
            Circuit circuitB = b.build(rootB);
            assertEquals(ModelCounter.count(a.build(rootA), rootA, 44), ModelCounter.count(circuitB, rootB, 44),
                    "seed " + seed);
            DnnfChecker.checkDecomposable(circuitB, rootB);
            DnnfChecker.checkDeterministic(circuitB, rootB);
        }
    }

    @Test
    void formulasWithFewOccurringVariablesCompileInParallel() {
        DnnfCompiler two = new DnnfCompiler(CompileOptions.defaults().withThreads(2));
        Cnf sparse = new Cnf(60, List.of(new int[] {1, -2}, new int[] {2, 3}));
        CircuitBuilder builder = new CircuitBuilder();
        int root = two.compile(sparse, builder);
        assertEquals(BigInteger.valueOf(4).shiftLeft(57), ModelCounter.count(builder.build(root), root, 60));
        CircuitBuilder empty = new CircuitBuilder();
        int top = two.compile(new Cnf(50, List.of()), empty);
        assertEquals(empty.trueNode(), top);
    }

    @Test
    void cubeVariablesAreTheMostFrequentOnes() {
        Cnf cnf = new Cnf(4, List.of(new int[] {1, 2}, new int[] {-2, 3}, new int[] {2, -3}, new int[] {-2, 4},
                new int[] {3, 4}));
        assertArrayEquals(new int[] {2, 3}, CubeCompiler.cubeVariables(cnf, 2));
        assertArrayEquals(new int[] {2, 3, 4, 1}, CubeCompiler.cubeVariables(cnf, 9));
        assertArrayEquals(new int[0], CubeCompiler.cubeVariables(new Cnf(50, List.of()), 3));
        assertArrayEquals(new int[] {2, -3}, CubeCompiler.cube(new int[] {2, 3}, 2));
        assertEquals(4, CubeCompiler.depth(2));
        assertEquals(3, CubeCompiler.depth(1));
        assertEquals(5, CubeCompiler.depth(3));
    }

    @Test
    void parallelCompilationStopsAtItsNodeBudget() {
        DnnfCompiler compiler = new DnnfCompiler(CompileOptions.defaults().withThreads(2).withNodeBudget(20_000)
                .withTimeBudget(Duration.ofMinutes(5)));
        CompilationLimitException e = assertThrows(CompilationLimitException.class,
                () -> compiler.compile(RandomCnf.threeCnf(70, 2.0, 1), new CircuitBuilder()));
        assertTrue(e.getMessage().contains("node budget of 20000"), e.getMessage());
    }

    @Test
    void appendedBuilderKeepsStructure() {
        CircuitBuilder other = new CircuitBuilder();
        int left = other.and(other.literal(1), other.literal(-2));
        int right = other.and(other.literal(-1), other.literal(3));
        int or = other.or(left, right);
        CircuitBuilder main = new CircuitBuilder();
        int five = main.literal(5);
        int[] here = main.append(other, or, other.trueNode(), other.falseNode());
        assertEquals(main.trueNode(), here[1]);
        assertEquals(main.falseNode(), here[2]);
        assertEquals(main.size(), other.size() - 2 + 3);
        Circuit c = main.build(here[0], five);
        List<Integer> literals = new ArrayList<>();
        for (int child : c.children(here[0])) {
            for (int grandchild : c.children(child)) {
                literals.add(c.literal(grandchild));
            }
        }
        literals.sort(null);
        assertEquals(List.of(-2, -1, 1, 3), literals);
        assertEquals(5, c.literal(five));
        assertEquals(new java.math.BigInteger("4"), ModelCounter.count(c, here[0], 3));
    }
}
