package org.circa.semirings;

/** Numerically stable log-space helpers ({@code −∞} is log 0 and never produces NaN). Stateless. */
public final class LogMath {
    private static final double LN_HALF = Math.log(0.5);

    private LogMath() {
    }

    /** {@code log(e^a + e^b)}; {@code −∞} when both are {@code −∞}. */
    public static double logAddExp(double a, double b) {
        double max = Math.max(a, b);
        if (max == Double.NEGATIVE_INFINITY || max == Double.POSITIVE_INFINITY) {
            return max;
        }
        return max + Math.log1p(Math.exp(Math.min(a, b) - max));
    }

    /** {@code log(1 − e^a)} for {@code a ≤ 0} (Mächler's log1mexp); {@code −∞} at 0 and 0 at {@code −∞}. */
    public static double log1mexp(double a) {
        if (a > 0) {
            return Double.NaN;
        }
        return a > LN_HALF ? Math.log(-Math.expm1(a)) : Math.log1p(-Math.exp(a));
    }

    /** {@code log(e^a − e^b)} for {@code a ≥ b}; {@code −∞} when equal. */
    public static double logSubExp(double a, double b) {
        if (b == Double.NEGATIVE_INFINITY) {
            return a;
        }
        return a + log1mexp(b - a);
    }
}
