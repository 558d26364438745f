package org.circa.provers.deeplog;

import java.util.Optional;
import java.util.Set;
import org.circa.language.Atom;
import org.circa.language.FloatTerm;
import org.circa.language.IntTerm;
import org.circa.language.Term;

/**
 * Truth of the built-in atoms formulas use on bound variables: {@code =}, {@code \=}, {@code ==},
 * {@code \==}, the arithmetic comparisons ({@code <}, {@code >}, {@code =<}, {@code >=},
 * {@code =:=}, {@code =\=} over {@code + - * / // mod} and numbers), {@code true} and {@code false}.
 * Stateless.
 */
final class Builtins {
    private static final Set<String> NAMES = Set.of("=/2", "\\=/2", "==/2", "\\==/2", "</2", ">/2", "=</2", ">=/2",
            "=:=/2", "=\\=/2", "true/0", "false/0", "fail/0");

    private Builtins() {
    }

    /** Whether the atom's predicate is built in. */
    static boolean isBuiltin(Term atom) {
        return NAMES.contains(atom.deref().indicator());
    }

    /** The truth of a ground built-in atom; empty when it is not built in. */
    static Optional<Boolean> truth(Term atom) {
        Term t = atom.deref();
        if (!isBuiltin(t)) {
            return Optional.empty();
        }
        if (t instanceof Atom a) {
            return Optional.of(a == Atom.TRUE);
        }
        Term x = t.arg(0).deref();
        Term y = t.arg(1).deref();
        return Optional.of(switch (t.name()) {
            case "=", "==" -> x.equals(y);
            case "\\=", "\\==" -> !x.equals(y);
            case "<" -> eval(x) < eval(y);
            case ">" -> eval(x) > eval(y);
            case "=<" -> eval(x) <= eval(y);
            case ">=" -> eval(x) >= eval(y);
            case "=:=" -> eval(x) == eval(y);
            default -> eval(x) != eval(y);
        });
    }

    private static double eval(Term t) {
        Term d = t.deref();
        if (d instanceof IntTerm i) {
            return i.value();
        }
        if (d instanceof FloatTerm f) {
            return f.value();
        }
        if (d.arity() == 2) {
            double a = eval(d.arg(0));
            double b = eval(d.arg(1));
            switch (d.name()) {
                case "+": return a + b;
                case "-": return a - b;
                case "*": return a * b;
                case "/": return a / b;
                case "//": return (long) a / (long) b;
                case "mod": return Math.floorMod((long) a, (long) b);
                default: break;
            }
        }
        if (d.arity() == 1 && d.name().equals("-")) {
            return -eval(d.arg(0));
        }
        throw new IllegalArgumentException("not a number: " + FormulaPrinter.term(d));
    }
}
