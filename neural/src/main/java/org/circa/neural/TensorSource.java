package org.circa.neural;

import java.util.Optional;
import org.circa.language.Term;

/**
 * Resolves ground terms that name tensors (for example {@code img(train, 17)}) to flat input
 * vectors, as registered by the application for one functor. Implementations must be safe to
 * call repeatedly; the model calls them from one thread.
 */
@FunctionalInterface
public interface TensorSource {

    /** The tensor named by {@code term}, or empty when this source has none by that name. */
    Optional<float[]> tensor(Term term);
}
