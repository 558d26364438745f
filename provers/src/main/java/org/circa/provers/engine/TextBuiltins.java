package org.circa.provers.engine;

import java.util.ArrayList;
import java.util.List;
import org.circa.grammar.ProgramParser;
import org.circa.language.Atom;
import org.circa.language.DiagnosticCode;
import org.circa.language.FloatTerm;
import org.circa.language.IntTerm;
import org.circa.language.StringTerm;
import org.circa.language.Struct;
import org.circa.language.Term;
import org.circa.language.TermPrinter;
import org.circa.language.Var;

/** Builtins on atoms, strings and text output. Not thread-safe (bound to a solver). */
final class TextBuiltins {
    private final Builtins builtins;
    private final Solver solver;

    TextBuiltins(Builtins builtins, Solver solver) {
        this.builtins = builtins;
        this.solver = solver;
    }

    private boolean unify(Term a, Term b) {
        return solver.bindings.unify(a, b);
    }

    /** The text of an atomic term, as atom_length and friends see it. */
    static String text(Term t) {
        t = t.deref();
        return switch (t) {
            case Atom a -> a.name();
            case StringTerm s -> s.value();
            case IntTerm i -> Long.toString(i.value());
            case FloatTerm f -> TermPrinter.formatFloat(f.value());
            default -> throw new PrologError(DiagnosticCode.CALL_MODE_ERROR, "text expected, found " + t);
        };
    }

    private static Term codes(String s, boolean chars) {
        List<Term> out = new ArrayList<>();
        s.codePoints().forEach(c -> out.add(chars ? Atom.of(new String(Character.toChars(c))) : new IntTerm(c)));
        return Struct.list(out);
    }

    private static String fromCodes(Term list) {
        StringBuilder sb = new StringBuilder();
        for (Term t : Builtins.listArg(list)) {
            t = t.deref();
            if (t instanceof IntTerm i) {
                sb.appendCodePoint((int) i.value());
            } else {
                sb.append(text(t));
            }
        }
        return sb.toString();
    }

    private static Term parseNumber(String s) {
        try {
            return new IntTerm(Long.parseLong(s.trim()));
        } catch (NumberFormatException e) {
            try {
                return new FloatTerm(Double.parseDouble(s.trim()));
            } catch (NumberFormatException e2) {
                return null;
            }
        }
    }

    void register() {
        builtins.det("atom_codes/2", a -> a[0].deref() instanceof Var
                ? unify(a[0], Atom.of(fromCodes(a[1]))) : unify(a[1], codes(text(a[0]), false)));
        builtins.det("atom_chars/2", a -> a[0].deref() instanceof Var
                ? unify(a[0], Atom.of(fromCodes(a[1]))) : unify(a[1], codes(text(a[0]), true)));
        builtins.det("char_code/2", a -> a[0].deref() instanceof Var
                ? unify(a[0], Atom.of(new String(Character.toChars((int) Builtins.intArg(a[1])))))
                : unify(a[1], new IntTerm(text(a[0]).codePointAt(0))));
        builtins.det("atom_length/2", a -> unify(a[1], new IntTerm(text(a[0]).length())));
        builtins.det("string_length/2", a -> unify(a[1], new IntTerm(text(a[0]).length())));
        builtins.det("number_codes/2", a -> {
            if (a[0].deref() instanceof Var) {
                Term n = parseNumber(fromCodes(a[1]));
                return n != null && unify(a[0], n);
            }
            return unify(a[1], codes(text(a[0]), false));
        });
        builtins.det("atom_number/2", a -> {
            if (a[0].deref() instanceof Var) {
                return unify(a[0], Atom.of(text(a[1])));
            }
            Term n = parseNumber(text(a[0]));
            return n != null && unify(a[1], n);
        });
        builtins.det("atom_string/2", a -> a[0].deref() instanceof Var
                ? unify(a[0], Atom.of(text(a[1]))) : unify(a[1], new StringTerm(text(a[0]))));
        builtins.det("string_concat/3", a -> unify(a[2], new StringTerm(text(a[0]) + text(a[1]))));
        builtins.det("term_to_atom/2", a -> {
            Term t = a[0].deref();
            if (t instanceof Var) {
                return unify(t, ProgramParser.parseTerm(text(a[1])));
            }
            return unify(a[1], Atom.of(TermPrinter.print(t)));
        });
        builtins.put("atom_concat/3", (a, cond, k) -> {
            Term x = a[0].deref();
            Term y = a[1].deref();
            if (!(x instanceof Var) && !(y instanceof Var)) {
                int mark = solver.bindings.mark();
                if (unify(a[2], Atom.of(text(x) + text(y)))) {
                    k.accept(cond);
                }
                solver.bindings.undo(mark);
                return;
            }
            String whole = text(a[2]);
            for (int i = 0; i <= whole.length(); i++) {
                int mark = solver.bindings.mark();
                if (unify(x, Atom.of(whole.substring(0, i))) && unify(y, Atom.of(whole.substring(i)))) {
                    k.accept(cond);
                }
                solver.bindings.undo(mark);
            }
        });
        for (String out : new String[] {"write/1", "writeln/1", "print/1", "display/1", "nl/0", "debugprint/1",
            "write/2", "writeln/2", "format/1", "format/2"}) {
            builtins.det(out, a -> true);
        }
    }
}
