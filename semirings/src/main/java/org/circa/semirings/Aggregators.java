package org.circa.semirings;

/**
 * Built-in aggregators: folds of an algebra's plus or times, and the p-mean quantifiers of
 * Logic Tensor Networks (Badreddine et al., 2022). Stateless.
 */
public final class Aggregators {
    private Aggregators() {
    }

    /** Folds {@link Algebra#plus} from {@link Algebra#zero}. */
    public static Aggregator foldPlus(Algebra algebra) {
        return (values, from, to) -> {
            double acc = algebra.zero();
            for (int i = from; i < to; i++) {
                acc = algebra.plus(acc, values[i]);
            }
            return acc;
        };
    }

    /** Folds {@link Algebra#times} from {@link Algebra#one}. */
    public static Aggregator foldTimes(Algebra algebra) {
        return (values, from, to) -> {
            double acc = algebra.one();
            for (int i = from; i < to; i++) {
                acc = algebra.times(acc, values[i]);
            }
            return acc;
        };
    }

    /**
     * The generalised mean {@code (mean xᵢ^p)^(1/p)} (a smooth existential for p ≥ 1; p = 1 is the
     * mean, large p tends to the maximum); 0 for an empty range.
     */
    public static Aggregator pMean(double p) {
        requirePositive(p);
        return (values, from, to) -> {
            if (to <= from) {
                return 0.0;
            }
            double sum = 0;
            for (int i = from; i < to; i++) {
                sum += Math.pow(values[i], p);
            }
            return Math.pow(sum / (to - from), 1.0 / p);
        };
    }

    /**
     * The p-mean error {@code 1 − (mean (1 − xᵢ)^p)^(1/p)} (a smooth universal; large p tends to
     * the minimum); 1 for an empty range.
     */
    public static Aggregator pMeanError(double p) {
        requirePositive(p);
        return (values, from, to) -> {
            if (to <= from) {
                return 1.0;
            }
            double sum = 0;
            for (int i = from; i < to; i++) {
                sum += Math.pow(1.0 - values[i], p);
            }
            return 1.0 - Math.pow(sum / (to - from), 1.0 / p);
        };
    }

    private static void requirePositive(double p) {
        if (!(p > 0)) {
            throw new IllegalArgumentException("p-mean needs p > 0, got " + p);
        }
    }
}
