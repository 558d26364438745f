package org.circa.circuits;

import java.util.Arrays;

/**
 * An immutable circuit DAG over Boolean variables {@code 1..numVars}, with nodes in topological
 * order (every child has a smaller index than its parent) and one or more roots. Thread-safe.
 *
 * <p>Storage is flat: {@code kind[n]}, the literal of a literal node ({@code +v} or {@code -v}),
 * and the children of gates in CSR form ({@code childStart[n] .. childStart[n+1]}).
 */
public final class Circuit {
    private final int numVars;
    private final byte[] kinds;
    private final int[] literals;
    private final int[] childStart;
    private final int[] children;
    private final int[] roots;

    Circuit(int numVars, byte[] kinds, int[] literals, int[] childStart, int[] children, int[] roots) {
        this.numVars = numVars;
        this.kinds = kinds;
        this.literals = literals;
        this.childStart = childStart;
        this.children = children;
        this.roots = roots;
    }

    /** Number of Boolean variables; literals range over {@code ±1..±numVars}. */
    public int numVars() {
        return numVars;
    }

    /** Number of nodes. */
    public int size() {
        return kinds.length;
    }

    /** Number of edges (parent-child pairs). */
    public int edgeCount() {
        return children.length;
    }

    /** The kind of node n. */
    public NodeKind kind(int n) {
        return NodeKind.values()[kinds[n]];
    }

    /** The literal of literal node n ({@code +v} or {@code -v}); 0 for other nodes. */
    public int literal(int n) {
        return literals[n];
    }

    /** Number of children of node n. */
    public int childCount(int n) {
        return childStart[n + 1] - childStart[n];
    }

    /** The i-th child of node n. */
    public int child(int n, int i) {
        return children[childStart[n] + i];
    }

    /** A copy of the children of node n. */
    public int[] children(int n) {
        return Arrays.copyOfRange(children, childStart[n], childStart[n + 1]);
    }

    /** A copy of the root node indices, one per output. */
    public int[] roots() {
        return roots.clone();
    }

    /** The i-th root. */
    public int root(int i) {
        return roots[i];
    }

    /** Number of roots. */
    public int rootCount() {
        return roots.length;
    }

    /** Raw CSR start offsets (length size()+1); callers must not modify. */
    public int[] childStartArray() {
        return childStart;
    }

    /** Raw CSR child indices; callers must not modify. */
    public int[] childArray() {
        return children;
    }

    /** Raw kind ordinals per node; callers must not modify. */
    public byte[] kindArray() {
        return kinds;
    }

    /** Raw literal per node (0 for gates); callers must not modify. */
    public int[] literalArray() {
        return literals;
    }

    private boolean[] reachable() {
        boolean[] live = new boolean[kinds.length];
        for (int r : roots) {
            live[r] = true;
        }
        for (int n = kinds.length - 1; n >= 0; n--) {
            if (live[n]) {
                for (int k = childStart[n]; k < childStart[n + 1]; k++) {
                    live[children[k]] = true;
                }
            }
        }
        return live;
    }

    /**
     * The circuit restricted to the nodes reachable from its roots, renumbered in the same
     * (topological) order; this circuit itself when nothing is unreachable.
     */
    public Circuit pruned() {
        boolean[] live = reachable();
        int[] newId = new int[kinds.length];
        int count = 0;
        int edges = 0;
        for (int n = 0; n < kinds.length; n++) {
            newId[n] = live[n] ? count++ : -1;
            if (live[n]) {
                edges += childStart[n + 1] - childStart[n];
            }
        }
        if (count == kinds.length) {
            return this;
        }
        byte[] k = new byte[count];
        int[] lits = new int[count];
        int[] start = new int[count + 1];
        int[] kids = new int[edges];
        int e = 0;
        for (int n = 0; n < kinds.length; n++) {
            if (!live[n]) {
                continue;
            }
            int m = newId[n];
            k[m] = kinds[n];
            lits[m] = literals[n];
            start[m] = e;
            for (int c = childStart[n]; c < childStart[n + 1]; c++) {
                kids[e++] = newId[children[c]];
            }
        }
        start[count] = e;
        int[] newRoots = new int[roots.length];
        for (int i = 0; i < roots.length; i++) {
            newRoots[i] = newId[roots[i]];
        }
        return new Circuit(numVars, k, lits, start, kids, newRoots);
    }

    /** The same nodes with other roots. */
    public Circuit withRoots(int... newRoots) {
        return new Circuit(numVars, kinds, literals, childStart, children, newRoots.clone());
    }

    @Override
    public String toString() {
        return "Circuit[vars=" + numVars + ", nodes=" + size() + ", edges=" + edgeCount() + ", roots=" + roots.length + "]";
    }
}
