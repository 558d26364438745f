package org.circa.circuits.compile;

import java.util.Arrays;

/**
 * Which variables of a CNF are inputs and which are defined by them: variables
 * {@code 1..inputCount} are inputs, every later one is functionally determined by the inputs
 * through unit propagation (a Tseitin gate). The compiler's occurrence-based branching rules then
 * branch on inputs only while a component has any (its defined variables follow once its inputs
 * are set), and every rule leaves the literals of defined variables out of the circuit except
 * the {@code kept} ones, which is sound when both literals of a defined variable weigh one.
 * Immutable.
 *
 * @param inputCount number of input variables (they are {@code 1..inputCount})
 * @param kept defined variables whose literals stay in the circuit (for example query variables)
 */
public record DefinedVariables(int inputCount, int[] kept) {
    /** Checks the count and copies the kept variables. */
    public DefinedVariables {
        if (inputCount < 0) {
            throw new IllegalArgumentException("negative input count: " + inputCount);
        }
        kept = kept.clone();
    }

    /** No defined variables: every variable is an input. */
    public static DefinedVariables none() {
        return new DefinedVariables(Integer.MAX_VALUE, new int[0]);
    }

    /** The kept variables (a copy). */
    @Override
    public int[] kept() {
        return kept.clone();
    }

    /** For variables {@code 0..numVars}, whether their literals appear in the circuit. */
    boolean[] emitted(int numVars) {
        boolean[] emit = new boolean[numVars + 1];
        Arrays.fill(emit, 1, Math.min(numVars, inputCount) + 1, true);
        for (int v : kept) {
            if (v >= 1 && v <= numVars) {
                emit[v] = true;
            }
        }
        return emit;
    }
}
