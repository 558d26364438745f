package org.circa.circuits.compile;

import java.util.Arrays;

/**
 * The SAT-solver part of the compiler: assignment, trail with decision levels, clauses with two
 * watched literals, unit propagation and first-UIP conflict analysis with clause learning.
 * Original clauses have ids {@code 0..originalCount-1}; learned clauses follow. Mutable, not
 * thread-safe; one per compilation.
 */
final class SearchState {
    static final int NO_REASON = -1;
    static final int NO_CONFLICT = -1;

    final int numVars;
    final int originalCount;
    /** Clause literals (DIMACS); positions 0 and 1 are the watched ones. */
    int[][] clauses;
    int clauseCount;
    /** Per variable: 0 unassigned, 1 true, -1 false. */
    final byte[] value;
    final int[] level;
    final int[] reason;
    final int[] trail;
    int trailSize;
    private int queueHead;
    /** Trail position where each decision level starts; index = level. */
    private int[] levelStart;
    int decisionLevel;
    /** Per literal code, the clauses watching that literal. */
    private final int[][] watches;
    private final int[] watchCount;
    /** Conflict-driven activity per variable (VSIDS). */
    final double[] activity;
    private double activityIncrement = 1.0;
    private final boolean[] seen;
    /** Per original clause, how many of its literals are true. */
    private final int[] trueLiterals;
    /** Per literal code, the original clauses containing that literal. */
    private final int[][] literalOccurrences;
    long conflicts;

    /** State over {@code numVars} variables and the given original clauses (each of size ≥ 2). */
    SearchState(int numVars, int[][] original) {
        this.numVars = numVars;
        this.originalCount = original.length;
        this.clauses = Arrays.copyOf(original, Math.max(16, original.length * 2));
        this.clauseCount = original.length;
        value = new byte[numVars + 1];
        level = new int[numVars + 1];
        reason = new int[numVars + 1];
        trail = new int[numVars + 1];
        levelStart = new int[16];
        watches = new int[2 * numVars + 2][];
        watchCount = new int[2 * numVars + 2];
        activity = new double[numVars + 1];
        seen = new boolean[numVars + 1];
        for (int c = 0; c < original.length; c++) {
            watch(original[c][0], c);
            watch(original[c][1], c);
        }
        trueLiterals = new int[original.length];
        int[] counts = new int[2 * numVars + 2];
        for (int[] clause : original) {
            for (int lit : clause) {
                counts[code(lit)]++;
            }
        }
        literalOccurrences = new int[2 * numVars + 2][];
        for (int k = 0; k < counts.length; k++) {
            literalOccurrences[k] = new int[counts[k]];
            counts[k] = 0;
        }
        for (int c = 0; c < original.length; c++) {
            for (int lit : original[c]) {
                int k = code(lit);
                literalOccurrences[k][counts[k]++] = c;
            }
        }
    }

    /** Whether original clause c has a true literal. */
    boolean satisfied(int c) {
        return trueLiterals[c] > 0;
    }

    private static int code(int lit) {
        return lit > 0 ? 2 * lit : -2 * lit + 1;
    }

    private void watch(int lit, int clause) {
        int k = code(lit);
        int[] list = watches[k];
        if (list == null) {
            list = new int[4];
            watches[k] = list;
        } else if (watchCount[k] == list.length) {
            list = Arrays.copyOf(list, list.length * 2);
            watches[k] = list;
        }
        list[watchCount[k]++] = clause;
    }

    /** 1 if the literal is true, -1 if false, 0 if unassigned. */
    int litValue(int lit) {
        return lit > 0 ? value[lit] : -value[-lit];
    }

    /** Assigns a literal at the current level with the given reason clause. */
    void assign(int lit, int why) {
        int v = Math.abs(lit);
        value[v] = (byte) (lit > 0 ? 1 : -1);
        level[v] = decisionLevel;
        reason[v] = why;
        trail[trailSize++] = lit;
        for (int c : literalOccurrences[code(lit)]) {
            trueLiterals[c]++;
        }
    }

    /** Opens a new decision level and assigns the decision literal there. */
    void decide(int lit) {
        decisionLevel++;
        if (decisionLevel == levelStart.length) {
            levelStart = Arrays.copyOf(levelStart, levelStart.length * 2);
        }
        levelStart[decisionLevel] = trailSize;
        assign(lit, NO_REASON);
    }

    /** Trail position where the current decision level starts. */
    int currentLevelStart() {
        return levelStart[decisionLevel];
    }

    /** Undoes every assignment above {@code target} and makes it the current level. */
    void backtrack(int target) {
        if (target >= decisionLevel) {
            return;
        }
        int stop = levelStart[target + 1];
        for (int i = trailSize - 1; i >= stop; i--) {
            int lit = trail[i];
            value[Math.abs(lit)] = 0;
            for (int c : literalOccurrences[code(lit)]) {
                trueLiterals[c]--;
            }
        }
        trailSize = stop;
        queueHead = stop;
        decisionLevel = target;
    }

