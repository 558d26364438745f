package org.circa.provers.deeplog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.circa.grammar.ProgramParser;
import org.circa.language.Operators;
import org.circa.language.Source;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The four examples of DeepLog's documentation, each against a brute-force or by-hand value. */
class DeepLogExamplesTest {
    private static FormulaModel model(String program) {
        return FormulaModel.load(ProgramParser.parse(Source.of("test.pl", program)).program());
    }

    private static double only(FormulaModel m) {
        assertEquals(List.of(), m.diagnostics());
        assertEquals(1, m.queries().size());
        List<FormulaAnswer> answers = m.evaluate(m.queries().get(0).formula());
        assertEquals(1, answers.size());
        return answers.get(0).value();
    }

    @Test
    void sumOfIversonBracketsOverTwoBooleansIsThree() {
        int bruteForce = 0;
        for (boolean a : new boolean[] {true, false}) {
            for (boolean b : new boolean[] {true, false}) {
                bruteForce += a || b ? 1 : 0;
            }
        }
        FormulaModel m = model("variable('A', boolean). variable('B', boolean).\n"
                + "query(sum(A,B): (or(=(A,true)_boolean, =(B,true)_boolean))_real).");
        assertEquals(bruteForce, only(m), 0.0);
        assertEquals(3.0, only(m), 0.0);
        assertEquals("real", m.algebraOf(m.queries().get(0).formula()));
    }

    @Test
    void expectationOfRainImpliesWetIsOneMinusRPlusRw() {
        double r = 0.3;
        double w = 0.6;
        double bruteForce = 0;
        for (boolean rain : new boolean[] {true, false}) {
            for (boolean wet : new boolean[] {true, false}) {
                double p = (rain ? r : 1 - r) * (wet ? w : 1 - w);
                bruteForce += (!rain || wet) ? p : 0;
            }
        }
        FormulaModel m = model("variable('Rain', boolean). variable('Wet', boolean).\n"
                + "=('Rain',true)_probability = 0.3.  =('Wet',true)_probability = 0.6.\n"
                + "query(expectation(Rain,Wet): or(not(=(Rain,true)_boolean), =(Wet,true)_boolean)).");
        assertEquals(bruteForce, only(m), 1e-12);
        assertEquals(1 - r + r * w, only(m), 1e-12);
    }

    @Test
    void evenDigitsSumToFive() {
        FormulaModel m = model("domain(digit, '..'(0, 9)).\neven(X) :- 0 is X mod 2.\n"
                + "query(sum(Digit): (even(Digit)_boolean)_real).");
        long bruteForce = java.util.stream.IntStream.rangeClosed(0, 9).filter(d -> d % 2 == 0).count();
        assertEquals(bruteForce, only(m), 0.0);
    }

    @Test
    void ltnForallWithPMeanMatchesTheDefinition() {
        String[] people = {"ann", "bob", "cid", "dee", "eve"};
        double[] smokes = {0.9, 0.2, 0.7, 0.5, 0.1};
        double[] cancer = {0.8, 0.4, 0.3, 0.5, 0.05};
        StringBuilder program = new StringBuilder("domain(person, [ann, bob, cid, dee, eve]).\n");
        for (int i = 0; i < 5; i++) {
            program.append("smokes(").append(people[i]).append(")_product = ").append(smokes[i]).append(".\n");
            program.append("cancer(").append(people[i]).append(")_product = ").append(cancer[i]).append(".\n");
        }
        program.append("query(forall(X:person; pmean(2)): implies(smokes(X)_product, cancer(X)_product)).");
        // By hand: Goguen implication a → b = 1 if a <= b else b / a; p-mean error with p = 2:
        // 1 − (mean (1 − Iᵢ)²)^(1/2).
        double sum = 0;
        for (int i = 0; i < 5; i++) {
            double implication = smokes[i] <= cancer[i] ? 1.0 : cancer[i] / smokes[i];
            sum += Math.pow(1 - implication, 2);
        }
        double byHand = 1 - Math.sqrt(sum / 5);
        assertEquals(byHand, only(model(program.toString())), 1e-12);
    }

    @Test
    void theExamplesAsDeepLogWritesThemOnceTheOperatorsExist() {
        Assumptions.assumeTrue(Operators.infix("or") != null && Operators.infix("implies") != null,
                "infix and/or/implies are not in the operator table yet (see the DeepLog README section)");
        assertEquals(3.0, only(model("variable('A', boolean). variable('B', boolean).\n"
                + "query(sum(A,B): (=(A,true)_boolean or =(B,true)_boolean)_real).")), 0.0);
        assertEquals(1 - 0.3 + 0.3 * 0.6, only(model("variable('Rain', boolean). variable('Wet', boolean).\n"
                + "=('Rain',true)_probability = 0.3.  =('Wet',true)_probability = 0.6.\n"
                + "query(expectation(Rain,Wet): not =(Rain,true)_boolean or =(Wet,true)_boolean).")), 1e-12);
    }
}
