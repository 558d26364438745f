package org.circa.language;

/**
 * A logic variable. In a parsed program it is a named placeholder and is never bound; the
 * resolution engine creates fresh variables and binds them through {@link #bind}. Not
 * thread-safe while bound by an engine.
 */
public final class Var implements Term {
    private final String name;
    private Term ref;

    /** A fresh unbound variable with a display name. */
    public Var(String name) {
        this.name = name;
    }

    /** The display name (source name for program variables, {@code _G123} for fresh ones). */
    public String varName() {
        return name;
    }

    /** Whether the source wrote this variable as {@code _} or {@code _Name}. */
    public boolean isAnonymous() {
        return name.startsWith("_");
    }

    @Override
    public Term deref() {
        Term t = this;
        while (t instanceof Var v && v.ref != null) {
            t = v.ref;
        }
        return t;
    }

    /** Whether this variable is bound to a term. */
    public boolean isBound() {
        return ref != null;
    }

    /** Binds this (unbound) variable; the engine records it on its trail to undo it. */
    public void bind(Term value) {
        ref = value;
    }

    /** Unbinds this variable (backtracking). */
    public void unbind() {
        ref = null;
    }

    @Override
    public boolean isGround() {
        Term t = deref();
        return t != this && t.isGround();
    }

    @Override
    public String name() {
        Term t = deref();
        return t == this ? null : t.name();
    }

    @Override
    public int arity() {
        Term t = deref();
        return t == this ? 0 : t.arity();
    }

    @Override
    public Term arg(int i) {
        return deref().arg(i);
    }

    @Override
    public String indicator() {
        Term t = deref();
        return t == this ? null : t.indicator();
    }

    @Override
    public boolean equals(Object o) {
        Term t = deref();
        if (t != this) {
            return t.equals(o instanceof Term ot ? ot.deref() : o);
        }
        return o == this || (o instanceof Var v && v.deref() == this);
    }

    @Override
    public int hashCode() {
        Term t = deref();
        return t == this ? System.identityHashCode(this) : t.hashCode();
    }

    @Override
    public String toString() {
        return TermPrinter.print(this);
    }
}
