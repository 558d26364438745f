package org.circa.circuits.bench;

import java.util.Random;
import org.circa.circuits.Circuit;
import org.circa.circuits.CircuitBuilder;

/**
 * Layered random circuits for measuring evaluation bandwidth: {@code levels} levels of exactly
 * {@code width} gates over {@code ceil(width/2)} variables (both literals of each), each gate
 * drawing 2 to {@code maxFanIn} distinct children uniformly from the level below (the first one a
 * permutation of that level, so that every gate is used), AND and OR alternating by level, and
 * one OR root over the top level. Gates have at least two children because the circuit builder
 * folds single-child gates into their child. Neither decomposable nor deterministic: the values
 * mean nothing, the shape is the point. Stateless.
 */
public final class SyntheticCircuits {
    private SyntheticCircuits() {
    }

    /** The shape {@code LEVELSxWIDTH} of a {@code --synthetic} option, such as {@code 40x20000}. */
    public record Shape(int levels, int width) {
        /** Checks both sizes are positive. */
        public Shape {
            if (levels < 1 || width < 2) {
                throw new IllegalArgumentException("a synthetic circuit needs levels >= 1 and width >= 2, got "
                        + levels + "x" + width);
            }
        }

        /** Parses {@code LEVELSxWIDTH}; throws {@link IllegalArgumentException} with the expected form. */
        public static Shape parse(String text) {
            String[] parts = text.strip().toLowerCase(java.util.Locale.ROOT).split("x");
            try {
                if (parts.length == 2) {
                    return new Shape(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException("--synthetic takes LEVELSxWIDTH such as 40x20000, got '" + text + "'");
        }

        /** The name of the circuit in benchmark rows, such as {@code synthetic-40x20000}. */
        public String name() {
            return "synthetic-" + levels + "x" + width;
        }
    }

    /** The circuit of {@code shape} with fan-in 2 to {@code maxFanIn}, drawn from {@code seed}. */
    public static Circuit generate(Shape shape, int maxFanIn, long seed) {
        if (maxFanIn < 2) {
            throw new IllegalArgumentException("maxFanIn must be at least 2, got " + maxFanIn);
        }
        Random random = new Random(seed);
        CircuitBuilder b = new CircuitBuilder();
        int numVars = (shape.width() + 1) / 2;
        b.declareVars(numVars);
        int[] below = new int[2 * numVars];
        for (int v = 1; v <= numVars; v++) {
            below[2 * v - 2] = b.literal(v);
            below[2 * v - 1] = b.literal(-v);
        }
        for (int level = 1; level <= shape.levels(); level++) {
            boolean and = level % 2 == 1;
            int[] first = permutation(below.length, random);
            int[] current = new int[shape.width()];
            for (int g = 0; g < shape.width(); g++) {
                current[g] = newGate(b, and, below, g < below.length ? first[g] : random.nextInt(below.length),
                        maxFanIn, random);
            }
            below = current;
        }
        return b.build(b.or(below));
    }

    /**
     * A gate with child {@code below[firstChild]} and 1 to {@code maxFanIn - 1} others that the
     * builder has not made before (redrawing on a collision, which only narrow levels make likely).
     */
    private static int newGate(CircuitBuilder b, boolean and, int[] below, int firstChild, int maxFanIn, Random random) {
        for (int attempt = 0; attempt < 1000; attempt++) {
            int fanIn = Math.min(below.length, 2 + random.nextInt(maxFanIn - 1));
            int[] kids = new int[fanIn];
            kids[0] = below[firstChild];
            for (int i = 1; i < fanIn; i++) {
                int k;
                do {
                    k = below[random.nextInt(below.length)];
                } while (contains(kids, i, k));
                kids[i] = k;
            }
            int before = b.size();
            int gate = and ? b.and(kids) : b.or(kids);
            if (gate >= before) {
                return gate;
            }
        }
        throw new IllegalArgumentException("a level of " + below.length + " nodes is too narrow for distinct gates"
                + " of fan-in at most " + maxFanIn);
    }

    private static boolean contains(int[] a, int n, int x) {
        for (int i = 0; i < n; i++) {
            if (a[i] == x) {
                return true;
            }
        }
        return false;
    }

    private static int[] permutation(int n, Random random) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
