package org.circa.circuits.compile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.circa.circuits.CircuitBuilder;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;

/**
 * One compilation of a CNF into a decision-DNNF: the recursive top-down search with component
 * caching, on top of {@link SearchState} and {@link ComponentSplitter}. Mutable, single use, not
 * thread-safe.
 */
final class CompileRun {
    private static final long CHECK_EVERY = 256;

    private final int numVars;
    private final CircuitBuilder builder;
    private final CompileOptions options;
    private final CompileBudget budget;
    /** Branching ranks from an elimination order, for {@link Branching#DECOMPOSITION}; else null. */
    private final int[] rank;
    private final int learnedLimit;
    /** Variables 1..inputCount are inputs; later ones are defined by them. */
    private final int inputCount;
    /** Per variable, whether its literals go into the circuit. */
    private final boolean[] emitted;
    private final List<int[]> originalClauses = new ArrayList<>();
    private final IntArrayList unitLiterals = new IntArrayList();
    private boolean triviallyFalse;
    private SearchState state;
    private ComponentSplitter splitter;
    private final ComponentCache cache;
    private int[] inComponent;
    private int[] literalNodes;
    private final ComponentKey keyEncoder = new ComponentKey();
    private int[] positives;
    private int[] negatives;
    private int stamp;
    private long decisions;
    private long calls;
    private long reductions;
    /** Counts already charged to the budget. */
    private long chargedNodes;
    private long chargedDecisions;
    private long chargedConflicts;
    private long chargedHits;
    private long chargedEntries;

    /** A run with its own budget and a component cache of a quarter of the heap. */
    CompileRun(Cnf cnf, DefinedVariables defined, CircuitBuilder builder, CompileOptions options) {
        this(cnf, defined, builder, new CompileBudget(options), defaultCache(), 10_000 + cnf.clauseCount());
    }

    /** A run with its own budget that halves its learned clauses when there are more than {@code learnedLimit}. */
    CompileRun(Cnf cnf, DefinedVariables defined, CircuitBuilder builder, CompileOptions options, int learnedLimit) {
        this(cnf, defined, builder, new CompileBudget(options), defaultCache(), learnedLimit);
    }

    /**
     * A run charging its work to a shared {@code budget} and caching components in {@code cache},
     * which may hold results of earlier runs over the same original clauses into the same builder
     * (a cached result depends only on the residual formula its key names).
     */
    CompileRun(Cnf cnf, DefinedVariables defined, CircuitBuilder builder, CompileBudget budget, ComponentCache cache,
            int learnedLimit) {
        this.budget = budget;
        this.cache = cache;
        CompileOptions options = budget.options();
        this.learnedLimit = learnedLimit;
        this.numVars = cnf.numVars();
        this.inputCount = Math.min(numVars, defined.inputCount());
        this.emitted = defined.emitted(numVars);
        this.rank = options.branching() == Branching.DECOMPOSITION ? EliminationOrder.ranks(cnf) : null;
        this.builder = builder;
        this.options = options;
        for (int[] clause : cnf.clauses()) {
            addNormalized(clause);
        }
    }

    /** Drops duplicate literals and tautologies; sorts units and empty clauses out. */
    private void addNormalized(int[] clause) {
        int[] lits = clause.clone();
        Arrays.sort(lits);
        int m = 0;
        for (int lit : lits) {
            if (m > 0 && lits[m - 1] == lit) {
                continue;
            }
            lits[m++] = lit;
        }
        for (int i = 0; i < m; i++) {
            if (Arrays.binarySearch(lits, 0, m, -lits[i]) >= 0) {
                return;
            }
        }
        if (m == 0) {
            triviallyFalse = true;
        } else if (m == 1) {
            unitLiterals.add(lits[0]);
        } else {
            originalClauses.add(Arrays.copyOf(lits, m));
        }
    }

    /** A component cache bounded by a quarter of the heap. */
    static ComponentCache defaultCache() {
        return new ComponentCache(Runtime.getRuntime().maxMemory() / 4);
    }

    /** Runs the compilation; returns the root node in the builder. */
    int run() {
        chargedNodes = builder.size();
        chargedEntries = cache.size();
        chargedHits = cache.hits;
        int root = search();
        chargeBudget(false);
        return root;
    }

