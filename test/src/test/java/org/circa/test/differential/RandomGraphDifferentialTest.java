package org.circa.test.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.Locale;
import java.util.Random;
import org.circa.provers.Engine;
import org.circa.provers.Results;
import org.junit.jupiter.api.Test;

/**
 * Reachability over random cyclic graphs with probabilistic edges: the compiled answer equals
 * the sum over all edge subsets of the worlds where the target is reachable.
 */
class RandomGraphDifferentialTest {
    @Test
    void reachabilityEqualsEnumeration() {
        Random rnd = new Random(7);
        Engine engine = Engine.create();
        for (int n = 0; n < 60; n++) {
            int nodes = 3 + rnd.nextInt(3);
            int edges = 3 + rnd.nextInt(8);
            int[][] e = new int[edges][2];
            double[] p = new double[edges];
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < edges; i++) {
                e[i][0] = rnd.nextInt(nodes);
                e[i][1] = rnd.nextInt(nodes);
                p[i] = Math.round(rnd.nextDouble() * 100) / 100.0;
                sb.append(String.format(Locale.ROOT, "%s::edge(%d,%d).%n", p[i], e[i][0], e[i][1]));
            }
            sb.append("path(X,Y) :- edge(X,Y).\npath(X,Y) :- edge(X,Z), path(Z,Y).\n");
            for (int t = 0; t < nodes; t++) {
                sb.append("query(path(0,").append(t).append(")).\n");
            }
            Results r = engine.query(sb.toString());
            for (int t = 0; t < nodes; t++) {
                double expected = reachProbability(nodes, e, p, 0, t);
                double actual = r.valueOf("path(0," + t + ")").orElse(0.0);
                assertEquals(expected, actual, 1e-9, "path(0," + t + ") in\n" + sb);
            }
        }
    }

    private static double reachProbability(int nodes, int[][] e, double[] p, int from, int to) {
        double total = 0;
        for (long mask = 0; mask < (1L << e.length); mask++) {
            double w = 1;
            for (int i = 0; i < e.length; i++) {
                w *= (mask & (1L << i)) != 0 ? p[i] : 1 - p[i];
            }
            boolean[] seen = new boolean[nodes];
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            boolean reached = false;
            for (int i = 0; i < e.length; i++) {
                if ((mask & (1L << i)) != 0 && e[i][0] == from && !seen[e[i][1]]) {
                    seen[e[i][1]] = true;
                    queue.add(e[i][1]);
                }
            }
            while (!queue.isEmpty()) {
                int v = queue.poll();
                reached |= v == to;
                for (int i = 0; i < e.length; i++) {
                    if ((mask & (1L << i)) != 0 && e[i][0] == v && !seen[e[i][1]]) {
                        seen[e[i][1]] = true;
                        queue.add(e[i][1]);
                    }
                }
            }
            if (reached) {
                total += w;
            }
        }
        return total;
    }
}
