package org.circa.provers.deeplog;

import org.circa.language.DiagnosticCode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.circa.semirings.Algebra;

/**
 * The algebra of every formula node, and the check that makes formulas well typed: annotations
 * name algebras (C404), operands of one operator share an algebra (C403) that defines the
 * operator (C400), casts have a registered path (C401), aggregators apply to their body (C405)
 * and aggregation variables have domains (C402). Caches per formula object; not thread-safe.
 */
public final class Typing {
    private final Vocabulary vocabulary;
    private final Map<Formula, Algebra> cache = new IdentityHashMap<>();

    /** A typing over the vocabulary. */
    public Typing(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The vocabulary names are resolved in. */
    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** Checks a formula; the diagnostics found (empty when well typed). */
    public List<FormulaDiagnostic> check(Formula f, Domains domains, Locator locator) {
        List<FormulaDiagnostic> out = new ArrayList<>();
        check(f, domains, locator, out);
        return out;
    }

    /** The algebra of a checked formula. */
    public Algebra algebra(Formula f) {
        Algebra a = cache.get(f);
        if (a == null) {
            List<FormulaDiagnostic> problems = new ArrayList<>();
            a = infer(f, Domains.empty(), Locator.NONE, problems, false);
            if (a == null) {
                throw new FormulaException(problems);
            }
        }
        return a;
    }

    private Algebra check(Formula f, Domains domains, Locator locator, List<FormulaDiagnostic> out) {
        return infer(f, domains, locator, out, true);
    }

    /** Infers the algebra of f, adding diagnostics; null when f is ill typed. */
    private Algebra infer(Formula f, Domains domains, Locator loc, List<FormulaDiagnostic> out, boolean checkDomains) {
        Algebra cached = cache.get(f);
        if (cached != null && !checkDomains) {
            return cached;
        }
        Algebra result = switch (f) {
            case AtomFormula a -> algebraNamed(a.algebra(), loc, out);
            case CastFormula c -> {
                Algebra from = infer(c.inner(), domains, loc, out, checkDomains);
                Algebra to = algebraNamed(c.algebra(), loc, out);
                if (from == null || to == null) {
                    yield null;
                }
                if (CastPaths.find(vocabulary, from.name(), to.name()).isEmpty()) {
                    out.add(FormulaDiagnostic.of(DiagnosticCode.NO_CAST_PATH, loc.at(")_" + c.algebra()), from.name(), to.name()));
                    yield null;
                }
                yield to;
            }
            case OperatorFormula o -> operator(o, domains, loc, out, checkDomains);
            case Aggregation g -> aggregation(g, domains, loc, out, checkDomains);
        };
        if (result != null) {
            cache.put(f, result);
        }
        return result;
    }

    private Algebra operator(OperatorFormula o, Domains domains, Locator loc, List<FormulaDiagnostic> out,
            boolean checkDomains) {
        List<Algebra> algebras = new ArrayList<>();
        for (Formula x : o.operands()) {
            algebras.add(infer(x, domains, loc, out, checkDomains));
        }
        if (algebras.contains(null)) {
            return null;
        }
        Algebra first = algebras.get(0);
        if (algebras.stream().anyMatch(a -> !a.name().equals(first.name()))) {
            out.add(FormulaDiagnostic.of(DiagnosticCode.MIXED_ALGEBRAS, loc.at(o.operator()), o.operator(),
                    algebras.stream().map(Algebra::name).toList() + " (cast operands to one algebra with (φ)_S)"));
            return null;
        }
        Optional<FormulaOperators.Resolved> r = FormulaOperators.resolve(vocabulary, first, o.operator());
        if (r.isEmpty() || !r.get().accepts(o.operands().size())) {
            String shown = r.isEmpty() ? o.operator() : o.operator() + "/" + o.operands().size();
            out.add(FormulaDiagnostic.of(DiagnosticCode.UNKNOWN_OPERATOR, loc.at(o.operator()), shown, first.name(),
                    String.join(", ", FormulaOperators.known(vocabulary, first))));
            return null;
        }
        return first;
    }

    private Algebra aggregation(Aggregation g, Domains domains, Locator loc, List<FormulaDiagnostic> out,
            boolean checkDomains) {
        boolean ok = true;
        if (checkDomains) {
            for (AggregationVariable v : g.variables()) {
                Optional<org.circa.language.Term> spec = domains.specOf(v);
                if (spec.isEmpty()) {
                    out.add(FormulaDiagnostic.of(DiagnosticCode.UNBOUND_VARIABLE, loc.at(v.name()), v.name(), v.name(),
                            v.name(), v.name().toLowerCase()));
                    ok = false;
                    continue;
                }
                try {
                    domains.values(spec.get(), vocabulary);
                } catch (IllegalArgumentException e) {
                    out.add(FormulaDiagnostic.of(DiagnosticCode.BAD_DECLARATION, loc.at(v.name()),
                            "domain of " + v.name() + ": " + e.getMessage()));
                    ok = false;
                }
            }
        }
        Algebra body = infer(g.body(), domains, loc, out, checkDomains);
        if (body == null || !ok) {
            return null;
        }
        try {
            FormulaAggregators.Resolved r = FormulaAggregators.resolve(vocabulary, g.aggregator(), g.parameters(), body);
            return vocabulary.algebra(r.resultAlgebra()).orElseThrow();
        } catch (IllegalArgumentException e) {
            out.add(FormulaDiagnostic.of(DiagnosticCode.BAD_AGGREGATOR, loc.at(g.aggregator()), g.aggregator(), e.getMessage()));
            return null;
        }
    }

    private Algebra algebraNamed(String name, Locator loc, List<FormulaDiagnostic> out) {
        Optional<Algebra> a = vocabulary.algebra(name);
        if (a.isEmpty()) {
            out.add(FormulaDiagnostic.of(DiagnosticCode.UNKNOWN_ALGEBRA, loc.at("_" + name), name,
                    String.join(", ", vocabulary.algebraNames())));
            return null;
        }
        return a.get();
    }
}
