package org.circa.provers.engine;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.circa.language.Atom;
import org.circa.language.FloatTerm;
import org.circa.language.IntTerm;
import org.circa.language.StringTerm;
import org.circa.language.Struct;
import org.circa.language.Term;
import org.circa.language.Var;

/** Term utilities of the engine: copying with fresh variables, variant keys, lists. Stateless. */
public final class Terms {
    private static long fresh;

    private Terms() {
    }

    /** A fresh variable. */
    public static Var freshVar() {
        return new Var("_G" + (fresh++));
    }

    /** A copy of the dereferenced term with every unbound variable replaced by a fresh one. */
    public static Term copy(Term t) {
        return copy(t, new IdentityHashMap<>());
    }

    /** A copy sharing the variable map, so several terms can be copied consistently. */
    public static Term copy(Term t, Map<Var, Var> map) {
        t = t.deref();
        if (t instanceof Var v) {
            return map.computeIfAbsent(v, k -> freshVar());
        }
        if (t instanceof Struct s) {
            if (s.isGround()) {
                return resolve(s);
            }
            Term[] a = s.argsUnsafe();
            Term[] out = new Term[a.length];
            for (int i = 0; i < a.length; i++) {
                out[i] = copy(a[i], map);
            }
            return new Struct(s.name(), out);
        }
        return t;
    }

    /** The term with all bound variables replaced by their values (unbound ones kept). */
    public static Term resolve(Term t) {
        t = t.deref();
        if (t instanceof Struct s) {
            Term[] a = s.argsUnsafe();
            Term[] out = null;
            for (int i = 0; i < a.length; i++) {
                Term r = resolve(a[i]);
                if (r != a[i] && out == null) {
                    out = a.clone();
                }
                if (out != null) {
                    out[i] = r;
                }
            }
            return out == null ? s : new Struct(s.name(), out);
        }
        return t;
    }

    /** A key equal for two terms exactly when they are variants (equal up to variable renaming). */
    public static String variantKey(Term t) {
        StringBuilder sb = new StringBuilder();
        writeKey(t, sb, new IdentityHashMap<>());
        return sb.toString();
    }

    private static void writeKey(Term t, StringBuilder sb, Map<Var, Integer> vars) {
        t = t.deref();
        switch (t) {
            case Var v -> sb.append('_').append(vars.computeIfAbsent(v, k -> vars.size())).append(' ');
            case Atom a -> sb.append('a').append(a.name().length()).append(':').append(a.name());
            case IntTerm i -> sb.append('i').append(i.value()).append(' ');
            case FloatTerm f -> sb.append('f').append(Double.doubleToLongBits(f.value())).append(' ');
            case StringTerm s -> sb.append('s').append(s.value().length()).append(':').append(s.value());
            case Struct s -> {
                sb.append('c').append(s.arity()).append(',').append(s.name().length()).append(':').append(s.name());
                for (Term a : s.argsUnsafe()) {
                    writeKey(a, sb, vars);
                }
            }
        }
    }

    /** The items of a proper list, or {@code null} when the term is not a proper list. */
    public static List<Term> listItems(Term t) {
        List<Term> out = new ArrayList<>();
        t = t.deref();
        while (t instanceof Struct s && s.isListCell()) {
            out.add(s.arg(0).deref());
            t = s.arg(1).deref();
        }
        return t == Atom.NIL ? out : null;
    }

    /** The variables of a term, in order of first appearance. */
    public static List<Var> variables(Term t) {
        List<Var> out = new ArrayList<>();
        collectVars(t, out, new IdentityHashMap<>());
        return out;
    }

    private static void collectVars(Term t, List<Var> out, Map<Var, Boolean> seen) {
        t = t.deref();
        if (t instanceof Var v) {
            if (seen.put(v, Boolean.TRUE) == null) {
                out.add(v);
            }
        } else if (t instanceof Struct s) {
            for (Term a : s.argsUnsafe()) {
                collectVars(a, out, seen);
            }
        }
    }

    /** The term with every occurrence of variable {@code v} replaced by {@code value}. */
    public static Term substitute(Term t, Term v, Term value) {
        t = t.deref();
        if (t == v) {
            return value;
        }
        if (t instanceof Struct s) {
            Term[] a = s.argsUnsafe();
            Term[] out = new Term[a.length];
            for (int i = 0; i < a.length; i++) {
                out[i] = substitute(a[i], v, value);
            }
            return new Struct(s.name(), out);
        }
        return t;
    }

    /** The compound {@code name(args)} or atom when no args. */
    public static Term make(String name, Term... args) {
        return Struct.of(name, args);
    }
}
