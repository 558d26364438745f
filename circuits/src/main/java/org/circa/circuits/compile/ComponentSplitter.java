package org.circa.circuits.compile;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the residual formula over a set of variables into connected components of its primal
 * graph, following only unsatisfied original clauses. Variables left in no unsatisfied clause are
 * free and belong to no component. Mutable scratch state, not thread-safe.
 */
final class ComponentSplitter {
    private final SearchState state;
    /** The variables of original clause c are {@code clauseVars[clauseStart[c] .. clauseStart[c + 1])}. */
    private final int[] clauseStart;
    private final int[] clauseVars;
    /** The original clauses of variable v are {@code occurrences[occurrenceStart[v] .. occurrenceStart[v + 1])}. */
    private final int[] occurrenceStart;
    private final int[] occurrences;
    private final int[] varEpoch;
    private final int[] varComponent;
    private final int[] clauseEpoch;
    private final int[] clauseComponent;
    private final int[] queue;
    private int epoch;
    private int[] varCounts = new int[16];
    private int[] clauseCounts = new int[16];

    /** A splitter over the original clauses of a search state. */
    ComponentSplitter(SearchState state, int[][] original) {
        this.state = state;
        int n = state.numVars;
        clauseStart = new int[original.length + 1];
        for (int c = 0; c < original.length; c++) {
            clauseStart[c + 1] = clauseStart[c] + original[c].length;
        }
        clauseVars = new int[clauseStart[original.length]];
        occurrenceStart = new int[n + 2];
        for (int c = 0; c < original.length; c++) {
            for (int i = 0; i < original[c].length; i++) {
                int v = Math.abs(original[c][i]);
                clauseVars[clauseStart[c] + i] = v;
                occurrenceStart[v + 1]++;
            }
        }
        for (int v = 1; v <= n + 1; v++) {
            occurrenceStart[v] += occurrenceStart[v - 1];
        }
        occurrences = new int[clauseVars.length];
        int[] fill = java.util.Arrays.copyOf(occurrenceStart, n + 1);
        for (int c = 0; c < original.length; c++) {
            for (int lit : original[c]) {
                occurrences[fill[Math.abs(lit)]++] = c;
            }
        }
        varEpoch = new int[n + 1];
        varComponent = new int[n + 1];
        clauseEpoch = new int[original.length];
        clauseComponent = new int[original.length];
        queue = new int[n + 1];
    }

    /**
     * The components of the unassigned variables among {@code vars} (sorted), given that every
     * unsatisfied clause touching them is among {@code clauses} (sorted). Results are sorted too.
     */
    List<Component> split(int[] vars, int[] clauses) {
        nextEpoch();
        int count = 0;
        for (int v : vars) {
            if (state.value[v] != 0 || varEpoch[v] == epoch) {
                continue;
            }
            if (count == varCounts.length) {
                varCounts = java.util.Arrays.copyOf(varCounts, count * 2);
                clauseCounts = java.util.Arrays.copyOf(clauseCounts, count * 2);
            }
            varCounts[count] = explore(v, count);
            count++;
        }
        int[][] compVars = new int[count][];
        int[][] compClauses = new int[count][];
        for (int k = 0; k < count; k++) {
            if (clauseCounts[k] > 0) {
                compVars[k] = new int[varCounts[k]];
                compClauses[k] = new int[clauseCounts[k]];
            }
            varCounts[k] = 0;
            clauseCounts[k] = 0;
        }
        for (int v : vars) {
            if (state.value[v] == 0) {
                int k = varComponent[v];
                if (compVars[k] != null) {
                    compVars[k][varCounts[k]++] = v;
                }
            }
        }
        for (int c : clauses) {
            if (clauseEpoch[c] == epoch && clauseComponent[c] >= 0) {
                int k = clauseComponent[c];
                compClauses[k][clauseCounts[k]++] = c;
            }
        }
        List<Component> result = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            if (compVars[k] != null) {
                result.add(new Component(compVars[k], compClauses[k]));
            }
        }
        return result;
    }

    /** Breadth-first search from v labelling component k; returns its variable count. */
    private int explore(int start, int k) {
        int head = 0;
        int tail = 0;
        int clauseCount = 0;
        varEpoch[start] = epoch;
        varComponent[start] = k;
        queue[tail++] = start;
        byte[] value = state.value;
        while (head < tail) {
            int u = queue[head++];
            for (int o = occurrenceStart[u], end = occurrenceStart[u + 1]; o < end; o++) {
                int c = occurrences[o];
                if (clauseEpoch[c] == epoch) {
                    continue;
                }
                clauseEpoch[c] = epoch;
                if (state.satisfied(c)) {
                    clauseComponent[c] = -1;
                    continue;
                }
                clauseComponent[c] = k;
                clauseCount++;
                for (int i = clauseStart[c], stop = clauseStart[c + 1]; i < stop; i++) {
                    int w = clauseVars[i];
                    if (value[w] == 0 && varEpoch[w] != epoch) {
                        varEpoch[w] = epoch;
                        varComponent[w] = k;
                        queue[tail++] = w;
                    }
                }
            }
        }
        clauseCounts[k] = clauseCount;
        return tail;
    }

    private void nextEpoch() {
        if (epoch == Integer.MAX_VALUE) {
            java.util.Arrays.fill(varEpoch, 0);
            java.util.Arrays.fill(clauseEpoch, 0);
            epoch = 0;
        }
        epoch++;
    }
}
