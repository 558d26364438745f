package org.circa.provers.deeplog;

import java.util.Objects;
import org.circa.language.Term;

/**
 * An algebraic atom {@code p(t1, …, tn)_R}: the atom read in algebra {@code algebra} (a canonical
 * name, see {@link AlgebraCatalog}); its label comes from the labelling function. Immutable.
 */
public record AtomFormula(Term atom, String algebra) implements Formula {
    /** Checks both parts are present. */
    public AtomFormula {
        Objects.requireNonNull(atom, "atom");
        Objects.requireNonNull(algebra, "algebra");
    }

    @Override
    public String toString() {
        return print();
    }
}
