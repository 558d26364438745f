package org.circa.circuits.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Random k-CNF formulas for tests and benchmarks. Stateless and thread-safe. */
public final class RandomCnf {
    private RandomCnf() {
    }

    /**
     * {@code round(ratio * numVars)} uniform random clauses, each of {@code k} distinct variables
     * negated with probability 1/2; the same seed gives the same formula.
     */
    public static Cnf uniform(int numVars, int k, double ratio, long seed) {
        if (k > numVars) {
            throw new IllegalArgumentException("clause width " + k + " exceeds " + numVars + " variables");
        }
        SplittableRandom random = new SplittableRandom(seed);
        int count = (int) Math.round(ratio * numVars);
        List<int[]> clauses = new ArrayList<>(count);
        for (int c = 0; c < count; c++) {
            int[] clause = new int[k];
            for (int i = 0; i < k; i++) {
                int v;
                boolean fresh;
                do {
                    v = 1 + random.nextInt(numVars);
                    fresh = true;
                    for (int j = 0; j < i; j++) {
                        fresh &= Math.abs(clause[j]) != v;
                    }
                } while (!fresh);
                clause[i] = random.nextBoolean() ? v : -v;
            }
            clauses.add(clause);
        }
        return new Cnf(numVars, clauses);
    }

    /** Random 3-CNF with the given clause/variable ratio. */
    public static Cnf threeCnf(int numVars, double ratio, long seed) {
        return uniform(numVars, 3, ratio, seed);
    }
}
