package org.circa.language;

/** An integer constant. Immutable. */
public record IntTerm(long value) implements Term {
    @Override
    public boolean isGround() {
        return true;
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
