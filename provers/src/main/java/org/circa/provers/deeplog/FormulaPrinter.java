package org.circa.provers.deeplog;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.circa.language.Atom;
import org.circa.language.Struct;
import org.circa.language.Term;
import org.circa.language.TermPrinter;
import org.circa.language.Var;

/**
 * Prints formulas in Circa's DeepLog syntax so that the text parses back to the same formula:
 * operators in functional form ({@code or(not(a_b), b_b)}), which parses whatever the operator
 * table holds; atoms {@code p(X)_R} with variable names kept; casts {@code (φ)_S}; aggregations
 * {@code op(X, Y; params): φ}. Stateless.
 */
public final class FormulaPrinter {
    private FormulaPrinter() {
    }

    /** The text of a formula. */
    public static String print(Formula f) {
        StringBuilder sb = new StringBuilder();
        write(f, sb);
        return sb.toString();
    }

    private static void write(Formula f, StringBuilder sb) {
        switch (f) {
            case AtomFormula a -> {
                Term t = a.atom().deref();
                if (t instanceof Struct) {
                    sb.append(term(t));
                } else {
                    sb.append('(').append(term(t)).append(')');
                }
                sb.append('_').append(a.algebra());
            }
            case CastFormula c -> {
                sb.append('(');
                write(c.inner(), sb);
                sb.append(")_").append(c.algebra());
            }
            case OperatorFormula o -> {
                sb.append(name(o.operator())).append('(');
                for (int i = 0; i < o.operands().size(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    write(o.operands().get(i), sb);
                }
                sb.append(')');
            }
            case Aggregation g -> {
                StringJoiner vars = new StringJoiner(", ");
                for (AggregationVariable v : g.variables()) {
                    vars.add(v.domain().map(d -> v.name() + ":" + term(d)).orElse(v.name()));
                }
                sb.append(name(g.aggregator())).append('(').append(vars);
                if (!g.parameters().isEmpty()) {
                    StringJoiner ps = new StringJoiner(", ");
                    g.parameters().forEach(p -> ps.add(term(p)));
                    sb.append("; ").append(ps);
                }
                sb.append("): ");
                write(g.body(), sb);
            }
        }
    }

    /** A term in canonical functional form, variables under their own names. */
    public static String term(Term t) {
        Term d = t.deref();
        if (d instanceof Var v) {
            return v.varName();
        }
        if (d instanceof Atom a) {
            return a == Atom.NIL ? "[]" : TermPrinter.quoteAtom(a.name());
        }
        if (d instanceof Struct s) {
            if (s.isListCell()) {
                return list(s);
            }
            StringJoiner args = new StringJoiner(",", name(s.name()) + "(", ")");
            for (Term a : s.argsUnsafe()) {
                args.add(term(a));
            }
            return args.toString();
        }
        return TermPrinter.print(d);
    }

    private static String list(Struct cell) {
        List<String> items = new ArrayList<>();
        Term t = cell;
        while (t instanceof Struct s && s.isListCell()) {
            items.add(term(s.arg(0)));
            t = s.arg(1).deref();
        }
        String tail = t == Atom.NIL ? "" : "|" + term(t);
        return "[" + String.join(",", items) + tail + "]";
    }

    /** A functor name: plain, a run of symbol characters (functional notation reads it), or quoted. */
    static String name(String n) {
        if (TermPrinter.isPlainAtom(n) || (n.matches("[+\\-*/\\\\^<>=~:?@#&$]+"))) {
            return n;
        }
        return TermPrinter.quoteAtom(n);
    }
}
