/**
 * CPU evaluation of circuit plans: {@link org.circa.circuits.eval.PlanEvaluator} (batched,
 * vectorised, forward and backward) and the {@link org.circa.circuits.eval.LeafWeights} it reads.
 */
package org.circa.circuits.eval;
