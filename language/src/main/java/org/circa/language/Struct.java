package org.circa.language;

import java.util.List;

/**
 * A compound term {@code name(arg1, ..., argN)} with N at least 1. Immutable: the argument
 * array is never modified after construction (variables inside may be bound by the engine).
 */
public final class Struct implements Term {
    private final String name;
    private final Term[] args;
    private int hash;

    /** A compound; the array is owned by the new term and must not be changed afterwards. */
    public Struct(String name, Term... args) {
        if (args.length == 0) {
            throw new IllegalArgumentException("a compound needs arguments; use Atom for " + name);
        }
        this.name = name;
        this.args = args;
    }

    /** A compound, or the atom {@code name} when there are no arguments. */
    public static Term of(String name, Term... args) {
        return args.length == 0 ? Atom.of(name) : new Struct(name, args);
    }

    /** The list term {@code [t1, ..., tn | tail]}. */
    public static Term list(List<? extends Term> items, Term tail) {
        Term t = tail;
        for (int i = items.size() - 1; i >= 0; i--) {
            t = new Struct(".", items.get(i), t);
        }
        return t;
    }

    /** The proper list term {@code [t1, ..., tn]}. */
    public static Term list(List<? extends Term> items) {
        return list(items, Atom.NIL);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int arity() {
        return args.length;
    }

    @Override
    public Term arg(int i) {
        return args[i];
    }

    /** A copy of the argument array. */
    public Term[] args() {
        return args.clone();
    }

    @Override
    public String indicator() {
        return name + "/" + args.length;
    }

    @Override
    public boolean isGround() {
        for (Term a : args) {
            if (!a.deref().isGround()) {
                return false;
            }
        }
        return true;
    }

    /** Whether this is a list cell {@code '.'(H, T)}. */
    public boolean isListCell() {
        return args.length == 2 && name.equals(".");
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Struct s) || !s.name.equals(name) || s.args.length != args.length
                || s.hashCode() != hashCode()) {
            return false;
        }
        for (int i = 0; i < args.length; i++) {
            if (!args[i].deref().equals(s.args[i].deref())) {
                return false;
            }
        }
        return true;
    }

    /** Structural hash; cached, so only stable for ground compounds (the engine hashes ground terms only). */
    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = name.hashCode();
            for (Term a : args) {
                h = h * 31 + a.deref().hashCode();
            }
            if (isGround()) {
                hash = h;
            }
        }
        return h;
    }

    @Override
    public String toString() {
        return TermPrinter.print(this);
    }

    /** The argument array itself, for the engine's hot paths; callers must not modify it. */
    public Term[] argsUnsafe() {
        return args;
    }
}
