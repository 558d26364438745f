package org.circa.circuits.compile;

/** How the compiler scores the variables of a component when it picks one to branch on. */
public enum Branching {
    /**
     * The most occurrences {@code p + n} (p positive, n negative), ties to the larger {@code p·n}
     * (the most balanced), then to conflict activity, then pseudo-randomly: frequent variables
     * split a component sooner (best measured on random 3-CNF).
     */
    BALANCED,
    /**
     * {@code p + n}, the most frequent variable (DLCS): on Tseitin encodings of logic programs it
     * picks the gates that many clauses share (best measured on grid reachability).
     */
    OCCURRENCES,
    /**
     * The variable eliminated last by a min-degree elimination order of the primal graph (the top
     * separator of a tree decomposition), so that components split early: best measured on the
     * Tseitin encodings of structured logic programs such as grid reachability.
     */
    DECOMPOSITION
}
