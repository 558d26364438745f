package org.circa.circuits.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.circa.circuits.Circuit;
import org.circa.circuits.NodeKind;

/** Lays a circuit out as a {@link CircuitPlan}: reachability, levels, grouping, CSR and its transpose. Stateless. */
final class PlanBuilder {
    private PlanBuilder() {
    }

    static CircuitPlan build(Circuit c) {
        int n = c.size();
        byte[] kinds = c.kindArray();
        int[] start = c.childStartArray();
        int[] kids = c.childArray();
        boolean[] reachable = reachable(c);
        int[] level = new int[n];
        int maxLevel = 0;
        for (int i = 0; i < n; i++) {
            if (!reachable[i] || isLeaf(kinds[i])) {
                continue;
            }
            int l = 0;
            for (int k = start[i]; k < start[i + 1]; k++) {
                l = Math.max(l, level[kids[k]]);
            }
            level[i] = l + 1;
            maxLevel = Math.max(maxLevel, l + 1);
        }
        int[] rowOf = new int[n];
        Arrays.fill(rowOf, -1);
        List<Integer> rowNode = new ArrayList<>();
        List<Byte> leafKind = new ArrayList<>();
        List<Integer> leafLiteral = new ArrayList<>();
        int[] literalRow = new int[2 * c.numVars() + 1];
        Arrays.fill(literalRow, -1);
        for (int i = 0; i < n; i++) {
            if (!reachable[i] || !isLeaf(kinds[i])) {
                continue;
            }
            NodeKind kind = NodeKind.values()[kinds[i]];
            if (kind == NodeKind.LITERAL) {
                int slot = c.literal(i) + c.numVars();
                if (literalRow[slot] < 0) {
                    literalRow[slot] = rowNode.size();
                    rowNode.add(i);
                    leafKind.add(CircuitPlan.LEAF_LITERAL);
                    leafLiteral.add(c.literal(i));
                }
                rowOf[i] = literalRow[slot];
            } else {
                rowOf[i] = rowNode.size();
                rowNode.add(i);
                leafKind.add(kind == NodeKind.TRUE ? CircuitPlan.LEAF_TRUE : CircuitPlan.LEAF_FALSE);
                leafLiteral.add(0);
            }
        }
        int leaves = rowNode.size();
        // bucket gates by (level, and/or, fan-in 2 or more)
        List<List<Integer>> buckets = new ArrayList<>();
        for (int b = 0; b < 4 * maxLevel; b++) {
            buckets.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            if (reachable[i] && !isLeaf(kinds[i])) {
                int and = kinds[i] == NodeKind.AND.ordinal() ? 0 : 2;
                int two = start[i + 1] - start[i] == 2 ? 0 : 1;
                buckets.get(4 * (level[i] - 1) + and + two).add(i);
            }
        }
        List<Integer> groupStart = new ArrayList<>();
        List<Boolean> groupIsAnd = new ArrayList<>();
        List<Boolean> groupFanIn2 = new ArrayList<>();
        int[] levelGroupStart = new int[maxLevel + 1];
        for (int b = 0; b < buckets.size(); b++) {
            if (b % 4 == 0) {
                levelGroupStart[b / 4] = groupStart.size();
            }
            List<Integer> bucket = buckets.get(b);
            if (bucket.isEmpty()) {
                continue;
            }
            groupStart.add(rowNode.size());
            groupIsAnd.add(b % 4 < 2);
            groupFanIn2.add(b % 2 == 0);
            for (int node : bucket) {
                rowOf[node] = rowNode.size();
                rowNode.add(node);
            }
        }
        levelGroupStart[maxLevel] = groupStart.size();
        groupStart.add(rowNode.size());
        int rows = rowNode.size();
        int gates = rows - leaves;
        int[] childStart = new int[gates + 1];
        int edges = 0;
        for (int g = 0; g < gates; g++) {
            int node = rowNode.get(leaves + g);
            edges += start[node + 1] - start[node];
            childStart[g + 1] = edges;
        }
        int[] children = new int[edges];
        int[] edgeParent = new int[edges];
        for (int g = 0; g < gates; g++) {
            int node = rowNode.get(leaves + g);
            int e = childStart[g];
            for (int k = start[node]; k < start[node + 1]; k++, e++) {
                children[e] = rowOf[kids[k]];
                edgeParent[e] = leaves + g;
            }
        }
        int[] parentStart = new int[rows + 1];
        for (int child : children) {
            parentStart[child + 1]++;
        }
        for (int r = 0; r < rows; r++) {
            parentStart[r + 1] += parentStart[r];
        }
        // transposed CSR, each row's parents ordered by class: OR fan-in 2, OR other, AND fan-in 2, AND other
        boolean[] rowAnd = new boolean[rows];
        for (int g = 0; g < groupIsAnd.size(); g++) {
            for (int r = groupStart.get(g); r < groupStart.get(g + 1); r++) {
                rowAnd[r] = groupIsAnd.get(g);
            }
        }
        int[] classCount = new int[4 * rows + 1];
        int[] edgeClass = new int[edges];
        for (int e = 0; e < edges; e++) {
            int p = edgeParent[e];
            int fan = childStart[p - leaves + 1] - childStart[p - leaves];
            edgeClass[e] = (rowAnd[p] ? 2 : 0) + (fan == 2 ? 0 : 1);
            classCount[4 * children[e] + edgeClass[e] + 1]++;
        }
        for (int i = 0; i < 4 * rows; i++) {
            classCount[i + 1] += classCount[i];
        }
        int[] parentClassStart = classCount;
        int[] fill = Arrays.copyOf(parentClassStart, 4 * rows);
        int[] parentEdge = new int[edges];
        int[] parentRow = new int[edges];
        int[] parentOther = new int[edges];
        for (int e = 0; e < edges; e++) {
            int k = fill[4 * children[e] + edgeClass[e]]++;
            int p = edgeParent[e];
            int e0 = childStart[p - leaves];
            parentEdge[k] = e;
            parentRow[k] = p;
            parentOther[k] = (edgeClass[e] & 1) == 0 ? children[e0 + e0 + 1 - e] : -1;
        }
        int[] backwardOrder = backwardOrder(rows, leaves, levelGroupStart, toInts(groupStart), parentClassStart);
        int[] rootRows = new int[c.rootCount()];
        for (int r = 0; r < rootRows.length; r++) {
            rootRows[r] = rowOf[c.root(r)];
        }
        byte[] leafKinds = new byte[leaves];
        int[] leafLits = new int[leaves];
        for (int r = 0; r < leaves; r++) {
            leafKinds[r] = leafKind.get(r);
            leafLits[r] = leafLiteral.get(r);
        }
        return new CircuitPlan(c.numVars(), rows, leafKinds, leafLits, toInts(groupStart), toBools(groupIsAnd),
                toBools(groupFanIn2), levelGroupStart, childStart, children, parentStart, parentEdge, edgeParent,
                rootRows, toInts(rowNode), parentClassStart, parentRow, parentOther, backwardOrder);
    }