    private int search() {
        builder.declareVars(numVars);
        if (triviallyFalse) {
            return builder.falseNode();
        }
        int[][] original = originalClauses.toArray(new int[0][]);
        state = new SearchState(numVars, original);
        splitter = new ComponentSplitter(state, original);
        inComponent = new int[numVars + 1];
        literalNodes = new int[2 * numVars + 2];
        positives = new int[numVars + 1];
        negatives = new int[numVars + 1];
        for (int i = 0; i < unitLiterals.size(); i++) {
            int lit = unitLiterals.get(i);
            int current = state.litValue(lit);
            if (current == -1) {
                return builder.falseNode();
            }
            if (current == 0) {
                state.assign(lit, SearchState.NO_REASON);
            }
        }
        if (state.propagate() != SearchState.NO_CONFLICT) {
            return builder.falseNode();
        }
        IntArrayList nodes = new IntArrayList();
        for (int i = 0; i < state.trailSize; i++) {
            if (emitted[Math.abs(state.trail[i])]) {
                nodes.add(literalNode(state.trail[i]));
            }
        }
        int[] allVars = new int[numVars];
        for (int v = 1; v <= numVars; v++) {
            allVars[v - 1] = v;
        }
        int[] allClauses = new int[original.length];
        for (int c = 0; c < original.length; c++) {
            allClauses[c] = c;
        }
        for (Component part : splitter.split(allVars, allClauses)) {
            int node = compileComponent(part);
            if (node == builder.falseNode()) {
                return node;
            }
            nodes.add(node);
        }
        return builder.and(nodes);
    }

    private int compileComponent(Component component) {
        int length = keyEncoder.encode(component);
        int cached = cache.get(keyEncoder.buffer(), length);
        if (cached >= 0) {
            return cached;
        }
        byte[] key = Arrays.copyOf(keyEncoder.buffer(), length);
        if (++calls % CHECK_EVERY == 0) {
            chargeBudget(true);
        }
        if (state.learnedCount() > learnedLimit) {
            state.reduceLearned();
            reductions++;
        }
        int first = pickBranchLiteral(component);
        int a = branch(component, first);
        int b = branch(component, -first);
        int node = builder.or(a, b);
        cache.put(key, node);
        return node;
    }

    private int branch(Component component, int decision) {
        int level = state.decisionLevel;
        decisions++;
        state.decide(decision);
        int conflict = state.propagate();
        int result;
        if (conflict != SearchState.NO_CONFLICT) {
            state.learnFrom(conflict);
            result = builder.falseNode();
        } else {
            result = compileBranch(component);
        }
        state.backtrack(level);
        return result;
    }

    /**
     * The conjunction of the literals implied at this level (those of emitted variables) and the
     * compiled sub-components.
     */
    private int compileBranch(Component component) {
        int mark = nextStamp();
        for (int v : component.vars()) {
            inComponent[v] = mark;
        }
        int from = state.currentLevelStart();
        int implied = 0;
        for (int i = from; i < state.trailSize; i++) {
            int v = Math.abs(state.trail[i]);
            if (inComponent[v] == mark && emitted[v]) {
                implied++;
            }
        }
        List<Component> parts = splitter.split(component.vars(), component.clauses());
        int[] nodes = new int[implied + parts.size()];
        int k = 0;
        for (int i = from; i < state.trailSize; i++) {
            int lit = state.trail[i];
            int v = Math.abs(lit);
            if (inComponent[v] == mark && emitted[v]) {
                nodes[k++] = lit;
            }
        }
        long cacheMark = cache.mark();
        for (Component part : parts) {
            int node = compileComponent(part);
            if (node == builder.falseNode()) {
                cache.rollback(cacheMark);
                return node;
            }
            nodes[k++] = node;
        }
        for (int i = 0; i < implied; i++) {
            nodes[i] = literalNode(nodes[i]);
        }
        return builder.and(nodes);
    }

    /** The builder node of a literal, made once per run. */
    private int literalNode(int lit) {
        int index = lit > 0 ? 2 * lit : -2 * lit + 1;
        int node = literalNodes[index];
        if (node == 0) {
            node = builder.literal(lit);
            literalNodes[index] = node;
        }
        return node;
    }

