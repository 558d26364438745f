package org.circa.circuits.plan;

import org.circa.circuits.Circuit;

/**
 * A circuit laid out for batched evaluation: one row per reachable node, leaves first, then gate
 * levels; each level is split into groups of one operation (AND or OR) and one fan-in class
 * (exactly two children, or more), each group a contiguous run of rows. Children are CSR row
 * indices into any earlier level, so no padding nodes exist. The transposed CSR (parents of each
 * row) serves the backward pass. Immutable and thread-safe; the raw arrays must not be modified.
 */
public final class CircuitPlan {
    /** Leaf kind code of a literal row. */
    public static final byte LEAF_LITERAL = 0;
    /** Leaf kind code of the constant true. */
    public static final byte LEAF_TRUE = 1;
    /** Leaf kind code of the constant false. */
    public static final byte LEAF_FALSE = 2;

    final int numVars;
    final int rows;
    final byte[] leafKind;
    final int[] leafLiteral;
    final int[] groupStart;
    final boolean[] groupIsAnd;
    final boolean[] groupFanIn2;
    final int[] levelGroupStart;
    final int[] childStart;
    final int[] children;
    final int[] parentStart;
    final int[] parentEdge;
    final int[] edgeParent;
    final int[] rootRows;
    final int[] rowNode;
    final int[] parentClassStart;
    final int[] parentRow;
    final int[] parentOther;
    final int[] backwardOrder;

    CircuitPlan(int numVars, int rows, byte[] leafKind, int[] leafLiteral, int[] groupStart,
            boolean[] groupIsAnd, boolean[] groupFanIn2, int[] levelGroupStart, int[] childStart,
            int[] children, int[] parentStart, int[] parentEdge, int[] edgeParent, int[] rootRows, int[] rowNode,
            int[] parentClassStart, int[] parentRow, int[] parentOther, int[] backwardOrder) {
        this.numVars = numVars;
        this.rows = rows;
        this.leafKind = leafKind;
        this.leafLiteral = leafLiteral;
        this.groupStart = groupStart;
        this.groupIsAnd = groupIsAnd;
        this.groupFanIn2 = groupFanIn2;
        this.levelGroupStart = levelGroupStart;
        this.childStart = childStart;
        this.children = children;
        this.parentStart = parentStart;
        this.parentEdge = parentEdge;
        this.edgeParent = edgeParent;
        this.rootRows = rootRows;
        this.rowNode = rowNode;
        this.parentClassStart = parentClassStart;
        this.parentRow = parentRow;
        this.parentOther = parentOther;
        this.backwardOrder = backwardOrder;
    }

    /** The plan of the nodes of {@code circuit} reachable from its roots. */
    public static CircuitPlan of(Circuit circuit) {
        return PlanBuilder.build(circuit);
    }

    /** Number of Boolean variables of the circuit (literals range over ±1..±numVars). */
    public int numVars() {
        return numVars;
    }

    /** Number of rows (reachable nodes, literals deduplicated). */
    public int rows() {
        return rows;
    }

    /** Number of leaf rows (literals and constants); they are rows {@code 0 .. leafCount()-1}. */
    public int leafCount() {
        return leafKind.length;
    }

    /** Number of edges. */
    public int edges() {
        return children.length;
    }

    /** Number of gate levels (the depth of the circuit; 0 when it is a single leaf). */
    public int levels() {
        return levelGroupStart.length - 1;
    }

    /** Number of gate groups over all levels. */
    public int groups() {
        return groupIsAnd.length;
    }

    /** Number of roots (outputs). */
    public int rootCount() {
        return rootRows.length;
    }

    /** The row of the i-th root. */
    public int rootRow(int i) {
        return rootRows[i];
    }

    /** The leaf kind of leaf row r: {@link #LEAF_LITERAL}, {@link #LEAF_TRUE} or {@link #LEAF_FALSE}. */
    public byte leafKind(int r) {
        return leafKind[r];
    }

    /** The literal of leaf row r ({@code ±v}; 0 for constants). */
    public int leafLiteral(int r) {
        return leafLiteral[r];
    }

    /** The first row of group g; rows of g are {@code groupStart(g) .. groupStart(g+1)-1}. */
    public int groupStart(int g) {
        return groupStart[g];
    }

    /** Whether group g holds AND gates (else OR gates). */
    public boolean groupIsAnd(int g) {
        return groupIsAnd[g];
    }

    /** Whether every gate of group g has exactly two children. */
    public boolean groupFanIn2(int g) {
        return groupFanIn2[g];
    }

    /** The first group of level l (levels 1..levels(), index l-1). */
    public int levelGroupStart(int l) {
        return levelGroupStart[l];
    }

    /** The circuit node that row r came from. */
    public int circuitNode(int r) {
        return rowNode[r];
    }

    /** CSR start offsets of gate children, indexed by {@code row - leafCount()}; raw, do not modify. */
    public int[] childStartArray() {
        return childStart;
    }

    /** CSR child rows; raw, do not modify. */
    public int[] childArray() {
        return children;
    }

    /** Transposed CSR: start offsets into {@link #parentEdgeArray()} per row; raw, do not modify. */
    public int[] parentStartArray() {
        return parentStart;
    }

    /**
     * Transposed CSR by parent class: the parents of row r of class c (0 OR with two children,
     * 1 other OR, 2 AND with two children, 3 other AND) are entries
     * {@code [a[4r+c], a[4r+c+1])} of {@link #parentEdgeArray()}; raw, do not modify.
     */
    public int[] parentClassStartArray() {
        return parentClassStart;
    }

    /**
     * Every row once, parents before children (levels descending), rows of a level ordered by their
     * numbers of parents of each class: the order of the backward pass; raw, do not modify.
     */
    public int[] backwardOrderArray() {
        return backwardOrder;
    }

    /** Per transposed entry, the parent row; raw, do not modify. */
    public int[] parentRowArray() {
        return parentRow;
    }

    /** Per transposed entry, the parent's other child row when the parent has two children, else −1; raw, do not modify. */
    public int[] parentOtherArray() {
        return parentOther;
    }

    /** Transposed CSR: edge indices (into {@link #childArray()}) grouped by child row (by class within a row); raw, do not modify. */
    public int[] parentEdgeArray() {
        return parentEdge;
    }

    /** The parent row of each edge; raw, do not modify. */
    public int[] edgeParentArray() {
        return edgeParent;
    }

    /** Bytes held by the plan's arrays. */
    public long bytes() {
        long ints = (long) leafLiteral.length + groupStart.length + levelGroupStart.length + childStart.length
                + children.length + parentStart.length + parentEdge.length + edgeParent.length + rootRows.length
                + rowNode.length + parentClassStart.length + parentRow.length + parentOther.length
                + backwardOrder.length;
        return 4 * ints + leafKind.length + 2L * groupIsAnd.length;
    }

    @Override
    public String toString() {
        return "CircuitPlan[vars=" + numVars + ", rows=" + rows + ", edges=" + edges() + ", levels=" + levels()
                + ", groups=" + groups() + ", roots=" + rootRows.length + "]";
    }
}
