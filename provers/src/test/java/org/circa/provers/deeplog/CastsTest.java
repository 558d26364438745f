package org.circa.provers.deeplog;

import static org.circa.provers.deeplog.Fixtures.value;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.circa.language.Atom;
import org.junit.jupiter.api.Test;

/** Every registered cast, and a path of two casts, and a user cast. */
class CastsTest {
    @Test
    void booleanToRealIsTheIversonBracket() {
        assertEquals(1.0, value("(a)_boolean = 1. query(((a)_boolean)_real)."), 0);
        assertEquals(0.0, value("(a)_boolean = 0. query(((a)_boolean)_real)."), 0);
    }

    @Test
    void booleanToProbabilityOfADeterministicFormulaIsAlsoTheIversonBracket() {
        assertEquals(1.0, value("query((=(a, a)_boolean)_probability)."), 0);
        assertEquals(0.0, value("query((=(a, b)_boolean)_probability)."), 0);
    }

    @Test
    void booleanToLogProbabilityIsTheLogOfTheModelCount() {
        assertEquals(Math.log(0.3), value("0.3::a. query(((a)_boolean)_logprobability)."), 1e-12);
    }

    @Test
    void booleanToFuzzyAndPossibilityEmbedsZeroAndOne() {
        for (String alg : new String[] {"godel", "product", "lukasiewicz", "possibility", "necessity"}) {
            assertEquals(1.0, value("(a)_boolean = 1. query(((a)_boolean)_" + alg + ")."), 0, alg);
        }
    }

    @Test
    void realToProbabilityIsTheSigmoid() {
        assertEquals(1 / (1 + Math.exp(-1.5)), value("(z)_real = 1.5. query(((z)_real)_probability)."), 1e-12);
    }

    @Test
    void probabilityToPossibilityIsTheAntipignisticTransform() {
        // Π(x) = Σ_y min(p(x), p(y)) over the two outcomes of the event.
        assertEquals(0.2 + Math.min(0.2, 0.8), value("(a)_probability = 0.2. query(((a)_probability)_possibility)."), 1e-12);
        assertEquals(0.7 + Math.min(0.7, 0.3), value("(a)_probability = 0.7. query(((a)_probability)_possibility)."), 1e-12);
    }

    @Test
    void probabilityAndLogProbabilityConvert() {
        assertEquals(Math.log(0.2), value("(a)_probability = 0.2. query(((a)_probability)_logprobability)."), 1e-12);
        assertEquals(0.2, value("(a)_logprobability = " + Math.log(0.2) + ". query(((a)_logprobability)_probability)."),
                1e-12);
        assertEquals(0.2, value("(a)_probability = 0.2. query(((a)_probability)_real)."), 0);
    }

    @Test
    void fuzzyToRealKeepsTheDegree() {
        assertEquals(0.4, value("(a)_product = 0.4. query(((a)_product)_real)."), 0);
    }

    @Test
    void castsComposeAlongTheShortestPath() {
        // real → probability (sigmoid) → possibility (antipignistic)
        double s = 1 / (1 + Math.exp(-0.3));
        assertEquals(Cast.antipignistic(s), value("(z)_real = 0.3. query(((z)_real)_possibility)."), 1e-12);
    }

    @Test
    void userCastsAreUsed() {
        Vocabulary v = Vocabulary.standard().withCast("godel", "probability", x -> x * x, "square");
        FormulaModel m = FormulaModel.of(v, Domains.empty(), Labels.empty().with(Atom.of("a"), "godel", 0.5),
                Distributions.empty());
        assertEquals(0.25, m.value(m.parse("((a)_godel)_probability")), 1e-12);
    }
}
