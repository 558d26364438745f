package org.circa.grammar;

import java.util.HashMap;
import java.util.Map;
import org.circa.language.Atom;
import org.circa.language.FloatTerm;
import org.circa.language.IntTerm;
import org.circa.language.StringTerm;
import org.circa.language.Struct;
import org.circa.language.Term;
import org.circa.language.Var;

/** Test helper: canonical text of terms (functional notation, every atom quoted) and term comparison. */
final class Canonical {
    private Canonical() {
    }

    /** The canonical text: {@code ':-'('a',','('b','c'))}; variables by source name. */
    static String of(Term t) {
        return switch (t) {
            case Atom a -> quote(a.name());
            case IntTerm i -> Long.toString(i.value());
            case FloatTerm f -> Double.toString(f.value());
            case StringTerm s -> "\"" + s.value().replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
            case Var v -> v.varName();
            case Struct s -> {
                StringBuilder sb = new StringBuilder(quote(s.name())).append('(');
                for (int i = 0; i < s.arity(); i++) {
                    sb.append(i > 0 ? "," : "").append(of(s.arg(i)));
                }
                yield sb.append(')').toString();
            }
        };
    }

    /** The name quoted with escapes, always. */
    static String quote(String name) {
        StringBuilder sb = new StringBuilder("'");
        for (char c : name.toCharArray()) {
            switch (c) {
                case '\'' -> sb.append("\\'");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> sb.append(c);
            }
        }
        return sb.append('\'').toString();
    }

    /** Whether two terms are equal up to a consistent one-to-one renaming of variables. */
    static boolean variant(Term a, Term b) {
        return variant(a, b, new HashMap<>(), new HashMap<>());
    }

    private static boolean variant(Term a, Term b, Map<Var, Var> ab, Map<Var, Var> ba) {
        if (a instanceof Var va && b instanceof Var vb) {
            Var x = ab.putIfAbsent(va, vb);
            Var y = ba.putIfAbsent(vb, va);
            return (x == null || x == vb) && (y == null || y == va);
        }
        if (a instanceof Struct sa && b instanceof Struct sb) {
            if (!sa.name().equals(sb.name()) || sa.arity() != sb.arity()) {
                return false;
            }
            for (int i = 0; i < sa.arity(); i++) {
                if (!variant(sa.arg(i), sb.arg(i), ab, ba)) {
                    return false;
                }
            }
            return true;
        }
        return !(a instanceof Var) && !(b instanceof Var) && !(a instanceof Struct) && !(b instanceof Struct)
                && a.equals(b);
    }
}
