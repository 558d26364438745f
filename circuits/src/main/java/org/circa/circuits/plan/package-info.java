/**
 * Layered evaluation plans: a circuit's reachable nodes as rows of one value array, leaves first,
 * gates grouped by level, operation and fan-in, children in CSR form and its transpose.
 */
package org.circa.circuits.plan;
