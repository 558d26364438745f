package org.circa.circuits.plan;

import java.util.BitSet;
import org.circa.circuits.Circuit;
import org.circa.circuits.CircuitBuilder;
import org.circa.circuits.NodeKind;

/**
 * Smooths a circuit: every OR child is conjoined with {@code OR(x, ¬x)} for each variable that
 * its siblings mention and it does not, so that all children of an OR mention the same
 * variables. Algebras whose literal labels do not sum to one (max-product, arbitrary weights)
 * need it for correct values over a compiled circuit. Stateless.
 */
public final class Smoothing {
    private Smoothing() {
    }

    /** The smoothed circuit (same roots, same variables), with OR gates smoothed only. */
    public static Circuit smooth(Circuit circuit) {
        return smooth(circuit, false);
    }

    /**
     * The smoothed circuit; with {@code overAllVariables}, each root also gains the variables
     * 1..numVars it does not mention, so that it counts over every variable.
     */
    public static Circuit smooth(Circuit c, boolean overAllVariables) {
        int n = c.size();
        BitSet[] vars = new BitSet[n];
        int[] map = new int[n];
        CircuitBuilder b = new CircuitBuilder();
        b.declareVars(c.numVars());
        for (int i = 0; i < n; i++) {
            vars[i] = new BitSet();
            switch (c.kind(i)) {
                case TRUE -> map[i] = b.trueNode();
                case FALSE -> map[i] = b.falseNode();
                case LITERAL -> {
                    map[i] = b.literal(c.literal(i));
                    vars[i].set(Math.abs(c.literal(i)));
                }
                case AND, OR -> {
                    int[] kids = c.children(i);
                    for (int k : kids) {
                        vars[i].or(vars[k]);
                    }
                    int[] mapped = new int[kids.length];
                    for (int j = 0; j < kids.length; j++) {
                        mapped[j] = c.kind(i) == NodeKind.OR ? padded(b, map[kids[j]], vars[i], vars[kids[j]]) : map[kids[j]];
                    }
                    map[i] = c.kind(i) == NodeKind.AND ? b.and(mapped) : b.or(mapped);
                }
            }
        }
        int[] roots = new int[c.rootCount()];
        BitSet all = new BitSet();
        all.set(1, c.numVars() + 1);
        for (int r = 0; r < roots.length; r++) {
            int old = c.root(r);
            roots[r] = overAllVariables ? padded(b, map[old], all, vars[old]) : map[old];
        }
        return b.build(roots);
    }

    /** {@code node ∧ ⋀(x ∨ ¬x)} over the variables in {@code wanted} and not in {@code has}. */
    private static int padded(CircuitBuilder b, int node, BitSet wanted, BitSet has) {
        BitSet missing = (BitSet) wanted.clone();
        missing.andNot(has);
        if (missing.isEmpty()) {
            return node;
        }
        int[] parts = new int[missing.cardinality() + 1];
        int k = 0;
        for (int x = missing.nextSetBit(0); x >= 0; x = missing.nextSetBit(x + 1)) {
            parts[k++] = b.or(b.literal(x), b.literal(-x));
        }
        parts[k] = node;
        return b.and(parts);
    }

    /** Whether every OR gate's children mention the same variables. */
    public static boolean isSmooth(Circuit c) {
        BitSet[] vars = new BitSet[c.size()];
        for (int i = 0; i < c.size(); i++) {
            vars[i] = new BitSet();
            if (c.kind(i) == NodeKind.LITERAL) {
                vars[i].set(Math.abs(c.literal(i)));
            }
            for (int j = 0; j < c.childCount(i); j++) {
                vars[i].or(vars[c.child(i, j)]);
            }
            if (c.kind(i) == NodeKind.OR) {
                for (int j = 0; j < c.childCount(i); j++) {
                    if (!vars[c.child(i, j)].equals(vars[i])) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
