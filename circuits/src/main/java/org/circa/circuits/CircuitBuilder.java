package org.circa.circuits;

import java.util.Arrays;
import org.eclipse.collections.impl.list.mutable.primitive.ByteArrayList;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;

/**
 * Builds circuits node by node, hash-consing on structural equality (kind and sorted children),
 * folding constants and removing single-child gates. Node ids are stable for the builder's
 * lifetime, so several roots can share sub-circuits. Not thread-safe.
 */
public final class CircuitBuilder {
    private final ByteArrayList kinds = new ByteArrayList();
    private final IntArrayList literals = new IntArrayList();
    private final IntArrayList childStart = new IntArrayList();
    private final IntArrayList children = new IntArrayList();
    /**
     * Open-addressing table keyed by structure: each slot holds a node's hash (high half) and id
     * (low half), so a probe compares hashes without touching the node arrays; -1 is empty.
     */
    private long[] table = new long[1 << 10];
    private int tableEntries;
    private final int trueNode;
    private final int falseNode;
    private int numVars;

    /** An empty builder holding only the two constants. */
    public CircuitBuilder() {
        Arrays.fill(table, -1);
        childStart.add(0);
        trueNode = add(NodeKind.TRUE, 0, new int[0], 0);
        falseNode = add(NodeKind.FALSE, 0, new int[0], 0);
    }

    /** The constant true node. */
    public int trueNode() {
        return trueNode;
    }

    /** The constant false node. */
    public int falseNode() {
        return falseNode;
    }

    /** Number of nodes made so far. */
    public int size() {
        return kinds.size();
    }

    /** Makes sure literals up to {@code ±n} are in range, even if no node uses them. */
    public void declareVars(int n) {
        numVars = Math.max(numVars, n);
    }

    /** The node of literal {@code lit} ({@code +v} or {@code -v}, v ≥ 1). */
    public int literal(int lit) {
        if (lit == 0) {
            throw new IllegalArgumentException("literal 0 is not a variable");
        }
        numVars = Math.max(numVars, Math.abs(lit));
        return unique(NodeKind.LITERAL, lit, new int[0], 0);
    }

    /** The conjunction of the given nodes (true when empty). */
    public int and(int... nodes) {
        return gate(NodeKind.AND, nodes);
    }

    /** The disjunction of the given nodes (false when empty). */
    public int or(int... nodes) {
        return gate(NodeKind.OR, nodes);
    }

    /** The conjunction of the given nodes. */
    public int and(IntArrayList nodes) {
        return gate(NodeKind.AND, nodes.toArray());
    }

    /** The disjunction of the given nodes. */
    public int or(IntArrayList nodes) {
        return gate(NodeKind.OR, nodes.toArray());
    }

    private int gate(NodeKind kind, int[] in) {
        int absorbing = kind == NodeKind.AND ? falseNode : trueNode;
        int neutral = kind == NodeKind.AND ? trueNode : falseNode;
        int[] items = in.clone();
        Arrays.sort(items);
        int m = 0;
        for (int i = 0; i < items.length; i++) {
            int c = items[i];
            if (c < 0 || c >= kinds.size()) {
                throw new IllegalArgumentException("no node " + c);
            }
            if (c == absorbing) {
                return absorbing;
            }
            if (c == neutral || (m > 0 && items[m - 1] == c)) {
                continue;
            }
            items[m++] = c;
        }
        if (m == 0) {
            return neutral;
        }
        if (m == 1) {
            return items[0];
        }
        return unique(kind, 0, items, m);
    }

    /** The node of this structure (children {@code items[0..m)}, sorted), made if new. */
    private int unique(NodeKind kind, int lit, int[] items, int m) {
        int h = hash(kind, lit, items, m);
        int mask = table.length - 1;
        int i = h & mask;
        for (long slot = table[i]; slot != -1; slot = table[i]) {
            int n = (int) slot;
            if ((int) (slot >>> 32) == h && sameStructure(n, kind, lit, items, m)) {
                return n;
            }
            i = (i + 1) & mask;
        }
        int id = add(kind, lit, items, m);
        table[i] = (long) h << 32 | id;
        if (2 * ++tableEntries > table.length) {
            rehash();
        }
        return id;
    }

