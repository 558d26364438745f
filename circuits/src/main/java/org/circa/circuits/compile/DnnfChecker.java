package org.circa.circuits.compile;

import java.util.BitSet;
import org.circa.circuits.Circuit;
import org.circa.circuits.NodeKind;

/**
 * Checks the two properties that make model counting on a circuit correct: decomposability
 * (children of an AND share no variable) and determinism (children of an OR have no common
 * model). Meant for tests and debugging. Stateless and thread-safe.
 */
public final class DnnfChecker {
    /** Largest variable count for which determinism is checked by enumeration. */
    public static final int MAX_ENUMERATED_VARS = 20;

    private DnnfChecker() {
    }

    /** Throws {@link IllegalStateException} naming the first AND node whose children share a variable. */
    public static void checkDecomposable(Circuit c, int root) {
        boolean[] reached = Reachable.from(c, root);
        BitSet[] vars = VariableSets.of(c, root, reached);
        for (int n = 0; n <= root; n++) {
            if (!reached[n] || c.kind(n) != NodeKind.AND) {
                continue;
            }
            BitSet seen = new BitSet();
            for (int i = 0; i < c.childCount(n); i++) {
                BitSet child = vars[c.child(n, i)];
                if (seen.intersects(child)) {
                    BitSet shared = (BitSet) seen.clone();
                    shared.and(child);
                    throw new IllegalStateException("AND node " + n + " is not decomposable: child "
                            + c.child(n, i) + " shares variables " + shared + " with earlier children");
                }
                seen.or(child);
            }
        }
    }

    /**
     * Throws {@link IllegalStateException} naming the first OR node with two children that can be
     * true together. Decision nodes (children conjoining complementary literals) pass at once;
     * any other OR is checked by enumerating all assignments when the circuit has at most
     * {@link #MAX_ENUMERATED_VARS} variables, and rejected otherwise.
     */
    public static void checkDeterministic(Circuit c, int root) {
        boolean[] reached = Reachable.from(c, root);
        BitSet undecided = new BitSet();
        for (int n = 0; n <= root; n++) {
            if (reached[n] && c.kind(n) == NodeKind.OR && !isDecision(c, n)) {
                undecided.set(n);
            }
        }
        if (undecided.isEmpty()) {
            return;
        }
        if (c.numVars() > MAX_ENUMERATED_VARS) {
            throw new IllegalStateException("OR node " + undecided.nextSetBit(0) + " is not a "
                    + "decision node and the circuit has too many variables to enumerate");
        }
        enumerate(c, root, reached, undecided);
    }

    /** True when every pair of children conjoins a literal and its complement. */
    private static boolean isDecision(Circuit c, int n) {
        int k = c.childCount(n);
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                if (!contradict(c, c.child(n, i), c.child(n, j))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean contradict(Circuit c, int a, int b) {
        for (int x : topLiterals(c, a)) {
            for (int y : topLiterals(c, b)) {
                if (x == -y) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int[] topLiterals(Circuit c, int n) {
        if (c.kind(n) == NodeKind.LITERAL) {
            return new int[] {c.literal(n)};
        }
        if (c.kind(n) != NodeKind.AND) {
            return new int[0];
        }
        return java.util.Arrays.stream(c.children(n))
                .filter(k -> c.kind(k) == NodeKind.LITERAL).map(c::literal).toArray();
    }

    /** Evaluates 64 assignments at a time and checks that OR children never overlap. */
    private static void enumerate(Circuit c, int root, boolean[] reached, BitSet orNodes) {
        int vars = c.numVars();
        long total = 1L << vars;
        long[] value = new long[root + 1];
        for (long base = 0; base < total; base += 64) {
            long valid = total - base >= 64 ? -1L : (1L << (total - base)) - 1;
            for (int n = 0; n <= root; n++) {
                if (!reached[n]) {
                    continue;
                }
                long v;
                switch (c.kind(n)) {
                    case TRUE -> v = -1L;
                    case FALSE -> v = 0L;
                    case LITERAL -> {
                        long bits = variableBits(Math.abs(c.literal(n)), base);
                        v = c.literal(n) > 0 ? bits : ~bits;
                    }
                    case AND -> {
                        v = -1L;
                        for (int i = 0; i < c.childCount(n); i++) {
                            v &= value[c.child(n, i)];
                        }
                    }
                    default -> {
                        v = 0L;
                        for (int i = 0; i < c.childCount(n); i++) {
                            long child = value[c.child(n, i)];
                            if (orNodes.get(n) && (v & child & valid) != 0) {
                                throw new IllegalStateException("OR node " + n
                                        + " is not deterministic: child " + c.child(n, i)
                                        + " overlaps an earlier child");
                            }
                            v |= child;
                        }
                    }
                }
                value[n] = v;
            }
        }
    }

    /** Bit j is the value of variable var in assignment base+j (variable v is bit v-1). */
    private static long variableBits(int var, long base) {
        int bit = var - 1;
        if (bit >= 6) {
            return ((base >>> bit) & 1) == 0 ? 0L : -1L;
        }
        long pattern = 0;
        for (int j = 0; j < 64; j++) {
            if (((j >>> bit) & 1) != 0) {
                pattern |= 1L << j;
            }
        }
        return pattern;
    }
}
