package org.circa.language;

import java.util.concurrent.ConcurrentHashMap;

/** A constant symbol; interned, so atoms with the same name are the same object. Thread-safe. */
public final class Atom implements Term {
    private static final ConcurrentHashMap<String, Atom> TABLE = new ConcurrentHashMap<>();

    public static final Atom NIL = of("[]");
    public static final Atom TRUE = of("true");
    public static final Atom FAIL = of("fail");
    public static final Atom FALSE = of("false");
    public static final Atom EMPTY_BLOCK = of("{}");

    private final String name;
    private final int hash;

    private Atom(String name) {
        this.name = name;
        this.hash = name.hashCode() * 31 + 7;
    }

    /** The interned atom with this name. */
    public static Atom of(String name) {
        Atom a = TABLE.get(name);
        return a != null ? a : TABLE.computeIfAbsent(name, Atom::new);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean isGround() {
        return true;
    }

    @Override
    public String indicator() {
        return name + "/0";
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return TermPrinter.print(this);
    }
}