    private boolean sameStructure(int n, NodeKind kind, int lit, int[] items, int m) {
        if (kinds.get(n) != kind.ordinal() || literals.get(n) != lit) {
            return false;
        }
        int from = childStart.get(n);
        if (childStart.get(n + 1) - from != m) {
            return false;
        }
        for (int j = 0; j < m; j++) {
            if (children.get(from + j) != items[j]) {
                return false;
            }
        }
        return true;
    }

    /** A mixing hash of a structure (a plain polynomial hash collides on sorted child lists). */
    private static int hash(NodeKind kind, int lit, int[] items, int m) {
        long h = 0x9E3779B97F4A7C15L * (kind.ordinal() + 1) + lit;
        for (int j = 0; j < m; j++) {
            h = (h ^ items[j]) * 0xBF58476D1CE4E5B9L;
            h ^= h >>> 31;
        }
        return (int) (h ^ (h >>> 32));
    }

    private void rehash() {
        long[] old = table;
        table = new long[old.length * 2];
        Arrays.fill(table, -1);
        int mask = table.length - 1;
        for (long slot : old) {
            if (slot != -1) {
                int i = (int) (slot >>> 32) & mask;
                while (table[i] != -1) {
                    i = (i + 1) & mask;
                }
                table[i] = slot;
            }
        }
    }

    private int add(NodeKind kind, int lit, int[] kids, int m) {
        int id = kinds.size();
        kinds.add((byte) kind.ordinal());
        literals.add(lit);
        for (int j = 0; j < m; j++) {
            children.add(kids[j]);
        }
        childStart.add(children.size());
        return id;
    }

    /**
     * Copies every node of {@code other} into this builder and returns the ids here of the given
     * nodes of {@code other}. The constants map to this builder's constants; the copies are not
     * merged with structurally equal nodes already here (a linear-time bulk copy, for joining the
     * builders of parallel workers), so such a node may exist twice.
     */
    public int[] append(CircuitBuilder other, int... nodes) {
        if (other == this) {
            throw new IllegalArgumentException("a builder cannot append itself");
        }
        int count = other.size();
        int base = size();
        int[] map = {trueNode, falseNode};
        for (int n = 0; n < count; n++) {
            if (n == other.trueNode || n == other.falseNode) {
                continue;
            }
            kinds.add(other.kinds.get(n));
            literals.add(other.literals.get(n));
            int to = other.childStart.get(n + 1);
            for (int j = other.childStart.get(n); j < to; j++) {
                children.add(mapped(other, other.children.get(j), base, map));
            }
            childStart.add(children.size());
        }
        numVars = Math.max(numVars, other.numVars);
        int[] result = new int[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            if (nodes[i] < 0 || nodes[i] >= count) {
                throw new IllegalArgumentException("no node " + nodes[i] + " in the appended builder");
            }
            result[i] = mapped(other, nodes[i], base, map);
        }
        return result;
    }

    /** The id here of node n of {@code other} once appended at {@code base} (constants first there). */
    private static int mapped(CircuitBuilder other, int n, int base, int[] constants) {
        if (n == other.trueNode) {
            return constants[0];
        }
        if (n == other.falseNode) {
            return constants[1];
        }
        return base + n - 2;
    }

    /** An immutable circuit of all nodes made so far, with the given roots. */
    public Circuit build(int... roots) {
        for (int r : roots) {
            if (r < 0 || r >= kinds.size()) {
                throw new IllegalArgumentException("no node " + r);
            }
        }
        return new Circuit(numVars, kinds.toArray(), literals.toArray(), childStart.toArray(),
                children.toArray(), roots.clone());
    }
}
