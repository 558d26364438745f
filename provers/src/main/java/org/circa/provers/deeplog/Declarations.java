package org.circa.provers.deeplog;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.circa.language.Atom;
import org.circa.language.FloatTerm;
import org.circa.language.IntTerm;
import org.circa.language.Struct;
import org.circa.language.Term;

/**
 * Recognises the clauses that belong to formulas rather than to the ProbLog program:
 * {@code query(F)} with an annotated F, labels {@code p(a)_R = V.} (or {@code label(p(a)_R, V).}),
 * {@code domain(Name, Spec).}, {@code variable('X', Spec).} and {@code distribution(Name, [v:p, …]).}
 * Stateless.
 */
final class Declarations {
    private Declarations() {
    }

    /** Whether the clause is one of those (and must be hidden from the ProbLog pipeline). */
    static boolean isFormulaClause(Term clause) {
        Term t = clause.deref();
        String ind = t.indicator();
        if (ind == null) {
            return false;
        }
        return switch (ind) {
            case "query/1" -> FormulaReader.mentionsAlgebra(t.arg(0));
            case "=/2", "label/2" -> isAnnotation(t.arg(0));
            case "domain/2", "variable/2", "distribution/2" -> true;
            default -> false;
        };
    }

    static boolean isAnnotation(Term t) {
        Term d = t.deref();
        return d instanceof Struct s && s.name().equals(FormulaReader.ANNOTATION) && s.arity() == 2;
    }

    /** A number term's value (integers, floats, and negated numbers). */
    static Optional<Double> number(Term t) {
        Term d = t.deref();
        if (d instanceof IntTerm i) {
            return Optional.of((double) i.value());
        }
        if (d instanceof FloatTerm f) {
            return Optional.of(f.value());
        }
        if (d instanceof Struct s && s.name().equals("-") && s.arity() == 1) {
            return number(s.arg(0)).map(x -> -x);
        }
        if (d instanceof Atom a && (a.name().equals("inf") || a.name().equals("infinite"))) {
            return Optional.of(Double.POSITIVE_INFINITY);
        }
        return Optional.empty();
    }

    /** The map of {@code [v1:p1, …]}; throws {@link IllegalArgumentException} otherwise. */
    static Map<Term, Double> distribution(Term list) {
        Map<Term, Double> out = new HashMap<>();
        Term t = list.deref();
        while (t instanceof Struct c && c.isListCell()) {
            Term item = c.arg(0).deref();
            if (!(item instanceof Struct pair && pair.name().equals(":") && pair.arity() == 2)) {
                throw new IllegalArgumentException("a distribution lists Value:Probability pairs");
            }
            out.put(pair.arg(0).deref(), number(pair.arg(1)).orElseThrow(
                    () -> new IllegalArgumentException("not a probability: " + FormulaPrinter.term(pair.arg(1)))));
            t = c.arg(1).deref();
        }
        if (t != Atom.NIL) {
            throw new IllegalArgumentException("a distribution is a proper list");
        }
        return out;
    }
}
