package org.circa.provers.deeplog;

import java.util.List;
import org.circa.language.Term;
import org.circa.semirings.Algebra;
import org.circa.semirings.Aggregator;

/** Makes a user aggregator for the algebra of the body and the written parameters; stateless and thread-safe. */
@FunctionalInterface
public interface AggregatorFactory {
    /** The aggregator; throws {@link IllegalArgumentException} with a message when the parameters do not fit. */
    Aggregator create(Algebra bodyAlgebra, List<Term> parameters);
}
