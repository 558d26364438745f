package org.circa.circuits.compile;

/**
 * An independent part of the residual formula: its unassigned variables and the ids of its
 * unsatisfied original clauses, both sorted ascending. Together they determine the residual
 * sub-formula, so they are the cache key. Immutable by contract.
 *
 * @param vars unassigned variables, ascending
 * @param clauses unsatisfied original clause ids, ascending
 */
record Component(int[] vars, int[] clauses) {
}
