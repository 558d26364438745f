package org.circa.circuits.bench;

import java.util.Random;
import org.circa.circuits.Circuit;
import org.circa.circuits.CircuitBuilder;

/**
 * Random circuits for tests and benchmarks: DAGs of AND and OR gates over random literals, each
 * gate drawing 1 to {@code maxFanIn} children among recent nodes, with several roots. They are
 * neither decomposable nor deterministic: they test evaluators, not semantics. Stateless.
 */
public final class RandomCircuits {
    private RandomCircuits() {
    }

    /** A circuit over {@code numVars} variables with about {@code gates} gates and {@code roots} roots. */
    public static Circuit generate(int numVars, int gates, int maxFanIn, int roots, long seed) {
        if (numVars < 1 || gates < 1 || maxFanIn < 1 || roots < 1) {
            throw new IllegalArgumentException("all sizes must be positive");
        }
        Random random = new Random(seed);
        CircuitBuilder b = new CircuitBuilder();
        b.declareVars(numVars);
        int[] nodes = new int[2 * numVars + gates];
        int count = 0;
        for (int v = 1; v <= numVars; v++) {
            nodes[count++] = b.literal(v);
            nodes[count++] = b.literal(-v);
        }
        int window = Math.max(8, 2 * numVars);
        for (int g = 0; g < gates; g++) {
            int k = 1 + random.nextInt(maxFanIn);
            int[] kids = new int[k];
            for (int i = 0; i < k; i++) {
                int lo = Math.max(0, count - window);
                kids[i] = nodes[lo + random.nextInt(count - lo)];
            }
            nodes[count++] = random.nextBoolean() ? b.and(kids) : b.or(kids);
        }
        int[] rootNodes = new int[roots];
        for (int r = 0; r < roots; r++) {
            rootNodes[r] = nodes[count - 1 - random.nextInt(Math.min(count, 4 * roots))];
        }
        return b.build(rootNodes);
    }
}
