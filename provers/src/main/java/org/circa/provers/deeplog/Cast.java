package org.circa.provers.deeplog;

import java.util.Objects;
import java.util.function.DoubleUnaryOperator;

/**
 * A registered cast of values from one algebra into another (canonical names), with what it
 * does in words. Casts from {@code boolean} into an algebra that needs a compiled circuit are
 * also the point where formulas are knowledge-compiled (see {@link EvaluationRule}); the function
 * is then what the cast does to a deterministic value. Immutable.
 */
public record Cast(String from, String to, DoubleUnaryOperator function, String description) {
    /** Checks the parts are present. */
    public Cast {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(description, "description");
    }

    /** The antipignistic transform of a two-valued event (Dubois and Prade): Π = p + min(p, 1 − p) = min(1, 2p). */
    public static double antipignistic(double p) {
        return p + Math.min(p, 1.0 - p);
    }

    /** The logistic function {@code 1 / (1 + e^−x)}. */
    public static double sigmoid(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }
}
