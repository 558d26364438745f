package org.circa.provers.deeplog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** One test per case of {@link EvaluationRule}: what compiles, what evaluates directly, and a mix. */
class EvaluationRuleTest {
    private static final String PROGRAM = """
            0.4::a. 0.5::b.
            c :- a. c :- b.
            (t)_product = 0.8. (u)_product = 0.5.
            (t)_godel = 0.8. (u)_godel = 0.5.
            """;

    private static FormulaModel model() {
        return Fixtures.model(PROGRAM);
    }

    @Test
    void fuzzyFormulasEvaluateDirectlyWithoutCompiling() {
        FormulaModel m = model();
        Formula f = m.parse("or(and((t)_product, (u)_product), not((t)_product))");
        assertEquals(EvaluationRule.Mode.DIRECT, m.modeOf(f));
        double v = m.value(f);
        assertEquals(0.4 + 0.2 - 0.4 * 0.2, v, 1e-12);
        assertEquals(0, m.lastCompilations());
    }

    @Test
    void aBooleanFormulaCastToProbabilityIsCompiled() {
        FormulaModel m = model();
        Formula f = m.parse("(and((c)_boolean, not((a)_boolean)))_probability");
        assertEquals(EvaluationRule.Mode.COMPILE, m.modeOf(f));
        // c ∧ ¬a = ¬a ∧ b: the correlation through c's rules needs the joint model count.
        assertEquals(0.6 * 0.5, m.value(f), 1e-12);
        assertEquals(1, m.lastCompilations());
    }

    @Test
    void aBooleanExpectationIsCompiled() {
        FormulaModel m = model();
        Formula f = m.parse("expectation(X:[1,2]; uniform): and(=(X,1)_boolean, (c)_boolean)");
        assertEquals(EvaluationRule.Mode.COMPILE, m.modeOf(f));
        assertEquals(0.5 * (1 - 0.6 * 0.5), m.value(f), 1e-12);
        assertEquals(1, m.lastCompilations());
    }

    @Test
    void aBooleanFormulaCastToRealIsAnIversonBracketEvaluatedDirectly() {
        FormulaModel m = model();
        Formula f = m.parse("(and((c)_boolean, (a)_boolean))_real");
        assertEquals(EvaluationRule.Mode.DIRECT, m.modeOf(f));
        assertEquals(1.0, m.value(f), 0, "both are possible, so true in the boolean reading");
        assertEquals(0, m.lastCompilations());
    }

    @Test
    void aMixedFormulaCompilesOnlyWhatMustBeCompiled() {
        FormulaModel m = model();
        Formula f = m.parse("times((or((a)_boolean, (b)_boolean))_probability, ((and((t)_godel, (u)_godel))_real)_probability)");
        assertEquals(EvaluationRule.Mode.DIRECT, m.modeOf(f));
        assertEquals((1 - 0.6 * 0.5) * (1 / (1 + Math.exp(-0.5))), m.value(f), 1e-12);
        assertEquals(1, m.lastCompilations());
    }
}
