package org.circa.provers.deeplog;

import static org.circa.provers.deeplog.Fixtures.value;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.circa.semirings.TNorm;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Operators resolved in each algebra, against the algebra's definitions computed here. */
class AlgebraOperatorsTest {
    private static final double A = 0.7;
    private static final double B = 0.4;

    private static double eval(String alg, String formula) {
        String p = "(a)_" + alg + " = " + A + ". (b)_" + alg + " = " + B + ".\n";
        return value(p + "query(" + formula + ").");
    }

    @ParameterizedTest
    @EnumSource(TNorm.class)
    void fuzzyConnectivesAreTheTNormItsConormNegationAndResiduum(TNorm t) {
        String n = t.algebraName();
        assertEquals(t.tNorm().apply(A, B), eval(n, "and((a)_" + n + ", (b)_" + n + ")"), 1e-12);
        assertEquals(t.tConorm().apply(A, B), eval(n, "or((a)_" + n + ", (b)_" + n + ")"), 1e-12);
        assertEquals(1 - A, eval(n, "not((a)_" + n + ")"), 1e-12);
        assertEquals(t.residuum(A, B), eval(n, "implies((a)_" + n + ", (b)_" + n + ")"), 1e-12);
        assertEquals(t.tNorm().apply(t.tNorm().apply(A, B), A), eval(n, "and((a)_" + n + ", (b)_" + n + ", (a)_" + n + ")"),
                1e-12);
    }

    @Test
    void probabilityHasTimesPlusNegateDivide() {
        assertEquals(A * B, eval("probability", "times((a)_p, (b)_p)"), 1e-12);
        assertEquals(A + B, eval("probability", "plus((a)_p, (b)_p)"), 1e-12);
        assertEquals(1 - A, eval("probability", "negate((a)_p)"), 1e-12);
        assertEquals(B / A, eval("probability", "divide((b)_p, (a)_p)"), 1e-12);
    }

    @Test
    void logProbabilityWorksInLogSpace() {
        double la = Math.log(A);
        double lb = Math.log(B);
        String p = "(a)_logprobability = " + la + ". (b)_logprobability = " + lb + ".\n";
        assertEquals(la + lb, value(p + "query(times((a)_lp, (b)_lp))."), 1e-12);
        assertEquals(Math.log(A + B), value(p + "query(plus((a)_lp, (b)_lp))."), 1e-12);
        assertEquals(Math.log(1 - A), value(p + "query(negate((a)_lp))."), 1e-12);
        assertEquals(lb - la, value(p + "query(divide((b)_lp, (a)_lp))."), 1e-12);
    }

    @Test
    void realHasArithmetic() {
        String p = "(a)_real = 3. (b)_real = -2.5.\n";
        assertEquals(-7.5, value(p + "query(times((a)_real, (b)_r))."), 0);
        assertEquals(0.5, value(p + "query(plus((a)_real, (b)_real))."), 0);
        assertEquals(-3, value(p + "query(negate((a)_real))."), 0);
        assertEquals(-1.2, value(p + "query(divide((a)_real, (b)_real))."), 1e-12);
    }

    @ParameterizedTest
    @ValueSource(strings = {"possibility", "necessity", "boolean"})
    void latticeLogicsUseMinMax(String n) {
        double a = n.equals("boolean") ? 1 : A;
        double b = n.equals("boolean") ? 0 : B;
        String p = "(a)_" + n + " = " + a + ". (b)_" + n + " = " + b + ".\n";
        assertEquals(Math.min(a, b), value(p + "query(and((a)_" + n + ", (b)_" + n + "))."), 0);
        assertEquals(Math.max(a, b), value(p + "query(or((a)_" + n + ", (b)_" + n + "))."), 0);
        assertEquals(1 - a, value(p + "query(not((a)_" + n + "))."), 1e-12);
        double godel = a <= b ? 1 : (n.equals("boolean") ? 0 : b);
        assertEquals(godel, value(p + "query(implies((a)_" + n + ", (b)_" + n + "))."), 1e-12);
    }

    @Test
    void userOperatorsAndAlgebrasExtendTheVocabulary() {
        Vocabulary v = Vocabulary.standard().withOperator("product", "avg", 2, Role.OTHER, x -> (x[0] + x[1]) / 2);
        FormulaModel m = FormulaModel.of(v, Domains.empty(), Labels.empty()
                .with(org.circa.language.Atom.of("a"), "product", A).with(org.circa.language.Atom.of("b"), "product", B),
                Distributions.empty());
        assertEquals((A + B) / 2, m.value(m.parse("avg((a)_product, (b)_product)")), 1e-12);
    }
}
