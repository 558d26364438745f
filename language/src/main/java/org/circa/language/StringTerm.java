package org.circa.language;

/** A double-quoted string constant. Immutable. */
public record StringTerm(String value) implements Term {
    @Override
    public boolean isGround() {
        return true;
    }

    @Override
    public String toString() {
        return TermPrinter.print(this);
    }
}
