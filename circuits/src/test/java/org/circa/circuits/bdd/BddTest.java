package org.circa.circuits.bdd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.circa.circuits.Circuit;
import org.circa.circuits.CircuitBuilder;
import org.circa.circuits.NodeEvaluator;
import org.circa.circuits.compile.CompilationLimitException;
import org.circa.circuits.compile.ModelCounter;
import org.circa.semirings.ProbabilityAlgebra;
import org.junit.jupiter.api.Test;

/** BDDs of random CNFs and DNFs against enumeration, canonicity, and the node budget. */
class BddTest {
    private static final long NO_DEADLINE = Long.MAX_VALUE / 4;

    @Test
    void countsAndProbabilitiesOfTheCircuitEqualEnumeration() {
        SplittableRandom random = new SplittableRandom(3);
        for (int round = 0; round < 300; round++) {
            int n = 1 + random.nextInt(9);
            int[][] clauses = randomClauses(random, n);
            boolean cnf = random.nextBoolean();
            Bdd bdd = new Bdd(n, shuffledOrder(random, n), 1_000_000, NO_DEADLINE);
            int f = build(bdd, clauses, cnf);
            CircuitBuilder builder = new CircuitBuilder();
            builder.declareVars(n);
            int root = bdd.toCircuit(f, builder, bdd.newMemo());
            Circuit circuit = builder.build(root);
            double[] pos = new double[n + 1];
            double[] neg = new double[n + 1];
            for (int v = 1; v <= n; v++) {
                pos[v] = random.nextDouble();
                neg[v] = 1 - pos[v];
            }
            long models = 0;
            double probability = 0;
            for (int a = 0; a < 1 << n; a++) {
                if (holds(clauses, cnf, a)) {
                    models++;
                    double p = 1;
                    for (int v = 1; v <= n; v++) {
                        p *= ((a >>> (v - 1)) & 1) != 0 ? pos[v] : neg[v];
                    }
                    probability += p;
                }
            }
            assertEquals(BigInteger.valueOf(models), ModelCounter.count(circuit, root, n), "round " + round);
            assertEquals(probability, NodeEvaluator.evaluateRoots(circuit, ProbabilityAlgebra.INSTANCE, pos, neg)[0],
                    1e-12, "round " + round);
        }
    }

    @Test
    void equivalentFormulasGetTheSameNode() {
        SplittableRandom random = new SplittableRandom(4);
        for (int round = 0; round < 100; round++) {
            int n = 2 + random.nextInt(7);
            int[][] clauses = randomClauses(random, n);
            Bdd bdd = new Bdd(n, shuffledOrder(random, n), 1_000_000, NO_DEADLINE);
            int f = build(bdd, clauses, true);
            // De Morgan: a CNF is the negation of the DNF of its negated clauses
            int[][] negated = new int[clauses.length][];
            for (int i = 0; i < clauses.length; i++) {
                negated[i] = clauses[i].clone();
                for (int j = 0; j < negated[i].length; j++) {
                    negated[i][j] = -negated[i][j];
                }
            }
            assertEquals(f, bdd.not(build(bdd, negated, false)), "round " + round);
            assertEquals(Bdd.FALSE, bdd.and(f, bdd.not(f)));
            assertEquals(Bdd.TRUE, bdd.or(f, bdd.not(f)));
        }
    }

    /**
     * After a collection that holds f only, f still counts its models, building f's formula again
     * finds f's node (the unique table survived), and a new formula built on the freed nodes
     * counts its own models.
     */
    @Test
    void collectingGarbageKeepsTheHeldRootsAndReusesTheRest() {
        SplittableRandom random = new SplittableRandom(5);
        int freed = 0;
        for (int round = 0; round < 200; round++) {
            int n = 2 + random.nextInt(8);
            int[][] kept = randomClauses(random, n);
            int[][] dropped = randomClauses(random, n);
            int[][] later = randomClauses(random, n);
            boolean cnf = random.nextBoolean();
            Bdd bdd = new Bdd(n, shuffledOrder(random, n), 1_000_000, NO_DEADLINE);
            int f = build(bdd, kept, cnf);
            build(bdd, dropped, !cnf);
            int before = bdd.live();
            bdd.collectGarbage(new int[] {f});
            freed += before - bdd.live();
            assertEquals(f, build(bdd, kept, cnf), "round " + round + ": rebuilt node");
            int g = build(bdd, later, cnf);
            assertEquals(BigInteger.valueOf(models(kept, cnf, n)), count(bdd, f, n), "round " + round + ": held root");
            assertEquals(BigInteger.valueOf(models(later, cnf, n)), count(bdd, g, n), "round " + round + ": later root");
        }
        assertTrue(freed > 0, "no round freed a node");
    }

    private static long models(int[][] clauses, boolean cnf, int n) {
        long models = 0;
        for (int a = 0; a < 1 << n; a++) {
            if (holds(clauses, cnf, a)) {
                models++;
            }
        }
        return models;
    }

    private static BigInteger count(Bdd bdd, int root, int n) {
        CircuitBuilder builder = new CircuitBuilder();
        builder.declareVars(n);
        int node = bdd.toCircuit(root, builder, bdd.newMemo());
        return ModelCounter.count(builder.build(node), node, n);
    }

    @Test
    void exceedingTheNodeBudgetThrows() {
        Bdd bdd = new Bdd(20, shuffledOrder(new SplittableRandom(1), 20), 30, NO_DEADLINE);
        assertThrows(CompilationLimitException.class, () -> {
            int f = Bdd.FALSE;
            for (int v = 1; v < 20; v += 2) {
                f = bdd.or(f, bdd.and(bdd.variable(v), bdd.variable(v + 1)));
            }
        });
    }

    private static int build(Bdd bdd, int[][] clauses, boolean cnf) {
        int f = cnf ? Bdd.TRUE : Bdd.FALSE;
        for (int[] clause : clauses) {
            int c = cnf ? Bdd.FALSE : Bdd.TRUE;
            for (int lit : clause) {
                int x = lit > 0 ? bdd.variable(lit) : bdd.not(bdd.variable(-lit));
                c = cnf ? bdd.or(c, x) : bdd.and(c, x);
            }
            f = cnf ? bdd.and(f, c) : bdd.or(f, c);
        }
        return f;
    }

    private static boolean holds(int[][] clauses, boolean cnf, int assignment) {
        for (int[] clause : clauses) {
            boolean any = false;
            boolean all = true;
            for (int lit : clause) {
                boolean value = ((assignment >>> (Math.abs(lit) - 1)) & 1) != 0;
                boolean litValue = lit > 0 == value;
                any |= litValue;
                all &= litValue;
            }
            if (cnf && !any) {
                return false;
            }
            if (!cnf && all) {
                return true;
            }
        }
        return cnf;
    }

    private static int[][] randomClauses(SplittableRandom random, int n) {
        int[][] clauses = new int[random.nextInt(2 * n + 1)][];
        for (int i = 0; i < clauses.length; i++) {
            clauses[i] = new int[1 + random.nextInt(3)];
            for (int j = 0; j < clauses[i].length; j++) {
                int v = 1 + random.nextInt(n);
                clauses[i][j] = random.nextBoolean() ? v : -v;
            }
        }
        return clauses;
    }

    private static int[] shuffledOrder(SplittableRandom random, int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i + 1;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }
}
