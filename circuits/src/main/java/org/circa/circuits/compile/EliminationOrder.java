package org.circa.circuits.compile;

import java.util.PriorityQueue;
import org.eclipse.collections.impl.set.mutable.primitive.IntHashSet;

/**
 * A greedy min-degree elimination order of a CNF's primal graph (variables adjacent when they
 * share a clause). Variables eliminated last sit in the top separators of the implied tree
 * decomposition, so branching on them first splits a formula into independent components early,
 * as c2d's dtree cutsets do. Stateless.
 */
final class EliminationOrder {
    private EliminationOrder() {
    }

    /**
     * The branching rank of each variable (index 1..numVars): its position in the elimination
     * order, so that a higher rank means eliminated later and branched on earlier.
     */
    static int[] ranks(Cnf cnf) {
        int n = cnf.numVars();
        IntHashSet[] adj = new IntHashSet[n + 1];
        for (int v = 1; v <= n; v++) {
            adj[v] = new IntHashSet();
        }
        for (int[] clause : cnf.clauses()) {
            for (int a : clause) {
                for (int b : clause) {
                    if (a != b && Math.abs(a) != Math.abs(b)) {
                        adj[Math.abs(a)].add(Math.abs(b));
                    }
                }
            }
        }
        int[] rank = new int[n + 1];
        boolean[] done = new boolean[n + 1];
        PriorityQueue<long[]> queue = new PriorityQueue<>((x, y) -> Long.compare(x[0], y[0]));
        for (int v = 1; v <= n; v++) {
            queue.add(new long[] {adj[v].size(), v});
        }
        int position = 0;
        while (!queue.isEmpty()) {
            long[] top = queue.poll();
            int v = (int) top[1];
            if (done[v] || top[0] != adj[v].size()) {
                continue; // stale entry
            }
            done[v] = true;
            rank[v] = ++position;
            int[] neighbours = adj[v].toArray();
            for (int a : neighbours) {
                adj[a].remove(v);
            }
            if (neighbours.length <= 64) {
                for (int a : neighbours) {
                    for (int b : neighbours) {
                        if (a != b) {
                            adj[a].add(b);
                        }
                    }
                }
            }
            for (int a : neighbours) {
                queue.add(new long[] {adj[a].size(), a});
            }
            adj[v] = null;
        }
        return rank;
    }
}
