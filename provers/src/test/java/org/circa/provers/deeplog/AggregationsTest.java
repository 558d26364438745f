package org.circa.provers.deeplog;

import static org.circa.provers.deeplog.Fixtures.value;
import static org.circa.provers.deeplog.Fixtures.values;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.circa.language.Atom;
import org.circa.language.IntTerm;
import org.circa.language.Term;
import org.circa.semirings.Aggregators;
import org.junit.jupiter.api.Test;

/** Each aggregator, nested aggregations and free variables evaluated over a batch of bindings. */
class AggregationsTest {
    private static final String FUZZY = """
            domain(item, [i1, i2, i3]).
            f(i1)_godel = 0.2. f(i2)_godel = 0.9. f(i3)_godel = 0.5.
            f(i1)_product = 0.2. f(i2)_product = 0.9. f(i3)_product = 0.5.
            f(i1)_real = 2. f(i2)_real = -1. f(i3)_real = 4.
            """;

    @Test
    void sumFoldsPlus() {
        assertEquals(5.0, value(FUZZY + "query(sum(Item): f(Item)_real)."), 0);
        assertEquals(0.9, value(FUZZY + "query(sum(Item): f(Item)_godel)."), 0);
    }

    @Test
    void existsAndForallFoldTheConnectives() {
        assertEquals(0.9, value(FUZZY + "query(exists(Item): f(Item)_godel)."), 0);
        assertEquals(0.2, value(FUZZY + "query(forall(Item): f(Item)_godel)."), 0);
        assertEquals(0.2 * 0.9 * 0.5, value(FUZZY + "query(forall(Item): f(Item)_product)."), 1e-12);
        assertEquals(1 - 0.8 * 0.1 * 0.5, value(FUZZY + "query(exists(Item): f(Item)_product)."), 1e-12);
    }

    @Test
    void pMeansAreTheLtnQuantifiers() {
        double[] x = {0.2, 0.9, 0.5};
        assertEquals(Aggregators.pMean(3).aggregate(x), value(FUZZY + "query(exists(Item; pmean(3)): f(Item)_product)."),
                1e-12);
        assertEquals(Aggregators.pMean(2).aggregate(x), value(FUZZY + "query(pmean(Item; 2): f(Item)_product)."), 1e-12);
        assertEquals(Aggregators.pMeanError(2).aggregate(x),
                value(FUZZY + "query(pmean_error(Item; 2): f(Item)_product)."), 1e-12);
    }

    @Test
    void expectationWeighsByADistribution() {
        String p = FUZZY + "distribution(d, [i1:0.5, i2:0.25, i3:0.25]).\n";
        assertEquals(0.5 * 2 - 0.25 + 0.25 * 4, value(p + "query(expectation(Item; d): f(Item)_real)."), 1e-12);
        assertEquals((2 - 1 + 4) / 3.0, value(p + "query(expectation(Item; uniform): f(Item)_real)."), 1e-12);
        String labelled = FUZZY + "=('Item', i1)_probability = 0.1. =('Item', i2)_probability = 0.6.\n";
        assertEquals(0.1 * 2 - 0.6 + 0.3 * 4, value(labelled + "query(expectation(Item): f(Item)_real)."), 1e-12);
    }

    @Test
    void userAggregatorsEnumerate() {
        Vocabulary v = Vocabulary.standard().withAggregator("maximum", (alg, params) -> (vals, from, to) -> {
            double m = Double.NEGATIVE_INFINITY;
            for (int i = from; i < to; i++) {
                m = Math.max(m, vals[i]);
            }
            return m;
        });
        Labels labels = Labels.empty();
        for (int i = 1; i <= 4; i++) {
            labels = labels.with(new org.circa.language.Struct("g", new IntTerm(i)), "real", i * (5 - i));
        }
        FormulaModel m = FormulaModel.of(v, Domains.empty().withDomain("n", new org.circa.language.Struct("..",
                new IntTerm(1), new IntTerm(4))), labels, Distributions.empty());
        assertEquals(6.0, m.value(m.parse("maximum(N): g(N)_real")), 0);
    }

    @Test
    void nestedAggregationsMatchEnumeration() {
        String p = """
                domain(n, [1, 2, 3]).
                w(1, 1)_real = 1. w(1, 2)_real = 2. w(1, 3)_real = 3.
                w(2, 1)_real = 4. w(2, 2)_real = 5. w(2, 3)_real = 6.
                w(3, 1)_real = 7. w(3, 2)_real = 8. w(3, 3)_real = 9.
                query(sum(N1): sum(N2): w(N1, N2)_real).
                query(sum(N1, N2): times(w(N1, N2)_real, w(N2, N1)_real)).
                query(sum(N1): ((forall(N2): =(N1, N2)_boolean))_real).
                """;
        int[][] w = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}};
        double crossed = 0;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                crossed += w[i][j] * w[j][i];
            }
        }
        assertArrayEquals(new double[] {45, crossed, 0}, values(p), 1e-12);
    }

    @Test
    void freeVariablesAreInputsEvaluatedPerBinding() {
        double[] got = values(FUZZY + "query(times(f(Item)_real, f(Item)_real)).");
        assertArrayEquals(new double[] {4, 1, 16}, got, 0);
        FormulaModel m = Fixtures.model(FUZZY);
        Formula f = m.parse("plus(f(X)_real, sum(Item): f(Item)_real)");
        List<Bindings> batch = new ArrayList<>();
        for (String item : new String[] {"i3", "i1", "i2", "i3"}) {
            batch.add(Bindings.of("X", Atom.of(item)));
        }
        assertArrayEquals(new double[] {9, 7, 4, 9}, m.evaluate(f, batch), 0);
        assertEquals(List.of("X"), List.copyOf(m.inputs(f)));
    }

    @Test
    void aggregationOverAnEmptyDomainGivesTheNeutralElement() {
        assertEquals(0.0, value("domain(none, []). query(sum(None): g(None)_real)."), 0);
        assertEquals(1.0, value("domain(none, []). query(forall(None): g(None)_godel)."), 0);
    }

    @Test
    void domainsFromATensorSource() {
        List<Term> ids = List.of(new IntTerm(10), new IntTerm(20), new IntTerm(30));
        Vocabulary v = Vocabulary.standard().withDomainSource("batch", () -> ids);
        Labels labels = Labels.empty();
        for (Term id : ids) {
            labels = labels.with(new org.circa.language.Struct("score", id), "real", ((IntTerm) id).value() / 10.0);
        }
        Domains d = Domains.empty().withDomain("image", org.circa.grammar.ProgramParser.parseTerm("source(batch)"));
        FormulaModel m = FormulaModel.of(v, d, labels, Distributions.empty());
        assertEquals(6.0, m.value(m.parse("sum(Image): score(Image)_real")), 1e-12);
    }
}
