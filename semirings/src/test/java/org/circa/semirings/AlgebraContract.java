package org.circa.semirings;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Semiring laws every algebra must satisfy on its sample values, within {@link #tolerance()}. */
interface AlgebraContract {
    /** The algebra under test. */
    Algebra algebra();

    /** Relative tolerance (absolute below magnitude 1). */
    default double tolerance() {
        return algebra().precision() == Precision.FLOAT32 ? 2e-6 : 1e-12;
    }

    /** Values in the algebra's domain: the images of a grid of probabilities, zero and one included. */
    default double[] samples() {
        double[] ps = {0.0, 0.05, 0.3, 0.5, 0.75, 0.95, 1.0};
        return Arrays.stream(ps).map(p -> algebra().fromProbability(p)).distinct().toArray();
    }

    default void assertClose(double expected, double actual, String law) {
        boolean close = expected == actual
                || Math.abs(expected - actual) <= tolerance() * Math.max(1.0, Math.max(Math.abs(expected), Math.abs(actual)));
        assertTrue(close, () -> algebra().name() + ": " + law + ": expected " + expected + " but got " + actual);
    }

    @Test
    default void zeroIsNeutralForPlus() {
        Algebra a = algebra();
        for (double x : samples()) {
            assertClose(x, a.plus(x, a.zero()), "x + 0 = x at " + x);
            assertClose(x, a.plus(a.zero(), x), "0 + x = x at " + x);
        }
    }

    @Test
    default void oneIsNeutralForTimes() {
        Algebra a = algebra();
        for (double x : samples()) {
            assertClose(x, a.times(x, a.one()), "x * 1 = x at " + x);
            assertClose(x, a.times(a.one(), x), "1 * x = x at " + x);
        }
    }

    @Test
    default void zeroAnnihilatesTimes() {
        Algebra a = algebra();
        for (double x : samples()) {
            assertClose(a.zero(), a.times(x, a.zero()), "x * 0 = 0 at " + x);
        }
    }

    @Test
    default void plusAndTimesCommute() {
        Algebra a = algebra();
        for (double x : samples()) {
            for (double y : samples()) {
                assertClose(a.plus(x, y), a.plus(y, x), "x + y = y + x at " + x + ", " + y);
                assertClose(a.times(x, y), a.times(y, x), "x * y = y * x at " + x + ", " + y);
            }
        }
    }

    @Test
    default void plusAndTimesAssociate() {
        Algebra a = algebra();
        for (double x : samples()) {
            for (double y : samples()) {
                for (double z : samples()) {
                    String at = " at " + x + ", " + y + ", " + z;
                    assertClose(a.plus(a.plus(x, y), z), a.plus(x, a.plus(y, z)), "(x + y) + z = x + (y + z)" + at);
                    assertClose(a.times(a.times(x, y), z), a.times(x, a.times(y, z)), "(x * y) * z = x * (y * z)" + at);
                }
            }
        }
    }

    @Test
    default void timesDistributesOverPlusWhereClaimed() {
        Algebra a = algebra();
        assumeTrue(a.isDistributive(), a.name() + " does not claim distributivity");
        for (double x : samples()) {
            for (double y : samples()) {
                for (double z : samples()) {
                    assertClose(a.plus(a.times(x, y), a.times(x, z)), a.times(x, a.plus(y, z)),
                            "x * (y + z) = x * y + x * z at " + x + ", " + y + ", " + z);
                }
            }
        }
    }

    @Test
    default void primitiveOperationsAgreeWithTheRoles() {
        Algebra a = algebra();
        for (double x : samples()) {
            for (double y : samples()) {
                if (a.plusOp() != BinaryOp.GENERIC) {
                    assertClose(a.plus(x, y), a.plusOp().apply(x, y), "plusOp = plus at " + x + ", " + y);
                }
                if (a.timesOp() != BinaryOp.GENERIC) {
                    assertClose(a.times(x, y), a.timesOp().apply(x, y), "timesOp = times at " + x + ", " + y);
                }
            }
        }
    }

    @Test
    default void sumAggregatorFoldsPlus() {
        Algebra a = algebra();
        double[] xs = samples();
        double expected = a.zero();
        for (double x : xs) {
            expected = a.plus(expected, x);
        }
        assertClose(expected, a.sum().aggregate(xs), "sum folds plus");
        assertClose(a.zero(), a.sum().aggregate(), "empty sum is zero");
    }

    @Test
    default void registryFindsTheAlgebraByName() {
        assumeTrue(Algebras.find(algebra().name()).isPresent(), algebra().name() + " is not registered");
        assertTrue(Algebras.byName(algebra().name()).name().equals(algebra().name()));
    }
}
