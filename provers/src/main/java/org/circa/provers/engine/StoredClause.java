package org.circa.provers.engine;

import java.util.IdentityHashMap;
import org.circa.language.SourceSpan;
import org.circa.language.Struct;
import org.circa.language.Term;
import org.circa.language.Var;

/** A program clause as the engine stores it: head and body, renamed apart on each use. Immutable. */
public record StoredClause(Term head, Term body, SourceSpan span) {

    /** A fresh copy {@code head :- body} sharing new variables, as a two-element array. */
    public Term[] rename() {
        IdentityHashMap<Var, Var> map = new IdentityHashMap<>();
        return new Term[] {Terms.copy(head, map), Terms.copy(body, map)};
    }

    /** The first argument of the head, dereferenced, or null for atoms. */
    public Term firstArg() {
        return head instanceof Struct s ? s.arg(0).deref() : null;
    }
}
