package org.circa.semirings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Laws of a residuated fuzzy algebra with a De Morgan dual: residuum, S-implication and quantifiers. */
interface FuzzyContract extends NegationContract {
    @Test
    default void residuumIsAdjointToTimes() {
        Algebra a = algebra();
        double eps = Math.max(1e-9, 10 * tolerance());
        for (double x : samples()) {
            for (double y : samples()) {
                double r = a.residuum(x, y);
                assertTrue(a.times(x, r) <= y + eps, a.name() + ": x * (x -> y) <= y at " + x + ", " + y);
                for (double c : samples()) {
                    if (a.times(x, c) <= y - eps) {
                        assertTrue(c <= r + eps, a.name() + ": x * c <= y implies c <= x -> y at " + x + ", " + y + ", " + c);
                    }
                }
            }
        }
    }

    @Test
    default void residuumIsOneExactlyWhenOrdered() {
        Algebra a = algebra();
        for (double x : samples()) {
            for (double y : samples()) {
                assertEquals(x <= y, a.residuum(x, y) == a.one(), a.name() + ": (x -> y) = 1 iff x <= y at " + x + ", " + y);
            }
        }
    }

    @Test
    default void sImplicationIsNotXOrY() {
        Algebra a = algebra();
        for (double y : samples()) {
            assertClose(a.one(), a.sImplication(a.zero(), y), "0 => y = 1");
            assertClose(y, a.sImplication(a.one(), y), "1 => y = y");
            for (double x : samples()) {
                assertClose(a.plus(a.negate(x), y), a.sImplication(x, y), "x => y = not x or y");
            }
        }
    }

    @Test
    default void deMorganLinksPlusAndTimes() {
        Algebra a = algebra();
        for (double x : samples()) {
            for (double y : samples()) {
                assertClose(a.times(a.negate(x), a.negate(y)), a.negate(a.plus(x, y)), "not (x or y) = not x and not y");
            }
        }
    }

    @Test
    default void quantifiersLieBetweenTheExtremes() {
        Algebra a = algebra();
        double[] xs = samples();
        double min = 1;
        double max = 0;
        for (double x : xs) {
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        double e = a.exists().aggregate(xs);
        double f = a.forall().aggregate(xs);
        assertTrue(e >= min - 1e-12 && e <= 1 + 1e-12, a.name() + ": exists in [min, 1], got " + e);
        assertTrue(f >= -1e-12 && f <= max + 1e-12, a.name() + ": forall in [0, max], got " + f);
    }
}
