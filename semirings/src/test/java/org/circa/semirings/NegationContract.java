package org.circa.semirings;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

/** Laws of an algebra's negation role. */
interface NegationContract extends AlgebraContract {
    @Test
    default void negationSwapsZeroAndOne() {
        Algebra a = algebra();
        assertClose(a.one(), a.negate(a.zero()), "not 0 = 1");
        assertClose(a.zero(), a.negate(a.one()), "not 1 = 0");
    }

    @Test
    default void negationIsInvolutive() {
        Algebra a = algebra();
        assumeTrue(a.isNegationInvolutive(), a.name() + " negation is not involutive");
        for (double x : samples()) {
            assertClose(x, a.negate(a.negate(x)), "not not x = x at " + x);
        }
    }

    @Test
    default void negationComplementsInProbabilitySpace() {
        Algebra a = algebra();
        for (double x : samples()) {
            double p = a.toProbability(x);
            assertClose(a.fromProbability(1.0 - p), a.negate(x), "not x = image of 1 - p at " + x);
        }
    }
}
