package org.circa.circuits.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.circa.circuits.CircuitBuilder;
import org.junit.jupiter.api.Test;

/** Exact counts beyond 64 bits, where the counter leaves its long fast path. */
class ModelCounterTest {
    /** A deterministic, decomposable circuit of the clause (a ∨ b ∨ c): 7 of its 8 assignments. */
    private static int clause(CircuitBuilder b, int a, int x, int y) {
        return b.or(b.literal(a), b.and(b.literal(-a), b.literal(x)), b.and(b.literal(-a), b.literal(-x), b.literal(y)));
    }

    /** The conjunction of {@code k} clauses over fresh variables from {@code first}. */
    private static int clauses(CircuitBuilder b, int first, int k) {
        int[] parts = new int[k];
        for (int i = 0; i < k; i++) {
            int v = first + 3 * i;
            parts[i] = clause(b, v, v + 1, v + 2);
        }
        return b.and(parts);
    }

    @Test
    void countsWithMantissasBeyondSixtyTwoBits() {
        CircuitBuilder b = new CircuitBuilder();
        int left = clauses(b, 2, 30); // variables 2..91
        int right = clauses(b, 92, 29); // variables 92..178
        int root = b.or(b.and(b.literal(1), left), b.and(b.literal(-1), right));
        BigInteger seven = BigInteger.valueOf(7);
        BigInteger want = seven.pow(30).shiftLeft(87).add(seven.pow(29).shiftLeft(90));
        assertEquals(want, ModelCounter.count(b.build(root), root, 178));
        assertEquals(seven.pow(30).shiftLeft(11), ModelCounter.count(b.build(left), left, 101)); // free: 1 and 92..101
    }

    @Test
    void disjointRandomPartsMultiplyTheirBruteForceCounts() {
        SplittableRandom random = new SplittableRandom(9);
        List<int[]> clauses = new ArrayList<>();
        BigInteger want = BigInteger.ONE;
        int offset = 0;
        for (int part = 0; part < 12; part++) {
            Cnf small = RandomCnf.threeCnf(10, 1 + random.nextInt(3), random.nextLong());
            want = want.multiply(BruteForce.count(small));
            for (int[] clause : small.clauses()) {
                int[] shifted = new int[clause.length];
                for (int i = 0; i < clause.length; i++) {
                    shifted[i] = clause[i] > 0 ? clause[i] + offset : clause[i] - offset;
                }
                clauses.add(shifted);
            }
            offset += 10;
        }
        Cnf cnf = new Cnf(offset + 5, clauses);
        want = want.shiftLeft(5);
        CircuitBuilder builder = new CircuitBuilder();
        int root = new DnnfCompiler().compile(cnf, builder);
        assertEquals(want, ModelCounter.count(builder.build(root), root, cnf.numVars()));
    }
}
