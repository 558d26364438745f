package org.circa.circuits.bdd;

import java.util.Arrays;
import org.circa.circuits.CircuitBuilder;
import java.time.Duration;
import org.circa.circuits.compile.CompilationLimitException;
import org.circa.circuits.compile.CompileProgress;
import org.circa.circuits.compile.ProgressListener;

/**
 * A manager of reduced ordered BDDs over variables {@code 1..numVars} in a fixed order: nodes are
 * ints ({@link #FALSE}, {@link #TRUE} or an internal node), unique by (variable, low, high) in a
 * hash table, combined by {@link #and}, {@link #or} and {@link #not} with a lossy computed cache.
 * A node budget (on the nodes not yet collected) and a deadline abort with
 * {@link CompilationLimitException}; {@link #collectGarbage} frees the nodes that given roots no
 * longer reach, between operations. Mutable, not thread-safe.
 */
public final class Bdd {
    /** The constant false. */
    public static final int FALSE = 0;
    /** The constant true. */
    public static final int TRUE = 1;
    private static final int OP_AND = 0;
    private static final int OP_OR = 1;
    private static final int OP_NOT = 2;
    private static final int TERMINAL_LEVEL = Integer.MAX_VALUE;
    /** The level of a collected node, whose low field links the free list. */
    private static final int FREE_LEVEL = -1;

    private final int[] levelOfVar;
    private final long nodeBudget;
    private final long deadlineNanos;
    private final ProgressListener progress;
    private final long startNanos = System.nanoTime();
    private long lastReportNanos = startNanos;
    private int[] level = new int[1024];
    private int[] var = new int[1024];
    private int[] low = new int[1024];
    private int[] high = new int[1024];
    private int size = 2;
    private int freeHead = -1;
    private int freeCount;
    private int[] table = new int[2048];
    private final int[] cacheKeyA;
    private final int[] cacheKeyB;
    private final int[] cacheResult;
    private long operations;

    /**
     * A manager whose order puts variable {@code order[0]} on top, then {@code order[1]}, and so on
     * (every variable 1..numVars must appear once), allowed {@code nodeBudget} nodes until
     * {@code deadlineNanos} of {@link System#nanoTime()}.
     */
    public Bdd(int numVars, int[] order, long nodeBudget, long deadlineNanos) {
        this(numVars, order, nodeBudget, deadlineNanos, ProgressListener.NONE);
    }

    /** {@link #Bdd(int, int[], long, long)} reporting its node count to {@code progress} about once a second. */
    public Bdd(int numVars, int[] order, long nodeBudget, long deadlineNanos, ProgressListener progress) {
        this.progress = progress;
        levelOfVar = new int[numVars + 1];
        Arrays.fill(levelOfVar, -1);
        for (int i = 0; i < order.length; i++) {
            int v = order[i];
            if (v < 1 || v > numVars || levelOfVar[v] >= 0) {
                throw new IllegalArgumentException("order must list each variable 1.." + numVars + " once; bad entry " + v);
            }
            levelOfVar[v] = i;
        }
        if (order.length != numVars) {
            throw new IllegalArgumentException("order lists " + order.length + " of " + numVars + " variables");
        }
        this.nodeBudget = nodeBudget;
        this.deadlineNanos = deadlineNanos;
        level[FALSE] = TERMINAL_LEVEL;
        level[TRUE] = TERMINAL_LEVEL;
        Arrays.fill(table, -1);
        int cacheSize = 1 << 20;
        cacheKeyA = new int[cacheSize];
        cacheKeyB = new int[cacheSize];
        cacheResult = new int[cacheSize];
        Arrays.fill(cacheResult, -1);
    }

    /** One more than the largest node id made so far (the two terminals included): the size of a {@link #newMemo}. */
    public int size() {
        return size;
    }

    /** Number of nodes not collected, the two terminals included. */
    public int live() {
        return size - freeCount;
    }

    /**
     * Frees every node that none of {@code roots} reaches, for reuse by later operations, and
     * empties the computed cache. Call it between operations only: the nodes an operation in
     * progress holds are not among the roots.
     */
    public void collectGarbage(int[] roots) {
        java.util.BitSet reached = new java.util.BitSet(size);
        int[] stack = new int[Math.max(16, roots.length)];
        int top = 0;
        for (int r : roots) {
            if (r > TRUE && !reached.get(r)) {
                reached.set(r);
                stack[top++] = r;
            }
        }
        while (top > 0) {
            int n = stack[--top];
            if (top + 2 > stack.length) {
                stack = Arrays.copyOf(stack, 2 * stack.length);
            }
            if (low[n] > TRUE && !reached.get(low[n])) {
                reached.set(low[n]);
                stack[top++] = low[n];
            }
            if (high[n] > TRUE && !reached.get(high[n])) {
                reached.set(high[n]);
                stack[top++] = high[n];
            }
        }
        for (int n = 2; n < size; n++) {
            if (level[n] != FREE_LEVEL && !reached.get(n)) {
                level[n] = FREE_LEVEL;
                low[n] = freeHead;
                freeHead = n;
                freeCount++;
            }
        }
        rebuildTable(table.length);
        Arrays.fill(cacheResult, -1);
    }

    /** The BDD of the positive literal of variable v. */
    public int variable(int v) {
        return make(levelOfVar[v], v, FALSE, TRUE);
    }

    /** The conjunction of a and b. */
    public int and(int a, int b) {
        if (a == FALSE || b == FALSE) {
            return FALSE;
        }
        if (a == TRUE || a == b) {
            return b;
        }
        if (b == TRUE) {
            return a;
        }
        return binary(OP_AND, Math.min(a, b), Math.max(a, b));
    }

