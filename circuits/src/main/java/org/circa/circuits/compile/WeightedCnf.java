package org.circa.circuits.compile;

import java.util.Optional;

/**
 * A CNF with literal weights when its file declared any. Immutable.
 *
 * @param cnf the formula
 * @param weights literal weights, absent for an unweighted file
 */
public record WeightedCnf(Cnf cnf, Optional<LiteralWeights> weights) {
}
