package org.circa.provers.deeplog;

import java.util.Objects;

/** A cast {@code (φ)_S}: the formula moved into algebra {@code algebra} along a registered cast. Immutable. */
public record CastFormula(Formula inner, String algebra) implements Formula {
    /** Checks both parts are present. */
    public CastFormula {
        Objects.requireNonNull(inner, "inner");
        Objects.requireNonNull(algebra, "algebra");
    }

    @Override
    public String toString() {
        return print();
    }
}
