package org.circa.provers.deeplog;

import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.circa.language.Struct;
import org.circa.language.Term;
import org.circa.language.Var;

/** The free variables of formulas (by name), cached per formula object. Not thread-safe. */
final class FreeVariables {
    private final Map<Formula, Set<String>> cache = new IdentityHashMap<>();

    /** The names of the variables of f that no aggregation inside f binds, in order of appearance. */
    Set<String> of(Formula f) {
        Set<String> cached = cache.get(f);
        if (cached != null) {
            return cached;
        }
        Set<String> out = new LinkedHashSet<>();
        switch (f) {
            case AtomFormula a -> collect(a.atom(), out);
            case CastFormula c -> out.addAll(of(c.inner()));
            case OperatorFormula o -> o.operands().forEach(x -> out.addAll(of(x)));
            case Aggregation g -> {
                out.addAll(of(g.body()));
                g.variables().forEach(v -> out.remove(v.name()));
            }
        }
        Set<String> result = java.util.Collections.unmodifiableSet(out);
        cache.put(f, result);
        return result;
    }

    /** The variable names of a term. */
    static void collect(Term t, Set<String> out) {
        Term d = t.deref();
        if (d instanceof Var v) {
            out.add(v.varName());
        } else if (d instanceof Struct s) {
            for (Term a : s.argsUnsafe()) {
                collect(a, out);
            }
        }
    }
}
