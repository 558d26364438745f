package org.circa.provers.deeplog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.circa.language.IntTerm;
import org.circa.language.Struct;
import org.junit.jupiter.api.Test;

/** Aggregations whose body decomposes are not enumerated over the Cartesian product. */
class LiftingTest {
    private static final int N = 200;

    private static FormulaModel model() {
        Labels labels = Labels.empty();
        for (int i = 0; i < N; i++) {
            labels = labels.with(new Struct("f", new IntTerm(i)), "real", Math.sin(i))
                    .with(new Struct("g", new IntTerm(i)), "real", Math.cos(i) + 2)
                    .with(new Struct("f", new IntTerm(i)), "product", 1 - (i % 10) / 1e5)
                    .with(new Struct("g", new IntTerm(i)), "product", 1 - (i % 7) / 1e5);
        }
        Domains d = Domains.empty().withDomain("x", new Struct("..", new IntTerm(0), new IntTerm(N - 1)))
                .withDomain("y", new Struct("..", new IntTerm(0), new IntTerm(N - 1)));
        return FormulaModel.of(Vocabulary.standard(), d, labels, Distributions.empty());
    }

    @Test
    void sumOfAProductOfIndependentFactorsCostsTheSumOfTheDomains() {
        FormulaModel m = model();
        Formula f = m.parse("sum(X, Y): times(f(X)_real, g(Y)_real)");
        double sf = 0;
        double sg = 0;
        for (int i = 0; i < N; i++) {
            sf += Math.sin(i);
            sg += Math.cos(i) + 2;
        }
        assertEquals(sf * sg, m.value(f), 1e-9);
        assertTrue(m.lastAtomEvaluations() <= 2 * N, "atoms looked up: " + m.lastAtomEvaluations());
        assertTrue(m.lastNodeEvaluations() <= 3 * N, "sub-formula evaluations: " + m.lastNodeEvaluations());
        assertEquals(sf * sg, m.valueWithoutLifting(f), 1e-9);
        assertTrue(m.lastNodeEvaluations() >= (long) N * N, "the reference enumerates every row");
        assertEquals("times(sum(X): f(X)_real, sum(Y): g(Y)_real)", m.lifted(f).print());
    }

    @Test
    void forallOfAConjunctionSplitsPerConjunct() {
        FormulaModel m = model();
        Formula f = m.parse("forall(X, Y): and(f(X)_product, g(Y)_product)");
        double logExpected = 0;
        for (int i = 0; i < N; i++) {
            logExpected += N * (Math.log(1 - (i % 10) / 1e5) + Math.log(1 - (i % 7) / 1e5));
        }
        double expected = Math.exp(logExpected);
        assertTrue(expected > 1e-100 && expected < 1, "a value that neither underflows nor is trivial: " + expected);
        assertEquals(expected, m.value(f), 1e-9 * expected);
        assertTrue(m.lastNodeEvaluations() <= 4 * N, "sub-formula evaluations: " + m.lastNodeEvaluations());
    }

    @Test
    void liftedAndEnumeratedValuesAgree() {
        FormulaModel m = model();
        for (String text : new String[] {
            "sum(X, Y): plus(f(X)_real, times(f(X)_real, g(Y)_real))",
            "sum(X): sum(Y): times(f(X)_real, g(Y)_real)",
            "expectation(X, Y; uniform): times(f(X)_real, g(Y)_real)",
            "expectation(X, Y; uniform): plus(f(X)_real, g(Y)_real)",
        }) {
            Formula f = m.parse(text);
            double lifted = m.value(f);
            long liftedCost = m.lastNodeEvaluations();
            double enumerated = m.valueWithoutLifting(f);
            assertEquals(enumerated, lifted, 1e-9 * Math.max(1, Math.abs(enumerated)), text);
            // Each sub-formula is computed once per value of its own variables: O(|X| + |Y|), not |X|·|Y|.
            assertTrue(liftedCost <= 8 * N, text + ": sub-formula evaluations " + liftedCost);
            assertTrue(m.lastNodeEvaluations() >= (long) N * N, text + ": the reference enumerates");
        }
    }

    @Test
    void orOverTwoVariablesStillEnumerates() {
        FormulaModel m = model();
        Formula f = m.parse("sum(X:'..'(0,59), Y:'..'(0,59)): ((or(f(X)_product, g(Y)_product))_real)");
        double enumerated = m.valueWithoutLifting(f);
        assertEquals(enumerated, m.value(f), 1e-12 * enumerated);
        assertTrue(m.lastNodeEvaluations() >= 60 * 60, "or over two variables enumerates the rows");
    }
}