    /**
     * A literal to branch on. The balanced rule takes the component's variable with the most
     * occurrences {@code p + n} in the component's clauses (p positive, n negative), ties going
     * to the larger {@code p·n} (the most balanced), then to conflict activity, then to a
     * pseudo-random variable: frequent variables satisfy or shorten many clauses in both branches,
     * so the component falls apart sooner. (Ranking by {@code p·n} first, as this rule did before,
     * made 1.6× the decisions on random 3-CNF with 60 variables and 6.3× on one with 80.) The
     * occurrence rule maximises {@code p + n} plus activity, ties to the lowest variable. The
     * more frequent polarity goes first. Under the occurrence rules only input variables are
     * candidates while the component has any; decomposition ranks come from the whole CNF's
     * elimination order and may pick a defined variable (restricting them to inputs made the
     * undirected 4×4 grid take 17 M decisions without finishing).
     */
    private int pickBranchLiteral(Component component) {
        int[] vars = options.branching() == Branching.DECOMPOSITION ? component.vars() : inputPrefix(component.vars());
        for (int v : vars) {
            positives[v] = 0;
            negatives[v] = 0;
        }
        for (int c : component.clauses()) {
            for (int lit : state.clauses[c]) {
                if (lit > 0) {
                    positives[lit]++;
                } else {
                    negatives[-lit]++;
                }
            }
        }
        int best = vars[0];
        double bestScore = Double.NEGATIVE_INFINITY;
        if (options.branching() == Branching.DECOMPOSITION) {
            for (int v : vars) {
                double score = rank[v] + state.activity[v] * 1e-3;
                if (score > bestScore) {
                    bestScore = score;
                    best = v;
                }
            }
            return positives[best] >= negatives[best] ? best : -best;
        }
        if (options.branching() == Branching.OCCURRENCES) {
            for (int v : vars) {
                double score = positives[v] + negatives[v] + state.activity[v];
                if (score > bestScore) {
                    bestScore = score;
                    best = v;
                }
            }
            return positives[best] >= negatives[best] ? best : -best;
        }
        long bestCount = -1;
        long bestBalance = -1;
        for (int v : vars) {
            long count = positives[v] + negatives[v];
            long balance = (long) positives[v] * negatives[v];
            double score = state.activity[v] + tieBreak(v);
            if (count > bestCount || count == bestCount && (balance > bestBalance
                    || balance == bestBalance && score > bestScore)) {
                bestCount = count;
                bestBalance = balance;
                bestScore = score;
                best = v;
            }
        }
        return positives[best] >= negatives[best] ? best : -best;
    }

    /** The input variables among sorted {@code vars} (all of them when there are none). */
    private int[] inputPrefix(int[] vars) {
        if (vars[vars.length - 1] <= inputCount || vars[0] > inputCount) {
            return vars;
        }
        int m = 1;
        while (vars[m] <= inputCount) {
            m++;
        }
        return Arrays.copyOf(vars, m);
    }

    /**
     * A fixed pseudo-random fraction below 1/2 per variable, so that ties fall on scattered
     * variables: on chain-like formulas this splits at random points and keeps the search depth
     * logarithmic instead of linear.
     */
    private static double tieBreak(int v) {
        int h = v * 0x9E3779B9;
        h ^= h >>> 15;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        return (h & 0xFFFF) / 131072.0;
    }

    private int nextStamp() {
        if (stamp == Integer.MAX_VALUE) {
            Arrays.fill(inComponent, 0);
            stamp = 0;
        }
        return ++stamp;
    }

    /** How many times the learned clauses were halved. */
    long learnedReductions() {
        return reductions;
    }

    /** Asks the search to stop at its next budget check. */
    void abort() {
        budget.abort();
    }

    /**
     * Charges the work since the last charge to the budget; with {@code check}, the budget throws
     * when one of its limits is exceeded (a finished search is only recorded).
     */
    private void chargeBudget(boolean check) {
        long nodes = builder.size();
        long conflicts = state == null ? 0 : state.conflicts;
        long entries = cache.size();
        long hits = cache.hits;
        long newNodes = nodes - chargedNodes;
        long newDecisions = decisions - chargedDecisions;
        long newConflicts = conflicts - chargedConflicts;
        long newHits = hits - chargedHits;
        long newEntries = entries - chargedEntries;
        chargedNodes = nodes;
        chargedDecisions = decisions;
        chargedConflicts = conflicts;
        chargedHits = hits;
        chargedEntries = entries;
        if (check) {
            budget.charge(newNodes, newDecisions, newConflicts, newHits, newEntries);
        } else {
            budget.record(newNodes, newDecisions, newConflicts, newHits, newEntries);
        }
    }
}
