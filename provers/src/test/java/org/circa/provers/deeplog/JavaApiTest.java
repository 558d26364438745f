package org.circa.provers.deeplog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.circa.language.Atom;
import org.circa.language.IntTerm;
import org.circa.language.Struct;
import org.circa.language.Term;
import org.circa.language.Var;
import org.junit.jupiter.api.Test;

/** Formulas built with the AST types directly evaluate like parsed ones and print as DeepLog text. */
class JavaApiTest {
    @Test
    void buildEvaluateAndPrintWithoutAParser() {
        Var d = new Var("Digit");
        Labels labels = Labels.empty();
        for (int i = 0; i <= 9; i++) {
            labels = labels.with(new Struct("even", new IntTerm(i)), "boolean", i % 2 == 0 ? 1 : 0);
        }
        Domains domains = Domains.empty().withDomain("digit", new Struct("..", new IntTerm(0), new IntTerm(9)));
        FormulaModel model = FormulaModel.of(Vocabulary.standard(), domains, labels, Distributions.empty());
        Formula f = Aggregation.of("sum", List.of(AggregationVariable.of("Digit")),
                new CastFormula(new AtomFormula(new Struct("even", d), "boolean"), "real"));
        assertEquals(5.0, model.value(f), 0);
        assertEquals("real", model.algebraOf(f));
        assertEquals("sum(Digit): (even(Digit)_boolean)_real", f.print());
        assertEquals(f.print(), model.parse(f.print()).print());
    }

    @Test
    void expectationFromJavaWithLabelledRandomVariables() {
        Term rainTrue = new Struct("=", Atom.of("Rain"), Atom.TRUE);
        Term wetTrue = new Struct("=", Atom.of("Wet"), Atom.TRUE);
        Labels labels = Labels.empty().with(rainTrue, "p", 0.25).with(wetTrue, "probability", 0.5);
        Domains domains = Domains.empty().withVariable("Rain", Atom.of("boolean")).withVariable("Wet", Atom.of("boolean"));
        FormulaModel model = FormulaModel.of(Vocabulary.standard(), domains, labels, Distributions.empty());
        Var rain = new Var("Rain");
        Var wet = new Var("Wet");
        Formula body = OperatorFormula.of("or",
                OperatorFormula.of("not", new AtomFormula(new Struct("=", rain, Atom.TRUE), "boolean")),
                new AtomFormula(new Struct("=", wet, Atom.TRUE), "boolean"));
        Formula f = Aggregation.of("expectation",
                List.of(AggregationVariable.of("Rain"), AggregationVariable.of("Wet")), body);
        assertEquals(1 - 0.25 + 0.25 * 0.5, model.value(f), 1e-12);
        assertEquals("probability", model.algebraOf(f));
    }

    @Test
    void aUserAlgebraIsNamedByItsAnnotation() {
        org.circa.semirings.Algebra tropical = org.circa.semirings.UserAlgebra.of("tropical",
                Double.POSITIVE_INFINITY, 0.0, Math::min, Double::sum, false);
        Labels labels = Labels.empty().with(Atom.of("a"), "tropical", 3).with(Atom.of("b"), "tropical", 5);
        FormulaModel model = FormulaModel.of(Vocabulary.standard().withAlgebra(tropical), Domains.empty(), labels,
                Distributions.empty());
        assertEquals(8.0, model.value(model.parse("times((a)_tropical, (b)_tropical)")), 0);
        assertEquals(3.0, model.value(model.parse("plus((a)_tropical, (b)_tropical)")), 0);
        assertEquals("tropical", model.algebraOf(model.parse("plus((a)_tropical, (b)_tropical)")));
    }
}
