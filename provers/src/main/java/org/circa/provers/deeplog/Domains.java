package org.circa.provers.deeplog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.circa.language.Atom;
import org.circa.language.IntTerm;
import org.circa.language.Struct;
import org.circa.language.Term;

/**
 * Finite typed domains and which domain each formula variable ranges over. A domain is written
 * as a list of constants ({@code [a, b]}), a range ({@code 0..9}, {@code '..'(0, 9)} or
 * {@code range(0, 9)}), the name of another domain, or {@code source(Name)} for a registered
 * tensor source; {@code boolean} ({@code [true, false]}) is built in. A variable's domain is its
 * inline one ({@code X:digit}), else its declaration {@code variable('X', Domain)}, else the
 * domain named like the variable in lower case without trailing digits ({@code Digit2} → {@code digit}).
 * Immutable.
 */
public final class Domains {
    private final Map<String, Term> domains;
    private final Map<String, Term> variables;

    private Domains(Map<String, Term> domains, Map<String, Term> variables) {
        this.domains = Map.copyOf(domains);
        this.variables = Map.copyOf(variables);
    }

    /** Only the built-in {@code boolean} domain. */
    public static Domains empty() {
        return new Domains(Map.of("boolean", Struct.list(List.of(Atom.TRUE, Atom.FALSE))), Map.of());
    }

    /** These domains plus a named one. */
    public Domains withDomain(String name, Term spec) {
        Map<String, Term> m = new HashMap<>(domains);
        m.put(name, spec);
        return new Domains(m, variables);
    }

    /** These domains plus a named one listing its values. */
    public Domains withDomain(String name, List<? extends Term> values) {
        return withDomain(name, Struct.list(values));
    }

    /** These domains with a variable typed by a domain (a name or a spec). */
    public Domains withVariable(String variable, Term spec) {
        Map<String, Term> m = new HashMap<>(variables);
        m.put(variable, spec);
        return new Domains(domains, m);
    }

    /** The spec of the domain a variable ranges over, if one is known. */
    public Optional<Term> specOf(AggregationVariable v) {
        if (v.domain().isPresent()) {
            return v.domain();
        }
        return specOf(v.name());
    }

    /** The spec of the domain of a variable declared or named like a domain, if any. */
    public Optional<Term> specOf(String variable) {
        Term declared = variables.get(variable);
        if (declared != null) {
            return Optional.of(declared);
        }
        String conventional = variable.toLowerCase().replaceAll("[0-9_]+$", "");
        return domains.containsKey(conventional) ? Optional.of(Atom.of(conventional)) : Optional.empty();
    }

    /** The values of a domain spec; throws {@link IllegalArgumentException} saying what is wrong. */
    public List<Term> values(Term spec, Vocabulary vocabulary) {
        return values(spec, vocabulary, 0);
    }

    private List<Term> values(Term spec, Vocabulary vocabulary, int depth) {
        Term s = spec.deref();
        if (depth > 20) {
            throw new IllegalArgumentException("domain names refer to each other in a cycle at " + FormulaPrinter.term(s));
        }
        if (s instanceof Atom a && a != Atom.NIL) {
            Term named = domains.get(a.name());
            if (named == null) {
                throw new IllegalArgumentException("no domain named " + a.name());
            }
            return values(named, vocabulary, depth + 1);
        }
        if (s == Atom.NIL || (s instanceof Struct l && l.isListCell())) {
            return listItems(s);
        }
        if (s instanceof Struct r && r.arity() == 2 && (r.name().equals("..") || r.name().equals("range"))
                && r.arg(0).deref() instanceof IntTerm lo && r.arg(1).deref() instanceof IntTerm hi) {
            List<Term> out = new ArrayList<>();
            for (long i = lo.value(); i <= hi.value(); i++) {
                out.add(new IntTerm(i));
            }
            return out;
        }
        if (s instanceof Struct src && src.name().equals("source") && src.arity() == 1) {
            String name = src.arg(0).deref().name();
            Supplier<List<Term>> values = vocabulary.source(name == null ? "" : name).orElseThrow(
                    () -> new IllegalArgumentException("no tensor source registered as " + FormulaPrinter.term(src.arg(0))
                            + " (register one with Vocabulary.withDomainSource)"));
            return List.copyOf(values.get());
        }
        throw new IllegalArgumentException("a domain is a list, L..H, range(L, H), source(Name) or a domain name, not "
                + FormulaPrinter.term(s));
    }

    private static List<Term> listItems(Term list) {
        List<Term> out = new ArrayList<>();
        Term t = list.deref();
        while (t instanceof Struct c && c.isListCell()) {
            out.add(c.arg(0).deref());
            t = c.arg(1).deref();
        }
        if (t != Atom.NIL) {
            throw new IllegalArgumentException("a domain list must be a proper list");
        }
        return out;
    }
}
