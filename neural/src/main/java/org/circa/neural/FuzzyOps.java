package org.circa.neural;

/**
 * N-ary conjunction (t-norm) and disjunction (dual t-conorm) of a fuzzy logic, with their
 * (sub)gradients. Immutable.
 */
enum FuzzyOps {
    /** min / max; the gradient goes to the first argument at the extremum. */
    GODEL,
    /** product / probabilistic sum. */
    PRODUCT,
    /** max(0, Σx − (n − 1)) / min(1, Σx). */
    LUKASIEWICZ;

    static FuzzyOps of(Semantics s) {
        return switch (s) {
            case GODEL -> GODEL;
            case PRODUCT -> PRODUCT;
            case LUKASIEWICZ -> LUKASIEWICZ;
            case PROBABILISTIC -> throw new IllegalArgumentException("probabilistic semantics is not a t-norm");
        };
    }

    double and(double[] x) {
        switch (this) {
            case GODEL -> {
                double m = 1;
                for (double v : x) {
                    m = Math.min(m, v);
                }
                return m;
            }
            case PRODUCT -> {
                double m = 1;
                for (double v : x) {
                    m *= v;
                }
                return m;
            }
            default -> {
                double s = 0;
                for (double v : x) {
                    s += v;
                }
                return Math.max(0, s - (x.length - 1));
            }
        }
    }

    double or(double[] x) {
        switch (this) {
            case GODEL -> {
                double m = 0;
                for (double v : x) {
                    m = Math.max(m, v);
                }
                return m;
            }
            case PRODUCT -> {
                double m = 1;
                for (double v : x) {
                    m *= 1 - v;
                }
                return 1 - m;
            }
            default -> {
                double s = 0;
                for (double v : x) {
                    s += v;
                }
                return Math.min(1, s);
            }
        }
    }

    double[] andGradient(double[] x) {
        double[] d = new double[x.length];
        switch (this) {
            case GODEL -> d[extremum(x, true)] = 1;
            case PRODUCT -> productsOfOthers(x, false, d);
            default -> {
                if (and(x) > 0) {
                    java.util.Arrays.fill(d, 1);
                }
            }
        }
        return d;
    }

    double[] orGradient(double[] x) {
        double[] d = new double[x.length];
        switch (this) {
            case GODEL -> d[extremum(x, false)] = 1;
            case PRODUCT -> productsOfOthers(x, true, d);
            default -> {
                double s = 0;
                for (double v : x) {
                    s += v;
                }
                if (s < 1) {
                    java.util.Arrays.fill(d, 1);
                }
            }
        }
        return d;
    }

    private static int extremum(double[] x, boolean min) {
        int best = 0;
        for (int i = 1; i < x.length; i++) {
            if (min ? x[i] < x[best] : x[i] > x[best]) {
                best = i;
            }
        }
        return best;
    }

    /** d[i] = Π_{j≠i} f(x_j), with f(x) = x, or 1 − x for the probabilistic sum (whose d/dx_i is that product). */
    private static void productsOfOthers(double[] x, boolean complement, double[] d) {
        int n = x.length;
        double[] prefix = new double[n + 1];
        prefix[0] = 1;
        for (int i = 0; i < n; i++) {
            prefix[i + 1] = prefix[i] * (complement ? 1 - x[i] : x[i]);
        }
        double suffix = 1;
        for (int i = n - 1; i >= 0; i--) {
            d[i] = prefix[i] * suffix;
            suffix *= complement ? 1 - x[i] : x[i];
        }
    }
}
