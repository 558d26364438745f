package org.circa.provers.pipeline;

import java.util.ArrayDeque;
import java.util.BitSet;
import org.circa.circuits.bdd.Bdd;

/**
 * Builds the BDDs of formula nodes bottom-up in a {@link Bdd} manager whose variables are the
 * formula's (choice) variables. Formula nodes are numbered after their children, so one pass
 * in increasing order over the nodes reachable from the requested roots suffices. Stateless.
 */
final class FormulaBdd {
    private FormulaBdd() {
    }

    /** The BDD of each of {@code roots} (formula nodes), built in {@code bdd}. */
    static int[] of(Formula formula, int[] roots, Bdd bdd) {
        BitSet needed = reachable(formula, roots);
        int[] bddOf = new int[formula.size()];
        for (int n = needed.nextSetBit(0); n >= 0; n = needed.nextSetBit(n + 1)) {
            bddOf[n] = switch (formula.kind(n)) {
                case CONST -> n == Formula.TRUE ? Bdd.TRUE : Bdd.FALSE;
                case VAR -> bdd.variable(formula.variable(n));
                case NOT -> bdd.not(bddOf[formula.children(n)[0]]);
                case AND -> {
                    int acc = Bdd.TRUE;
                    for (int c : formula.children(n)) {
                        acc = bdd.and(acc, bddOf[c]);
                    }
                    yield acc;
                }
                case OR -> {
                    int acc = Bdd.FALSE;
                    for (int c : formula.children(n)) {
                        acc = bdd.or(acc, bddOf[c]);
                    }
                    yield acc;
                }
            };
        }
        int[] out = new int[roots.length];
        for (int i = 0; i < roots.length; i++) {
            out[i] = bddOf[roots[i]];
        }
        return out;
    }

    private static BitSet reachable(Formula formula, int[] roots) {
        BitSet seen = new BitSet(formula.size());
        ArrayDeque<Integer> stack = new ArrayDeque<>();
        for (int r : roots) {
            if (!seen.get(r)) {
                seen.set(r);
                stack.push(r);
            }
        }
        while (!stack.isEmpty()) {
            int n = stack.pop();
            if (formula.kind(n) == Formula.Kind.AND || formula.kind(n) == Formula.Kind.OR
                    || formula.kind(n) == Formula.Kind.NOT) {
                for (int c : formula.children(n)) {
                    if (c >= n) {
                        throw new IllegalStateException("formula node " + n + " has a later child " + c);
                    }
                    if (!seen.get(c)) {
                        seen.set(c);
                        stack.push(c);
                    }
                }
            }
        }
        return seen;
    }
}
