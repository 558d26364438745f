package org.circa.language;

/** A floating-point constant. Immutable. */
public record FloatTerm(double value) implements Term {
    @Override
    public boolean isGround() {
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FloatTerm f && Double.compare(f.value, value) == 0;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(value);
    }

    @Override
    public String toString() {
        return TermPrinter.print(this);
    }
}