    /** Propagates all pending assignments; returns a falsified clause id or NO_CONFLICT. */
    int propagate() {
        while (queueHead < trailSize) {
            int falseLit = -trail[queueHead++];
            int k = code(falseLit);
            int[] list = watches[k];
            int n = watchCount[k];
            int i = 0;
            int j = 0;
            while (i < n) {
                int cid = list[i++];
                int[] c = clauses[cid];
                if (c[0] == falseLit) {
                    c[0] = c[1];
                    c[1] = falseLit;
                }
                int first = c[0];
                if (litValue(first) == 1) {
                    list[j++] = cid;
                    continue;
                }
                boolean moved = false;
                for (int p = 2; p < c.length; p++) {
                    if (litValue(c[p]) != -1) {
                        c[1] = c[p];
                        c[p] = falseLit;
                        watch(c[1], cid);
                        moved = true;
                        break;
                    }
                }
                if (moved) {
                    continue;
                }
                list[j++] = cid;
                if (litValue(first) == -1) {
                    while (i < n) {
                        list[j++] = list[i++];
                    }
                    watchCount[k] = j;
                    queueHead = trailSize;
                    return cid;
                }
                assign(first, cid);
            }
            watchCount[k] = j;
        }
        return NO_CONFLICT;
    }

    /**
     * Analyses a conflict at the current level (first unique implication point), bumps the
     * activity of the variables involved and adds the learned clause for future propagation. The
     * caller backtracks afterwards; the learned clause is not asserted here.
     */
    void learnFrom(int conflict) {
        conflicts++;
        int[] learnt = new int[8];
        int size = 1;
        int pathCount = 0;
        int resolvedVar = 0;
        int index = trailSize - 1;
        int clause = conflict;
        int uip;
        while (true) {
            for (int lit : clauses[clause]) {
                int v = Math.abs(lit);
                if (v == resolvedVar || seen[v] || level[v] == 0) {
                    continue;
                }
                seen[v] = true;
                bump(v);
                if (level[v] == decisionLevel) {
                    pathCount++;
                } else {
                    if (size == learnt.length) {
                        learnt = Arrays.copyOf(learnt, size * 2);
                    }
                    learnt[size++] = lit;
                }
            }
            while (!seen[Math.abs(trail[index])]) {
                index--;
            }
            uip = trail[index];
            resolvedVar = Math.abs(uip);
            index--;
            seen[resolvedVar] = false;
            pathCount--;
            if (pathCount == 0) {
                break;
            }
            clause = reason[resolvedVar];
        }
        learnt[0] = -uip;
        for (int i = 1; i < size; i++) {
            seen[Math.abs(learnt[i])] = false;
        }
        activityIncrement *= 1.05;
        if (size >= 2) {
            int best = 1;
            for (int i = 2; i < size; i++) {
                if (level[Math.abs(learnt[i])] > level[Math.abs(learnt[best])]) {
                    best = i;
                }
            }
            int t = learnt[1];
            learnt[1] = learnt[best];
            learnt[best] = t;
            addLearned(Arrays.copyOf(learnt, size));
        }
    }

    /** Number of learned clauses currently kept. */
    int learnedCount() {
        return clauseCount - originalCount;
    }

    /**
     * Forgets the older half of the learned clauses, keeping those that are the reason of a
     * current assignment, and rebuilds the watch lists. Call only between propagations.
     */
    void reduceLearned() {
        int learned = learnedCount();
        int keepFrom = originalCount + learned / 2;
        boolean[] locked = new boolean[learned];
        for (int i = 0; i < trailSize; i++) {
            int r = reason[Math.abs(trail[i])];
            if (r >= originalCount) {
                locked[r - originalCount] = true;
            }
        }
        int[] newId = new int[learned];
        int next = originalCount;
        for (int c = originalCount; c < clauseCount; c++) {
            if (c >= keepFrom || locked[c - originalCount]) {
                newId[c - originalCount] = next;
                clauses[next++] = clauses[c];
            } else {
                newId[c - originalCount] = -1;
            }
        }
        Arrays.fill(clauses, next, clauseCount, null);
        clauseCount = next;
        for (int i = 0; i < trailSize; i++) {
            int v = Math.abs(trail[i]);
            if (reason[v] >= originalCount) {
                reason[v] = newId[reason[v] - originalCount];
            }
        }
        Arrays.fill(watchCount, 0);
        for (int c = 0; c < clauseCount; c++) {
            watch(clauses[c][0], c);
            watch(clauses[c][1], c);
        }
    }

    private void addLearned(int[] clause) {
        if (clauseCount == clauses.length) {
            clauses = Arrays.copyOf(clauses, clauses.length * 2);
        }
        clauses[clauseCount] = clause;
        watch(clause[0], clauseCount);
        watch(clause[1], clauseCount);
        clauseCount++;
    }

    private void bump(int v) {
        activity[v] += activityIncrement;
        if (activity[v] > 1e100) {
            for (int i = 1; i <= numVars; i++) {
                activity[i] *= 1e-100;
            }
            activityIncrement *= 1e-100;
        }
    }
}
