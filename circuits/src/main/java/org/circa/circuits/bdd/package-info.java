/**
 * Reduced ordered binary decision diagrams built bottom-up by apply ({@link org.circa.circuits.bdd.Bdd}),
 * and their conversion into circuits of the {@link org.circa.circuits.CircuitBuilder}: the
 * bottom-up alternative to the top-down compiler, canonical, so that a fixpoint iteration over
 * BDDs stops when nothing changes.
 */
package org.circa.circuits.bdd;
