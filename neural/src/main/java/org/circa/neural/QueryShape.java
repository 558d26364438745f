package org.circa.neural;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.circa.language.Atom;
import org.circa.language.IntTerm;
import org.circa.language.Struct;
import org.circa.language.Term;
import org.circa.language.Var;

/**
 * A query with its tensor terms abstracted: every subterm that names a tensor becomes a
 * placeholder {@code '$tensor'(k)} (equal tensor terms share one), and declared output arguments
 * become variables. Queries with the same shape share one compiled circuit; the tensors are the
 * per-example bindings of the placeholders. Immutable.
 *
 * @param pattern the query as compiled (placeholders, output variables)
 * @param target the query atom to score, with placeholders but with its output arguments
 * @param tensors the tensor term bound to placeholder k, in order
 */
record QueryShape(Term pattern, Term target, List<Term> tensors) {
    static final String PLACEHOLDER = "$tensor";

    /** Abstracts {@code query}: tensor terms are those whose {@code name/arity} is in {@code tensorFunctors}. */
    static QueryShape of(Term query, Set<String> tensorFunctors, Map<String, int[]> outputArguments) {
        Map<Term, Term> placeholders = new LinkedHashMap<>();
        Term target = abstractTensors(query.deref(), tensorFunctors, placeholders);
        Term pattern = target;
        int[] outputs = target.indicator() == null ? null : outputArguments.get(target.indicator());
        if (outputs != null && target instanceof Struct s) {
            Term[] args = s.args().clone();
            for (int i : outputs) {
                args[i] = new Var("Out" + i);
            }
            pattern = new Struct(s.name(), args);
        }
        return new QueryShape(pattern, target, List.copyOf(placeholders.keySet()));
    }

    /** Whether {@code term} is a placeholder, and which. */
    static int placeholderIndex(Term term) {
        Term t = term.deref();
        if (t instanceof Struct s && s.arity() == 1 && PLACEHOLDER.equals(s.name()) && s.arg(0) instanceof IntTerm i) {
            return (int) i.value();
        }
        return -1;
    }

    /** The shape key: the pattern as text, with output variables renamed apart deterministically. */
    String key() {
        return pattern.toString();
    }

    private static Term abstractTensors(Term t, Set<String> tensorFunctors, Map<Term, Term> placeholders) {
        t = t.deref();
        if (t.indicator() != null && tensorFunctors.contains(t.indicator()) && t.isGround()) {
            return placeholders.computeIfAbsent(t,
                    k -> new Struct(PLACEHOLDER, new IntTerm(placeholders.size())));
        }
        if (t instanceof Struct s) {
            Term[] args = s.args();
            Term[] out = new Term[args.length];
            boolean changed = false;
            for (int i = 0; i < args.length; i++) {
                out[i] = abstractTensors(args[i], tensorFunctors, placeholders);
                changed |= out[i] != args[i];
            }
            return changed ? new Struct(s.name(), out) : s;
        }
        return t;
    }

    /** Replaces placeholders in {@code t} by the tensor terms bound to them. */
    static Term bind(Term t, List<Term> tensors) {
        t = t.deref();
        int k = placeholderIndex(t);
        if (k >= 0) {
            return tensors.get(k);
        }
        if (t instanceof Struct s) {
            Term[] args = s.args();
            Term[] out = new Term[args.length];
            for (int i = 0; i < args.length; i++) {
                out[i] = bind(args[i], tensors);
            }
            return new Struct(s.name(), out);
        }
        return t;
    }

    /** The tensor-naming subterms of {@code t}, left to right (placeholders included). */
    static List<Term> tensorTerms(Term t, Set<String> tensorFunctors) {
        List<Term> out = new ArrayList<>();
        collect(t.deref(), tensorFunctors, out);
        return out;
    }

    private static void collect(Term t, Set<String> tensorFunctors, List<Term> out) {
        t = t.deref();
        if (placeholderIndex(t) >= 0 || (t.indicator() != null && tensorFunctors.contains(t.indicator()))) {
            out.add(t);
            return;
        }
        if (t instanceof Struct s) {
            for (Term a : s.args()) {
                collect(a, tensorFunctors, out);
            }
        } else if (t instanceof Atom) {
            return;
        }
    }
}
