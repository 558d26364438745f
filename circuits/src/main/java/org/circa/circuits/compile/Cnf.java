package org.circa.circuits.compile;

import java.util.List;

/**
 * A formula in conjunctive normal form over variables {@code 1..numVars}, each clause an array
 * of DIMACS literals ({@code +v} or {@code -v}). An empty clause list is true; an empty clause is
 * false. Immutable by contract: the list is copied, the clause arrays are not, so callers must not
 * modify them afterwards. Thread-safe under that contract.
 *
 * @param numVars number of variables (at least the largest variable used)
 * @param clauses the clauses
 */
public record Cnf(int numVars, List<int[]> clauses) {
    /** Checks that every literal is non-zero and within {@code ±numVars}. */
    public Cnf {
        if (numVars < 0) {
            throw new IllegalArgumentException("negative number of variables: " + numVars);
        }
        clauses = List.copyOf(clauses);
        for (int i = 0; i < clauses.size(); i++) {
            for (int lit : clauses.get(i)) {
                if (lit == 0 || Math.abs(lit) > numVars) {
                    throw new IllegalArgumentException("clause " + (i + 1) + " has literal " + lit
                            + " outside ±1.." + numVars);
                }
            }
        }
    }

    /** Number of clauses. */
    public int clauseCount() {
        return clauses.size();
    }
}
