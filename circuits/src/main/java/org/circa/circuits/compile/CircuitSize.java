package org.circa.circuits.compile;

import org.circa.circuits.Circuit;

/**
 * The nodes and edges a root reaches, so that unreachable builder nodes are not counted.
 * Immutable.
 *
 * @param nodes reachable nodes, the root included
 * @param edges edges between reachable nodes
 */
public record CircuitSize(int nodes, long edges) {
    /** The size of the circuit below {@code root}. */
    public static CircuitSize of(Circuit c, int root) {
        boolean[] reached = Reachable.from(c, root);
        int nodes = 0;
        long edges = 0;
        for (int n = 0; n <= root; n++) {
            if (reached[n]) {
                nodes++;
                edges += c.childCount(n);
            }
        }
        return new CircuitSize(nodes, edges);
    }
}
