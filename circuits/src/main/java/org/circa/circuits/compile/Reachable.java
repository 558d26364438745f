package org.circa.circuits.compile;

import org.circa.circuits.Circuit;

/** Which nodes of a circuit a root reaches. Stateless. */
final class Reachable {
    private Reachable() {
    }

    /** A mask over node ids, true for the root and every node below it. */
    static boolean[] from(Circuit c, int root) {
        if (root < 0 || root >= c.size()) {
            throw new IllegalArgumentException("no node " + root + " in " + c);
        }
        boolean[] reached = new boolean[c.size()];
        reached[root] = true;
        int[] start = c.childStartArray();
        int[] kids = c.childArray();
        for (int n = root; n >= 0; n--) {
            if (reached[n]) {
                for (int k = start[n]; k < start[n + 1]; k++) {
                    reached[kids[k]] = true;
                }
            }
        }
        return reached;
    }
}
