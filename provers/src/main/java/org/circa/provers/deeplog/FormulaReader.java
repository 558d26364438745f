package org.circa.provers.deeplog;

import org.circa.language.DiagnosticCode;
import java.util.ArrayList;
import java.util.List;
import org.circa.language.Struct;
import org.circa.language.Term;
import org.circa.language.Var;

/**
 * Reads a parsed term as a formula: {@code '$algebra'(T, R)} (what the grammar makes of
 * {@code T_R}) is an algebraic atom when T is an ordinary atom and a cast when T is a formula;
 * {@code Head: Body} with an aggregator head is an aggregation; any other compound whose
 * arguments are all formulas is an operator application. Stateless.
 */
public final class FormulaReader {
    /** The functor the grammar gives annotations. */
    public static final String ANNOTATION = "$algebra";

    private final Vocabulary vocabulary;
    private final Locator locator;

    private FormulaReader(Vocabulary vocabulary, Locator locator) {
        this.vocabulary = vocabulary;
        this.locator = locator;
    }

    /** Reads a formula; throws {@link FormulaException} (code C407) for terms that are not formulas. */
    public static Formula read(Term term, Vocabulary vocabulary, Locator locator) {
        return new FormulaReader(vocabulary, locator).formula(term);
    }

    /** Whether a term contains an algebra annotation anywhere, which makes it a formula rather than a ProbLog goal. */
    public static boolean mentionsAlgebra(Term term) {
        Term t = term.deref();
        if (t instanceof Struct s) {
            if (s.name().equals(ANNOTATION) && s.arity() == 2) {
                return true;
            }
            for (Term a : s.argsUnsafe()) {
                if (mentionsAlgebra(a)) {
                    return true;
                }
            }
        }
        return false;
    }

    private Formula formula(Term term) {
        Term t = term.deref();
        if (isAggregation(t)) {
            return aggregation(t.arg(0).deref(), t.arg(1));
        }
        if (t instanceof Struct s && s.name().equals(ANNOTATION) && s.arity() == 2) {
            Term inner = s.arg(0).deref();
            String algebra = vocabulary.canonical(s.arg(1).deref().name());
            if (isFormula(inner)) {
                return new CastFormula(formula(inner), algebra);
            }
            if (inner instanceof Struct op && isOperatorName(op.name())) {
                for (Term a : op.argsUnsafe()) {
                    formula(a); // reports the operand that is not a formula
                }
            }
            return new AtomFormula(inner, algebra);
        }
        if (t instanceof Struct s && isFormula(s)) {
            List<Formula> operands = new ArrayList<>();
            for (Term a : s.argsUnsafe()) {
                operands.add(formula(a));
            }
            return new OperatorFormula(s.name(), operands);
        }
        String shown = FormulaPrinter.term(t);
        throw new FormulaException(FormulaDiagnostic.of(DiagnosticCode.NOT_A_FORMULA, locator.at(t.name() == null ? shown : t.name()),
                shown + " (an atom in a formula needs an algebra annotation, as in p(X)_boolean or (rain)_boolean)"));
    }

    /** The built-in operator names (an atom may not use them as its predicate) and the user operators'. */
    private boolean isOperatorName(String name) {
        return OPERATOR_NAMES.contains(name) || vocabulary.operators().stream().anyMatch(u -> u.name().equals(name));
    }

    private static final java.util.Set<String> OPERATOR_NAMES = java.util.Set.of("and", "or", "not", "implies", "times",
            "plus", "negate", "divide");

    private boolean isAggregation(Term t) {
        if (!(t instanceof Struct s) || !s.name().equals(":") || s.arity() != 2) {
            return false;
        }
        Term head = s.arg(0).deref();
        return head instanceof Struct h && FormulaAggregators.isAggregator(vocabulary, h.name());
    }

    private boolean isFormula(Term t) {
        t = t.deref();
        if (!(t instanceof Struct s)) {
            return false;
        }
        if ((s.name().equals(ANNOTATION) && s.arity() == 2) || isAggregation(s)) {
            return true;
        }
        for (Term a : s.argsUnsafe()) {
            if (!isFormula(a)) {
                return false;
            }
        }
        return true;
    }

    private Formula aggregation(Term head, Term body) {
        List<Term> args = new ArrayList<>(List.of(((Struct) head).args()));
        List<Term> params = new ArrayList<>();
        Term last = args.get(args.size() - 1).deref();
        if (last instanceof Struct s && s.name().equals(";") && s.arity() == 2) {
            args.set(args.size() - 1, s.arg(0));
            flattenCommas(s.arg(1), params);
        }
        List<AggregationVariable> vars = new ArrayList<>();
        for (Term a : args) {
            Term v = a.deref();
            if (v instanceof Var var) {
                vars.add(AggregationVariable.of(var.varName()));
            } else if (v instanceof Struct s && s.name().equals(":") && s.arity() == 2 && s.arg(0).deref() instanceof Var var) {
                vars.add(AggregationVariable.typed(var.varName(), s.arg(1).deref()));
            } else {
                String shown = FormulaPrinter.term(v);
                throw new FormulaException(FormulaDiagnostic.of(DiagnosticCode.NOT_A_FORMULA, locator.at(shown),
                        "aggregation " + head.name() + " ranges over variables (X or X:Domain), not " + shown));
            }
        }
        return new Aggregation(head.name(), vars, params, formula(body));
    }

    private static void flattenCommas(Term t, List<Term> out) {
        Term d = t.deref();
        if (d instanceof Struct s && s.name().equals(",") && s.arity() == 2) {
            flattenCommas(s.arg(0), out);
            flattenCommas(s.arg(1), out);
        } else {
            out.add(d);
        }
    }
}
