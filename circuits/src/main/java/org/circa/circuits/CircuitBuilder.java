package org.circa.circuits;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
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
    private final Map<Key, Integer> unique = new HashMap<>();
    private final int trueNode;
    private final int falseNode;
    private int numVars;

    private record Key(byte kind, int[] items) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.kind == kind && Arrays.equals(k.items, items);
        }

        @Override
        public int hashCode() {
            // A mixing hash: Arrays.hashCode collides heavily on the sorted child lists of big circuits.
            long h = 0x9E3779B97F4A7C15L * (kind + 1);
            for (int x : items) {
                h = (h ^ x) * 0xBF58476D1CE4E5B9L;
                h ^= h >>> 31;
            }
            return (int) (h ^ (h >>> 32));
        }
    }

    /** An empty builder holding only the two constants. */
    public CircuitBuilder() {
        childStart.add(0);
        trueNode = add(NodeKind.TRUE, 0, new int[0]);
        falseNode = add(NodeKind.FALSE, 0, new int[0]);
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
        Key key = new Key((byte) NodeKind.LITERAL.ordinal(), new int[] {lit});
        Integer n = unique.get(key);
        if (n != null) {
            return n;
        }
        int id = add(NodeKind.LITERAL, lit, new int[0]);
        unique.put(key, id);
        return id;
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
        items = m == items.length ? items : Arrays.copyOf(items, m);
        Key key = new Key((byte) kind.ordinal(), items);
        Integer n = unique.get(key);
        if (n != null) {
            return n;
        }
        int id = add(kind, 0, items);
        unique.put(key, id);
        return id;
    }

    private int add(NodeKind kind, int lit, int[] kids) {
        int id = kinds.size();
        kinds.add((byte) kind.ordinal());
        literals.add(lit);
        children.addAll(kids);
        childStart.add(children.size());
        return id;
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
