package org.circa.circuits.compile;

import java.math.BigInteger;

/** Reference model counting by enumerating every assignment (variable v is bit v-1). */
final class BruteForce {
    private BruteForce() {
    }

    static boolean satisfies(Cnf cnf, long assignment) {
        for (int[] clause : cnf.clauses()) {
            boolean sat = false;
            for (int lit : clause) {
                boolean value = ((assignment >>> (Math.abs(lit) - 1)) & 1) != 0;
                if (value == lit > 0) {
                    sat = true;
                    break;
                }
            }
            if (!sat) {
                return false;
            }
        }
        return true;
    }

    static BigInteger count(Cnf cnf) {
        long models = 0;
        for (long a = 0; a < 1L << cnf.numVars(); a++) {
            if (satisfies(cnf, a)) {
                models++;
            }
        }
        return BigInteger.valueOf(models);
    }

    static double weightedCount(Cnf cnf, double[] pos, double[] neg) {
        double total = 0;
        for (long a = 0; a < 1L << cnf.numVars(); a++) {
            if (satisfies(cnf, a)) {
                double w = 1;
                for (int v = 1; v <= cnf.numVars(); v++) {
                    w *= ((a >>> (v - 1)) & 1) != 0 ? pos[v] : neg[v];
                }
                total += w;
            }
        }
        return total;
    }
}
