package org.circa.provers.engine;

import java.util.ArrayList;
import org.circa.language.IntTerm;
import org.circa.language.FloatTerm;
import org.circa.language.Struct;
import org.circa.language.Term;
import org.circa.language.Var;

/** Unification with a trail of bindings that backtracking undoes. Not thread-safe. */
public final class Bindings {
    private final ArrayList<Var> trail = new ArrayList<>();

    /** The current trail height, to undo back to. */
    public int mark() {
        return trail.size();
    }

    /** Undoes every binding made since the mark. */
    public void undo(int mark) {
        for (int i = trail.size() - 1; i >= mark; i--) {
            trail.remove(i).unbind();
        }
    }

    /** Binds a variable and records it. */
    public void bind(Var v, Term t) {
        v.bind(t);
        trail.add(v);
    }

    /** Unifies two terms (no occurs check); on failure the caller undoes to its mark. */
    public boolean unify(Term a, Term b) {
        a = a.deref();
        b = b.deref();
        if (a == b) {
            return true;
        }
        if (a instanceof Var va) {
            bind(va, b);
            return true;
        }
        if (b instanceof Var vb) {
            bind(vb, a);
            return true;
        }
        if (a instanceof Struct sa) {
            if (!(b instanceof Struct sb) || sa.arity() != sb.arity() || !sa.name().equals(sb.name())) {
                return false;
            }
            Term[] xa = sa.argsUnsafe();
            Term[] xb = sb.argsUnsafe();
            int last = xa.length - 1;
            for (int i = 0; i < last; i++) {
                if (!unify(xa[i], xb[i])) {
                    return false;
                }
            }
            return unify(xa[last], xb[last]);
        }
        if (a instanceof IntTerm || a instanceof FloatTerm) {
            return a.equals(b);
        }
        return a.equals(b);
    }
}
