package org.circa.provers.engine;

import java.util.Comparator;
import org.circa.language.Atom;
import org.circa.language.FloatTerm;
import org.circa.language.IntTerm;
import org.circa.language.StringTerm;
import org.circa.language.Struct;
import org.circa.language.Term;
import org.circa.language.Var;

/** The standard order of terms: Var < Number < Atom < String < Compound. Stateless. */
public final class StandardOrder implements Comparator<Term> {
    /** The shared instance. */
    public static final StandardOrder INSTANCE = new StandardOrder();

    private StandardOrder() {
    }

    private static int rank(Term t) {
        return switch (t) {
            case Var v -> 0;
            case FloatTerm f -> 1;
            case IntTerm i -> 1;
            case Atom a -> 3;
            case StringTerm s -> 4;
            case Struct s -> 5;
        };
    }

    @Override
    public int compare(Term a, Term b) {
        a = a.deref();
        b = b.deref();
        if (a == b) {
            return 0;
        }
        int ra = rank(a);
        int rb = rank(b);
        if (ra != rb) {
            return Integer.compare(ra, rb);
        }
        switch (a) {
            case Var va -> {
                return Integer.compare(System.identityHashCode(va), System.identityHashCode(b));
            }
            case Atom x -> {
                return x.name().compareTo(((Atom) b).name());
            }
            case StringTerm x -> {
                return x.value().compareTo(((StringTerm) b).value());
            }
            case Struct x -> {
                Struct y = (Struct) b;
                if (x.arity() != y.arity()) {
                    return Integer.compare(x.arity(), y.arity());
                }
                int c = x.name().compareTo(y.name());
                if (c != 0) {
                    return c;
                }
                for (int i = 0; i < x.arity(); i++) {
                    c = compare(x.arg(i), y.arg(i));
                    if (c != 0) {
                        return c;
                    }
                }
                return 0;
            }
            default -> {
                int c = Double.compare(Arithmetic.toDouble(a), Arithmetic.toDouble(b));
                if (c != 0) {
                    return c;
                }
                return Integer.compare(a instanceof FloatTerm ? 0 : 1, b instanceof FloatTerm ? 0 : 1);
            }
        }
    }
}
