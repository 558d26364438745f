package org.circa.language;

/**
 * A first-order term: an atom, a number, a string, a compound or a variable.
 *
 * <p>Terms are immutable except for the binding cell of {@link Var}, which only the
 * resolution engine sets on the fresh variables it creates; terms of a parsed program
 * are never bound.
 */
public sealed interface Term permits Atom, IntTerm, FloatTerm, StringTerm, Struct, Var {

    /** Follows variable bindings to the term this one currently stands for. */
    default Term deref() {
        return this;
    }

    /** Whether the (dereferenced) term contains no unbound variable. */
    boolean isGround();

    /** The functor name for atoms and compounds, or {@code null} for other terms. */
    default String name() {
        return null;
    }

    /** Number of arguments: 0 for everything but compounds. */
    default int arity() {
        return 0;
    }

    /** The i-th argument of a compound (dereferenced by the caller when needed). */
    default Term arg(int i) {
        throw new IndexOutOfBoundsException("term has no arguments: " + this);
    }

    /** The predicate indicator {@code name/arity}, or {@code null} when the term is not callable. */
    default String indicator() {
        return null;
    }
}
