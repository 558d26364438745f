package org.circa.provers.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.circa.circuits.compile.Cnf;
import org.eclipse.collections.impl.map.mutable.primitive.IntIntHashMap;

/**
 * Tseitin encoding of formula nodes into CNF: variables {@code 1..inputs} are the formula's
 * variables, and each AND/OR gate gets a fresh variable defined by clauses, so every model of the
 * inputs extends to exactly one model of the CNF. Not thread-safe.
 */
public final class Tseitin {
    private final Formula formula;
    private final IntIntHashMap literalOf = new IntIntHashMap();
    private final List<int[]> clauses = new ArrayList<>();
    private int numVars;

    /** An encoder whose first {@code inputs} variables are the formula's variables. */
    public Tseitin(Formula formula, int inputs) {
        this.formula = formula;
        this.numVars = inputs;
    }

    /** The CNF literal that is equivalent to a (non-constant) node, encoding what it needs. */
    public int literal(int node) {
        if (node == Formula.TRUE || node == Formula.FALSE) {
            throw new IllegalArgumentException("constants have no literal");
        }
        if (literalOf.containsKey(node)) {
            return literalOf.get(node);
        }
        // Iterative post-order, so deep formulas do not overflow the stack.
        java.util.ArrayDeque<Integer> stack = new java.util.ArrayDeque<>();
        stack.push(node);
        while (!stack.isEmpty()) {
            int n = stack.peek();
            if (literalOf.containsKey(n)) {
                stack.pop();
                continue;
            }
            boolean ready = true;
            for (int c : formula.children(n)) {
                if (!literalOf.containsKey(c)) {
                    stack.push(c);
                    ready = false;
                }
            }
            if (ready) {
                stack.pop();
                literalOf.put(n, encode(n));
            }
        }
        return literalOf.get(node);
    }

    private int encode(int n) {
        int[] kids = formula.children(n);
        switch (formula.kind(n)) {
            case VAR:
                return formula.variable(n);
            case NOT:
                return -literalOf.get(kids[0]);
            case AND:
            case OR: {
                boolean and = formula.kind(n) == Formula.Kind.AND;
                int g = ++numVars;
                int[] big = new int[kids.length + 1];
                big[0] = and ? g : -g;
                for (int i = 0; i < kids.length; i++) {
                    int c = literalOf.get(kids[i]);
                    clauses.add(and ? new int[] {-g, c} : new int[] {g, -c});
                    big[i + 1] = and ? -c : c;
                }
                clauses.add(big);
                return g;
            }
            default:
                throw new IllegalStateException("constant inside a formula");
        }
    }

    /**
     * A fresh variable equivalent to the node. Being determined by the inputs, it appears in
     * every branch of a compiled circuit, so zeroing one of its literal weights conditions on it.
     */
    public int definedVariable(int node) {
        int lit = literal(node);
        int g = ++numVars;
        clauses.add(new int[] {-g, lit});
        clauses.add(new int[] {g, -lit});
        return g;
    }

    /** Adds a unit clause. */
    public void assertLiteral(int lit) {
        clauses.add(new int[] {lit});
    }

    /** Adds a clause that is always false. */
    public void assertFalse() {
        clauses.add(new int[0]);
    }

    /** Number of variables so far. */
    public int numVars() {
        return numVars;
    }

    /** The CNF of everything encoded so far. */
    public Cnf cnf() {
        return new Cnf(numVars, clauses);
    }
}
