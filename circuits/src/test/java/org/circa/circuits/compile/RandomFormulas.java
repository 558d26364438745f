package org.circa.circuits.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Random CNFs of mixed clause widths (including unit and empty clauses) for differential tests. */
final class RandomFormulas {
    private RandomFormulas() {
    }

    static Cnf mixed(SplittableRandom random, int maxVars) {
        int n = random.nextInt(maxVars + 1);
        double ratio = new double[] {0, 0.5, 1, 2, 3, 4.3, 6}[random.nextInt(7)];
        int count = (int) Math.round(ratio * n) + (n == 0 ? random.nextInt(2) : 0);
        List<int[]> clauses = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            int width = n == 0 ? 0 : random.nextInt(100) < 3 ? 0 : 1 + random.nextInt(Math.min(n, 4));
            if (random.nextInt(100) < 85 && n >= 3) {
                width = Math.max(width, 2);
            }
            int[] clause = new int[width];
            for (int i = 0; i < width; i++) {
                int v = 1 + random.nextInt(n);
                clause[i] = random.nextBoolean() ? v : -v;
            }
            clauses.add(clause);
        }
        return new Cnf(n, clauses);
    }

    static double[][] weights(SplittableRandom random, int n, boolean normalized) {
        double[] pos = new double[n + 1];
        double[] neg = new double[n + 1];
        for (int v = 1; v <= n; v++) {
            pos[v] = random.nextDouble();
            neg[v] = normalized ? 1 - pos[v] : random.nextDouble() * 2;
        }
        return new double[][] {pos, neg};
    }
}
