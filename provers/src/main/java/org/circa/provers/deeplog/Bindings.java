package org.circa.provers.deeplog;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.circa.language.Struct;
import org.circa.language.Term;
import org.circa.language.Var;

/** Values of formula variables by name (one row of a batch of inputs). Immutable; equal when the maps are. */
public record Bindings(Map<String, Term> values) {
    /** No variable bound. */
    public static final Bindings EMPTY = new Bindings(Map.of());

    /** Copies the map (sorted, so that printing is stable). */
    public Bindings {
        values = Map.copyOf(values);
    }

    /** Bindings from alternating names and terms. */
    public static Bindings of(Object... nameTermPairs) {
        Map<String, Term> m = new LinkedHashMap<>();
        for (int i = 0; i < nameTermPairs.length; i += 2) {
            m.put((String) nameTermPairs[i], (Term) nameTermPairs[i + 1]);
        }
        return new Bindings(m);
    }

    /** These bindings plus one more. */
    public Bindings with(String name, Term value) {
        Map<String, Term> m = new LinkedHashMap<>(values);
        m.put(name, value);
        return new Bindings(m);
    }

    /** Only the bindings of the given names. */
    public Bindings restrict(Set<String> names) {
        if (names.containsAll(values.keySet())) {
            return this;
        }
        Map<String, Term> m = new LinkedHashMap<>();
        for (String n : names) {
            Term t = values.get(n);
            if (t != null) {
                m.put(n, t);
            }
        }
        return new Bindings(m);
    }

    /** Whether the name is bound. */
    public boolean binds(String name) {
        return values.containsKey(name);
    }

    /** The term with every bound variable replaced by its value (unbound variables stay). */
    public Term apply(Term term) {
        Term t = term.deref();
        if (t instanceof Var v) {
            Term b = values.get(v.varName());
            return b != null ? b : v;
        }
        if (t instanceof Struct s) {
            Term[] args = s.args();
            boolean changed = false;
            for (int i = 0; i < args.length; i++) {
                Term a = apply(args[i]);
                changed |= a != args[i];
                args[i] = a;
            }
            return changed ? new Struct(s.name(), args) : s;
        }
        return t;
    }

    /** Equal when the maps are equal. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Bindings b && b.values.equals(values);
    }

    /** A well-mixed, order-independent hash (Map's own hash collides for small integer values). */
    @Override
    public int hashCode() {
        int h = 0;
        for (Map.Entry<String, Term> e : values.entrySet()) {
            int x = e.getKey().hashCode() * 0x9E3779B9 + e.getValue().hashCode();
            x ^= x >>> 16;
            x *= 0x85EBCA6B;
            x ^= x >>> 13;
            x *= 0xC2B2AE35;
            x ^= x >>> 16;
            h += x;
        }
        return h;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("{");
        new TreeMap<>(values).forEach((k, v) -> sb.append(sb.length() > 1 ? ", " : "").append(k).append('=')
                .append(FormulaPrinter.term(v)));
        return sb.append('}').toString();
    }
}
