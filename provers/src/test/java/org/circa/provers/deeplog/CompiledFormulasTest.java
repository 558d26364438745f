package org.circa.provers.deeplog;

import static org.circa.provers.deeplog.Fixtures.value;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Boolean formulas cast to probability go through knowledge compilation: differential tests
 * against the possible worlds of a small program (rules correlate atoms), with evidence, with
 * independent labelled atoms, and expectations over random variables.
 */
class CompiledFormulasTest {
    private static final String PROGRAM = """
            0.3::a. 0.6::b. 0.2::c. 0.5::d.
            x :- a, b.
            x :- c.
            y :- \\+ a, d.
            y :- x, d.
            (e)_probability = 0.35.
            """;
    private static final String[] ATOMS = {"a", "b", "c", "d", "x", "y", "e"};
    private static final double[] FACTS = {0.3, 0.6, 0.2, 0.5, 0.35};

    /** A random formula: its DeepLog text and its truth in a world (a, b, c, d, e as bits 0..4). */
    private record Random1(String text, Predicate<boolean[]> truth) {
    }

    private static boolean[] derived(int world) {
        boolean a = (world & 1) != 0;
        boolean b = (world & 2) != 0;
        boolean c = (world & 4) != 0;
        boolean d = (world & 8) != 0;
        boolean e = (world & 16) != 0;
        boolean x = (a && b) || c;
        boolean y = (!a && d) || (x && d);
        return new boolean[] {a, b, c, d, x, y, e};
    }

    private static double weight(int world) {
        double w = 1;
        for (int i = 0; i < FACTS.length; i++) {
            w *= (world & (1 << i)) != 0 ? FACTS[i] : 1 - FACTS[i];
        }
        return w;
    }

    private static Random1 random(Random r, int depth) {
        if (depth == 0 || r.nextInt(4) == 0) {
            int i = r.nextInt(ATOMS.length);
            return new Random1("(" + ATOMS[i] + ")_boolean", w -> w[i]);
        }
        Random1 p = random(r, depth - 1);
        Random1 q = random(r, depth - 1);
        return switch (r.nextInt(4)) {
            case 0 -> new Random1("and(" + p.text() + ", " + q.text() + ")", w -> p.truth().test(w) && q.truth().test(w));
            case 1 -> new Random1("or(" + p.text() + ", " + q.text() + ")", w -> p.truth().test(w) || q.truth().test(w));
            case 2 -> new Random1("not(" + p.text() + ")", w -> !p.truth().test(w));
            default -> new Random1("implies(" + p.text() + ", " + q.text() + ")",
                    w -> !p.truth().test(w) || q.truth().test(w));
        };
    }

    private static double bruteForce(Predicate<boolean[]> truth, Predicate<boolean[]> evidence) {
        double joint = 0;
        double z = 0;
        for (int world = 0; world < 32; world++) {
            boolean[] w = derived(world);
            if (evidence.test(w)) {
                z += weight(world);
                joint += truth.test(w) ? weight(world) : 0;
            }
        }
        return joint / z;
    }

    @Test
    void weightedModelCountsMatchPossibleWorlds() {
        Random r = new Random(42);
        for (int i = 0; i < 40; i++) {
            Random1 f = random(r, 4);
            double expected = bruteForce(f.truth(), w -> true);
            assertEquals(expected, value(PROGRAM + "query((" + f.text() + ")_probability)."), 1e-10, f.text());
            if (i % 8 == 0) {
                assertEquals(Math.log(expected), value(PROGRAM + "query((" + f.text() + ")_logprobability)."), 1e-9,
                        f.text());
            }
        }
    }

    @Test
    void evidenceConditionsCompiledFormulas() {
        Random r = new Random(7);
        for (int i = 0; i < 15; i++) {
            Random1 f = random(r, 3);
            double expected = bruteForce(f.truth(), w -> w[5]);
            assertEquals(expected, value(PROGRAM + "evidence(y).\nquery((" + f.text() + ")_probability)."), 1e-10,
                    f.text());
        }
    }

    @Test
    void conditionalProbabilityByDivisionOfExpectations() {
        double expected = bruteForce(w -> w[4], w -> w[3]);
        assertEquals(expected, value(PROGRAM
                + "query(divide((and((x)_boolean, (d)_boolean))_probability, (d)_probability))."), 1e-12);
    }

    @Test
    void expectationOverARandomVariableMixesItsDistributionWithProgramAtoms() {
        String program = """
                0.4::pick(1). 0.7::pick(2). 0.1::pick(3). 0.6::b.
                distribution(dx, [1:0.2, 2:0.5, 3:0.3]).
                query(expectation(X:[1,2,3]; dx): and(pick(X)_boolean, (b)_boolean)).
                query(expectation(X:[1,2,3]; dx): or(=(X, 3)_boolean, pick(X)_boolean)).
                """;
        double[] pick = {0.4, 0.7, 0.1};
        double[] px = {0.2, 0.5, 0.3};
        double first = 0;
        double second = 0;
        for (int v = 0; v < 3; v++) {
            first += px[v] * pick[v] * 0.6;
            second += px[v] * (v == 2 ? 1.0 : pick[v]);
        }
        double[] got = Fixtures.values(program);
        assertEquals(first, got[0], 1e-12);
        assertEquals(second, got[1], 1e-12);
    }

    @Test
    void booleanAggregationsInsideACompiledPartExpandToAndOr() {
        String program = """
                0.3::p(1). 0.5::p(2). 0.9::p(3).
                query((exists(X:[1,2,3]): p(X)_boolean)_probability).
                query((forall(X:[1,2,3]): p(X)_boolean)_probability).
                """;
        double[] got = Fixtures.values(program);
        assertEquals(1 - 0.7 * 0.5 * 0.1, got[0], 1e-12);
        assertEquals(0.3 * 0.5 * 0.9, got[1], 1e-12);
    }

    @Test
    void aFormulaMixingFuzzyAndCompiledPartsCompilesOnlyTheBooleanPart() {
        // times of a compiled probability and a fuzzy truth degree cast to real then to probability (sigmoid).
        String program = PROGRAM + "(t)_product = 0.25.\n"
                + "query(times((or((x)_boolean, (y)_boolean))_probability, ((and((t)_product, (t)_product))_real)_probability)).";
        double compiled = bruteForce(w -> w[4] || w[5], w -> true);
        double fuzzy = 1 / (1 + Math.exp(-0.25 * 0.25));
        assertEquals(compiled * fuzzy, value(program), 1e-12);
    }
}
