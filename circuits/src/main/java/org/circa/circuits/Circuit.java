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

    /** The same nodes with other roots. */
    public Circuit withRoots(int... newRoots) {
        return new Circuit(numVars, kinds, literals, childStart, children, newRoots.clone());
    }

    @Override
    public String toString() {
        return "Circuit[vars=" + numVars + ", nodes=" + size() + ", edges=" + edgeCount() + ", roots=" + roots.length + "]";
    }
}
