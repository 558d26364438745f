/**
 * The knowledge compiler: CNF (DIMACS) in, decision-DNNF out as a hash-consed {@link
 * org.circa.circuits.Circuit}, plus exact and weighted model counting, a determinism and
 * decomposability checker, DIMACS / c2d {@code .nnf} I/O, the {@code circa compile} command body
 * and the random 3-CNF benchmark.
 *
 * <p>The compiler ({@link org.circa.circuits.compile.DnnfCompiler}) is a top-down search in the
 * family of c2d, dsharp and d4: unit propagation on watched literals, conflict analysis with
 * clause learning, dynamic decomposition into independent components, a component cache with
 * compact keys, and a branching heuristic that favours decomposition.
 */
package org.circa.circuits.compile;
