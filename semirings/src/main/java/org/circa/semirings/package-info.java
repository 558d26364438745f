/**
 * Algebras (semirings with extra roles: negation, division, residuum, aggregators) that label
 * and evaluate circuits; {@link org.circa.semirings.Algebras} is the registry by name.
 */
package org.circa.semirings;