    /**
     * Rows from the last level down to the leaves; within a level, rows with the same numbers of
     * parents of each class come together, so that the backward pass's loops repeat their trip counts.
     */
    private static int[] backwardOrder(int rows, int leaves, int[] levelGroupStart, int[] groupStart, int[] pcs) {
        int[] order = new int[rows];
        int n = 0;
        for (int level = levelGroupStart.length - 1; level >= 0; level--) {
            int from = level == 0 ? 0 : groupStart[levelGroupStart[level - 1]];
            int to = level == 0 ? leaves : groupStart[levelGroupStart[level]];
            Integer[] members = new Integer[to - from];
            for (int r = from; r < to; r++) {
                members[r - from] = r;
            }
            Arrays.sort(members, (a, b) -> {
                for (int k = 0; k < 4; k++) {
                    int ca = pcs[4 * a + k + 1] - pcs[4 * a + k];
                    int cb = pcs[4 * b + k + 1] - pcs[4 * b + k];
                    if (ca != cb) {
                        return Integer.compare(ca, cb);
                    }
                }
                return Integer.compare(b, a);
            });
            for (Integer r : members) {
                order[n++] = r;
            }
        }
        return order;
    }

    private static boolean isLeaf(byte kind) {
        return kind != NodeKind.AND.ordinal() && kind != NodeKind.OR.ordinal();
    }

    private static boolean[] reachable(Circuit c) {
        boolean[] seen = new boolean[c.size()];
        int[] start = c.childStartArray();
        int[] kids = c.childArray();
        for (int r = 0; r < c.rootCount(); r++) {
            seen[c.root(r)] = true;
        }
        for (int i = c.size() - 1; i >= 0; i--) {
            if (seen[i]) {
                for (int k = start[i]; k < start[i + 1]; k++) {
                    seen[kids[k]] = true;
                }
            }
        }
        return seen;
    }

    private static int[] toInts(List<Integer> list) {
        int[] out = new int[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i);
        }
        return out;
    }

    private static boolean[] toBools(List<Boolean> list) {
        boolean[] out = new boolean[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i);
        }
        return out;
    }
}
