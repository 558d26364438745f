package org.circa.provers.deeplog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.circa.language.Struct;
import org.circa.language.Term;
import org.circa.language.Var;

/**
 * Constant labels of algebraic atoms, as written {@code p(a)_product = 0.8.} in a program: the
 * value of the atom in exactly that algebra. An atom may contain variables (a pattern: it labels
 * every instance) and, for the distribution of an expectation's random variable X, the quoted
 * name {@code 'X'} ({@code =('Rain', true)_probability = 0.3.}). Immutable.
 */
public final class Labels {
    private record Key(Term atom, String algebra) {
    }

    private record Pattern(Term atom, String algebra, double value) {
    }

    private final Map<Key, Double> ground;
    private final List<Pattern> patterns;

    private Labels(Map<Key, Double> ground, List<Pattern> patterns) {
        this.ground = Map.copyOf(ground);
        this.patterns = List.copyOf(patterns);
    }

    /** No labels. */
    public static Labels empty() {
        return new Labels(Map.of(), List.of());
    }

    /** These labels plus one (a later label of the same ground atom replaces the earlier one). */
    public Labels with(Term atom, String algebra, double value) {
        String alg = AlgebraCatalog.canonical(algebra);
        if (atom.isGround()) {
            Map<Key, Double> m = new HashMap<>(ground);
            m.put(new Key(atom, alg), value);
            return new Labels(m, patterns);
        }
        List<Pattern> l = new ArrayList<>(patterns);
        l.add(new Pattern(atom, alg, value));
        return new Labels(ground, l);
    }

    /** The label of a ground atom in an algebra, if one was given. */
    public Optional<Double> find(Term atom, String algebra) {
        Double v = ground.get(new Key(atom, algebra));
        if (v != null) {
            return Optional.of(v);
        }
        for (Pattern p : patterns) {
            if (p.algebra().equals(algebra) && matches(p.atom(), atom, new HashMap<>())) {
                return Optional.of(p.value());
            }
        }
        return Optional.empty();
    }

    /** Whether any label is given for this atom's predicate in any algebra (used to tell labelled atoms from program atoms). */
    public boolean labelsPredicate(String indicator) {
        for (Key k : ground.keySet()) {
            if (indicator.equals(k.atom().indicator())) {
                return true;
            }
        }
        return patterns.stream().anyMatch(p -> indicator.equals(p.atom().indicator()));
    }

    private static boolean matches(Term pattern, Term term, Map<String, Term> seen) {
        Term p = pattern.deref();
        Term t = term.deref();
        if (p instanceof Var v) {
            Term prior = seen.putIfAbsent(v.varName(), t);
            return prior == null || prior.equals(t) || v.isAnonymous();
        }
        if (p instanceof Struct ps) {
            if (!(t instanceof Struct ts) || !ps.name().equals(ts.name()) || ps.arity() != ts.arity()) {
                return false;
            }
            for (int i = 0; i < ps.arity(); i++) {
                if (!matches(ps.arg(i), ts.arg(i), seen)) {
                    return false;
                }
            }
            return true;
        }
        return p.equals(t);
    }
}
