package org.circa.provers.deeplog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.circa.grammar.ProgramParser;
import org.junit.jupiter.api.Test;

/** The printer round-trips: printing a formula and reading the text back prints the same text, and the structure is kept. */
class PrinterRoundTripTest {
    private static final List<String> FORMULAS = List.of(
            "sum(A, B): (or(=(A,true)_boolean, =(B,true)_boolean))_real",
            "expectation(Rain, Wet): or(not(=(Rain,true)_boolean), =(Wet,true)_boolean)",
            "sum(Digit): (even(Digit)_boolean)_real",
            "forall(X:person; pmean(2)): implies(smokes(X)_product, cancer(X)_product)",
            "(rain)_boolean",
            "(0.5)_real",
            "p('Quoted atom', \"string\", [a,b|T], -3, 2.5, f(X,Y))_p",
            "sum(X:[a,b], Y:'..'(0,9)): times(w(X,Y)_real, (exists(Z:[1,2]): q(Z,X)_boolean)_real)",
            "divide((and((q)_b, (e)_b))_probability, (e)_b)",
            "((((z)_real)_probability)_possibility)_possibility",
            "pmean_error(X; 3): f(X)_godel",
            "expectation(X; uniform): <(X,3)_boolean",
            "and(sum(X): f(X)_r, (g)_r)");

    private static Formula read(String text) {
        return FormulaReader.read(ProgramParser.parseTerm(text), Vocabulary.standard(), Locator.NONE);
    }

    @Test
    void printThenReadThenPrintIsAFixpoint() {
        for (String text : FORMULAS) {
            Formula f = read(text);
            String printed = f.print();
            Formula again = read(printed);
            assertEquals(printed, again.print(), text);
            assertEquals(shape(f), shape(again), text);
        }
    }

    @Test
    void theStructureIsWhatTheTextSays() {
        Formula f = read("sum(A, B): (or(=(A,true)_boolean, =(B,true)_b))_real");
        Aggregation g = (Aggregation) f;
        assertEquals("sum", g.aggregator());
        assertEquals(List.of("A", "B"), g.variables().stream().map(AggregationVariable::name).toList());
        CastFormula c = (CastFormula) g.body();
        assertEquals("real", c.algebra());
        OperatorFormula or = (OperatorFormula) c.inner();
        assertEquals("or", or.operator());
        assertEquals("boolean", ((AtomFormula) or.operands().get(1)).algebra(), "aliases read as canonical names");
        assertEquals("sum(A, B): (or(=(A,true)_boolean, =(B,true)_boolean))_real", f.print());
    }

    /** The node kinds in prefix order, a structural fingerprint independent of variable identity. */
    private static String shape(Formula f) {
        return switch (f) {
            case AtomFormula a -> "A[" + FormulaPrinter.term(a.atom()) + "," + a.algebra() + "]";
            case CastFormula c -> "C[" + shape(c.inner()) + "," + c.algebra() + "]";
            case OperatorFormula o -> "O[" + o.operator() + o.operands().stream().map(PrinterRoundTripTest::shape).toList() + "]";
            case Aggregation g -> "G[" + g.aggregator() + g.variables() + g.parameters().stream().map(FormulaPrinter::term)
                    .toList() + shape(g.body()) + "]";
        };
    }
}