    /** The disjunction of a and b. */
    public int or(int a, int b) {
        if (a == TRUE || b == TRUE) {
            return TRUE;
        }
        if (a == FALSE || a == b) {
            return b;
        }
        if (b == FALSE) {
            return a;
        }
        return binary(OP_OR, Math.min(a, b), Math.max(a, b));
    }

    /** The negation of a. */
    public int not(int a) {
        if (a <= TRUE) {
            return 1 - a;
        }
        int slot = cacheSlot(OP_NOT, a, a);
        if (cacheResult[slot] >= 0 && cacheKeyA[slot] == (a << 2 | OP_NOT) && cacheKeyB[slot] == a) {
            return cacheResult[slot];
        }
        int r = make(level[a], var[a], not(low[a]), not(high[a]));
        remember(slot, OP_NOT, a, a, r);
        return r;
    }

    private int binary(int op, int a, int b) {
        int slot = cacheSlot(op, a, b);
        if (cacheResult[slot] >= 0 && cacheKeyA[slot] == (a << 2 | op) && cacheKeyB[slot] == b) {
            return cacheResult[slot];
        }
        if ((++operations & 0xFFFF) == 0) {
            checkClock(); // here, not only where nodes are made: an apply may find every node it needs
        }
        int top = Math.min(level[a], level[b]);
        int v = level[a] == top ? var[a] : var[b];
        int a0 = level[a] == top ? low[a] : a;
        int a1 = level[a] == top ? high[a] : a;
        int b0 = level[b] == top ? low[b] : b;
        int b1 = level[b] == top ? high[b] : b;
        int r = op == OP_AND ? make(top, v, and(a0, b0), and(a1, b1)) : make(top, v, or(a0, b0), or(a1, b1));
        remember(slot, op, a, b, r);
        return r;
    }

    private int cacheSlot(int op, int a, int b) {
        int h = (a * 0x9E3779B1 + b) * 0x85EBCA6B + op;
        h ^= h >>> 15;
        return h & (cacheResult.length - 1);
    }

    private void remember(int slot, int op, int a, int b, int r) {
        cacheKeyA[slot] = a << 2 | op;
        cacheKeyB[slot] = b;
        cacheResult[slot] = r;
    }

    /** The unique node (variable v at level lv, low l, high h), or l when l == h. */
    private int make(int lv, int v, int l, int h) {
        if (l == h) {
            return l;
        }
        int mask = table.length - 1;
        int i = hash(v, l, h) & mask;
        for (int n = table[i]; n >= 0; n = table[i]) {
            if (var[n] == v && low[n] == l && high[n] == h) {
                return n;
            }
            i = (i + 1) & mask;
        }
        if (live() >= nodeBudget) {
            throw new CompilationLimitException("BDD construction exceeded its budget of " + nodeBudget + " nodes");
        }
        int n;
        if (freeHead >= 0) {
            n = freeHead;
            freeHead = low[n];
            freeCount--;
        } else {
            if (size == var.length) {
                int grown = size * 2;
                level = Arrays.copyOf(level, grown);
                var = Arrays.copyOf(var, grown);
                low = Arrays.copyOf(low, grown);
                high = Arrays.copyOf(high, grown);
            }
            n = size++;
        }
        level[n] = lv;
        var[n] = v;
        low[n] = l;
        high[n] = h;
        table[i] = n;
        if (2 * live() > table.length) {
            rebuildTable(table.length * 2);
        }
        return n;
    }

    private void checkClock() {
        long now = System.nanoTime();
        if (now > deadlineNanos) {
            throw new CompilationLimitException("BDD construction exceeded its time budget (" + live() + " nodes)");
        }
        if (now - lastReportNanos >= 1_000_000_000L) {
            lastReportNanos = now;
            progress.onProgress(CompileProgress.ofBdd(Duration.ofNanos(now - startNanos), live()));
        }
    }

    private static int hash(int v, int l, int h) {
        int x = v * 0x9E3779B1 ^ l * 0x85EBCA6B ^ h * 0xC2B2AE35;
        return x ^ (x >>> 16);
    }

    private void rebuildTable(int length) {
        table = new int[length];
        Arrays.fill(table, -1);
        int mask = table.length - 1;
        for (int n = 2; n < size; n++) {
            if (level[n] == FREE_LEVEL) {
                continue;
            }
            int i = hash(var[n], low[n], high[n]) & mask;
            while (table[i] >= 0) {
                i = (i + 1) & mask;
            }
            table[i] = n;
        }
    }

    /**
     * Adds the BDD rooted at {@code root} to a circuit builder as a decision circuit (each node
     * becomes {@code x ∧ high ∨ ¬x ∧ low}: deterministic and decomposable, not smooth) and returns
     * the circuit node; {@code memo} (one entry per BDD node, filled with -1 initially) is shared
     * between calls on the same builder so that shared sub-diagrams are added once.
     */
    public int toCircuit(int root, CircuitBuilder builder, int[] memo) {
        if (root == FALSE) {
            return builder.falseNode();
        }
        if (root == TRUE) {
            return builder.trueNode();
        }
        if (memo[root] >= 0) {
            return memo[root];
        }
        int h = toCircuit(high[root], builder, memo);
        int l = toCircuit(low[root], builder, memo);
        int x = var[root];
        int node = builder.or(builder.and(builder.literal(x), h), builder.and(builder.literal(-x), l));
        memo[root] = node;
        return node;
    }

    /** A memo for {@link #toCircuit}: one -1 per node made so far. */
    public int[] newMemo() {
        int[] memo = new int[size];
        Arrays.fill(memo, -1);
        return memo;
    }
}
