package org.circa.circuits.compile;

import java.util.BitSet;
import org.circa.circuits.Circuit;
import org.circa.circuits.NodeKind;

/** The variables each reachable node mentions, as bit sets (for checks and small circuits). */
final class VariableSets {
    private VariableSets() {
    }

    /** Per node id, the variables below it (null for nodes not reached). */
    static BitSet[] of(Circuit c, int root, boolean[] reached) {
        BitSet[] vars = new BitSet[root + 1];
        for (int n = 0; n <= root; n++) {
            if (!reached[n]) {
                continue;
            }
            BitSet set = new BitSet();
            if (c.kind(n) == NodeKind.LITERAL) {
                set.set(Math.abs(c.literal(n)));
            }
            for (int i = 0; i < c.childCount(n); i++) {
                set.or(vars[c.child(n, i)]);
            }
            vars[n] = set;
        }
        return vars;
    }
}
