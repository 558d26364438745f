package org.circa.neural;

/** The loss of one example as a function of the value v of its query and its target t. Immutable. */
public enum Loss {
    /** {@code −t·log v − (1 − t)·log(1 − v)}: −log v for a positive example (DeepProbLog's default). */
    CROSS_ENTROPY,
    /** {@code (v − t)²}. */
    SQUARED_ERROR;

    private static final double EPS = Double.MIN_NORMAL;

    /** The loss of value v against target t. */
    public double value(double v, double t) {
        return switch (this) {
            case CROSS_ENTROPY -> {
                double c = clamp(v);
                yield -(t > 0 ? t * Math.log(c) : 0) - (t < 1 ? (1 - t) * Math.log(1 - c) : 0);
            }
            case SQUARED_ERROR -> (v - t) * (v - t);
        };
    }

    /** The derivative of the loss with respect to v. */
    public double derivative(double v, double t) {
        return switch (this) {
            case CROSS_ENTROPY -> {
                double c = clamp(v);
                yield -(t > 0 ? t / c : 0) + (t < 1 ? (1 - t) / (1 - c) : 0);
            }
            case SQUARED_ERROR -> 2 * (v - t);
        };
    }

    private static double clamp(double v) {
        return Math.min(1 - EPS, Math.max(EPS, v));
    }
}
