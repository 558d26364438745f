package org.circa.provers.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;

/**
 * A hash-consed Boolean formula DAG over variables 1..n with AND, OR and NOT, folding
 * constants as nodes are made. Node ids: {@link #TRUE}, {@link #FALSE}, then one per distinct
 * node. Not thread-safe.
 */
public final class Formula {
    /** The constant true. */
    public static final int TRUE = 0;
    /** The constant false. */
    public static final int FALSE = 1;

    /** Node kinds. */
    public enum Kind { CONST, VAR, NOT, AND, OR }

    private final List<Kind> kinds = new ArrayList<>();
    private final List<int[]> children = new ArrayList<>();
    private final IntArrayList vars = new IntArrayList();
    private final Map<String, Integer> unique = new HashMap<>();

    /** An empty formula store with the two constants. */
    public Formula() {
        add(Kind.CONST, new int[0], 0);
        add(Kind.CONST, new int[0], 0);
    }

    private int add(Kind k, int[] kids, int var) {
        kinds.add(k);
        children.add(kids);
        vars.add(var);
        return kinds.size() - 1;
    }

    private int intern(Kind k, int[] kids, int var) {
        String key = k.ordinal() + ":" + var + ":" + Arrays.toString(kids);
        Integer n = unique.get(key);
        if (n != null) {
            return n;
        }
        int id = add(k, kids, var);
        unique.put(key, id);
        return id;
    }

    /** The node of variable v (v ≥ 1). */
    public int var(int v) {
        return intern(Kind.VAR, new int[0], v);
    }

    /** The negation of a node. */
    public int not(int n) {
        if (n == TRUE) {
            return FALSE;
        }
        if (n == FALSE) {
            return TRUE;
        }
        if (kinds.get(n) == Kind.NOT) {
            return children.get(n)[0];
        }
        return intern(Kind.NOT, new int[] {n}, 0);
    }

    /** The conjunction of nodes. */
    public int and(IntArrayList nodes) {
        return gate(Kind.AND, nodes.toArray());
    }

    /** The disjunction of nodes. */
    public int or(IntArrayList nodes) {
        return gate(Kind.OR, nodes.toArray());
    }

    private int gate(Kind kind, int[] items) {
        int absorbing = kind == Kind.AND ? FALSE : TRUE;
        int neutral = kind == Kind.AND ? TRUE : FALSE;
        Arrays.sort(items);
        int m = 0;
        for (int i = 0; i < items.length; i++) {
            int c = items[i];
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
        int[] kids = Arrays.copyOf(items, m);
        for (int c : kids) {
            if (kinds.get(c) == Kind.NOT && Arrays.binarySearch(kids, children.get(c)[0]) >= 0) {
                return absorbing; // x and not x
            }
        }
        return intern(kind, kids, 0);
    }

    /** Number of nodes. */
    public int size() {
        return kinds.size();
    }

    /** The kind of node n. */
    public Kind kind(int n) {
        return kinds.get(n);
    }

    /** The children of node n (callers must not modify). */
    public int[] children(int n) {
        return children.get(n);
    }

    /** The variable of a VAR node. */
    public int variable(int n) {
        return vars.get(n);
    }
}
