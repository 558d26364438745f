package org.circa.provers.deeplog;

import org.circa.language.DiagnosticCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.circa.grammar.ProgramParser;
import org.circa.language.Program;
import org.circa.language.Source;
import org.circa.provers.Engine;
import org.junit.jupiter.api.Test;

/** Errors in formulas are diagnostics with a code, a position and a caret under the offending token. */
class DiagnosticsTest {
    private static FormulaDiagnostic only(String text) {
        Program p = ProgramParser.parse(Source.of("bad.pl", text)).program();
        List<FormulaDiagnostic> d = FormulaModel.load(p).diagnostics();
        assertEquals(1, d.size(), d.toString());
        return d.get(0);
    }

    private static void assertCaretUnder(String text, FormulaDiagnostic d, String token) {
        String rendered = d.render(Source.of("bad.pl", text));
        String[] lines = rendered.split("\n");
        assertEquals(3, lines.length, rendered);
        int caret = lines[2].indexOf('^');
        assertTrue(lines[1].startsWith(token, caret), "caret under '" + token + "' in\n" + rendered);
        assertTrue(lines[0].startsWith("bad.pl:" + d.span().line() + ":" + (caret + 1) + ": error " + d.code().code()),
                rendered);
    }

    @Test
    void anOperatorUnknownToItsAlgebra() {
        String text = "(a)_probability = 0.5.\nquery(and((a)_probability, (a)_probability)).";
        FormulaDiagnostic d = only(text);
        assertEquals(DiagnosticCode.UNKNOWN_OPERATOR, d.code());
        assertTrue(d.message().contains("times, plus, negate, divide"), d.message());
        assertCaretUnder(text, d, "and");
    }

    @Test
    void aCastWithNoRegisteredPath() {
        String text = "query(((a)_possibility)_boolean).";
        FormulaDiagnostic d = only(text);
        assertEquals(DiagnosticCode.NO_CAST_PATH, d.code());
        assertEquals("no registered cast from possibility to boolean", d.message());
        assertCaretUnder(text, d, ")_boolean");
    }

    @Test
    void anAggregationVariableWithoutDomain() {
        String text = "query(sum(Colour): f(Colour)_real).";
        FormulaDiagnostic d = only(text);
        assertEquals(DiagnosticCode.UNBOUND_VARIABLE, d.code());
        assertCaretUnder(text, d, "Colour");
    }

    @Test
    void operandsInDifferentAlgebras() {
        String text = "query(and((a)_godel, (b)_product)).";
        FormulaDiagnostic d = only(text);
        assertEquals(DiagnosticCode.MIXED_ALGEBRAS, d.code());
        assertCaretUnder(text, d, "and");
    }

    @Test
    void anUnknownAlgebraAndAnAtomWithoutAnnotation() {
        String text = "query((a)_fuzzy).";
        assertEquals(DiagnosticCode.UNKNOWN_ALGEBRA, only(text).code());
        assertCaretUnder(text, only(text), "_fuzzy");
        String bare = "query(and((a)_godel, b)).";
        assertEquals(DiagnosticCode.NOT_A_FORMULA, only(bare).code());
        String operandNotAFormula = "query((and(q_b, (e)_b))_probability).";
        assertEquals(DiagnosticCode.NOT_A_FORMULA, only(operandNotAFormula).code());
        assertCaretUnder(operandNotAFormula, only(operandNotAFormula), "q_b");
    }

    @Test
    void anAggregatorThatDoesNotApply() {
        String text = "domain(n, [1]).\nquery(expectation(N): f(N)_godel).";
        FormulaDiagnostic d = only(text);
        assertEquals(DiagnosticCode.BAD_AGGREGATOR, d.code());
        assertCaretUnder(text, d, "expectation");
    }

    @Test
    void evaluationErrorsAreReportedAtTheQuery() {
        String text = "variable('X', boolean).\nquery(expectation(X): =(X, true)_boolean).";
        Program p = ProgramParser.parse(Source.of("bad.pl", text)).program();
        FormulaQueries.Answers a = FormulaQueries.answer(p, Engine.create());
        assertEquals(1, a.errors().size(), a.errors().toString());
        assertTrue(a.errors().get(0).startsWith("bad.pl:2:1: error C406: no distribution for random variable X"),
                a.errors().get(0));
    }
}
