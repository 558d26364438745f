package org.circa.circuits.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.circa.circuits.CircuitBuilder;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;

/**
 * Parallel compilation by cube and conquer: the formula is split on its most frequent variables
 * into cubes (all sign combinations of those variables), worker threads compile the formula under
 * each cube with their own builder and component cache, and the results are joined under one OR.
 * Each cube's circuit conjoins the cube's literals at its top, so the OR is a decision node
 * (every two children hold complementary literals) and the whole stays a decision-DNNF. Mutable,
 * single use.
 */
final class CubeCompiler {
    /** Formulas with fewer variables are compiled by one thread: splitting would cost more than it saves. */
    static final int MIN_VARIABLES = 40;
    private final Cnf cnf;
    private final CircuitBuilder builder;
    private final CompileBudget budget;
    private final int threads;

    CubeCompiler(Cnf cnf, CircuitBuilder builder, CompileBudget budget, int threads) {
        this.cnf = cnf;
        this.builder = builder;
        this.budget = budget;
        this.threads = threads;
    }

    /** Whether a formula is worth compiling in parallel: several threads, no defined variables, enough variables. */
    static boolean applies(Cnf cnf, DefinedVariables defined, int threads) {
        return threads > 1 && defined.inputCount() >= cnf.numVars() && cnf.numVars() >= MIN_VARIABLES;
    }

    /**
     * The {@code k} variables with the most occurrences, ties going to the one most balanced
     * between its polarities, then to the lower number; fewer when fewer variables occur at all
     * (splitting on a variable without occurrences would only compile the same formula twice).
     */
    static int[] cubeVariables(Cnf cnf, int k) {
        int n = cnf.numVars();
        long[] positive = new long[n + 1];
        long[] negative = new long[n + 1];
        for (int[] clause : cnf.clauses()) {
            for (int lit : clause) {
                if (lit > 0) {
                    positive[lit]++;
                } else {
                    negative[-lit]++;
                }
            }
        }
        Integer[] order = new Integer[n];
        for (int v = 1; v <= n; v++) {
            order[v - 1] = v;
        }
        java.util.Arrays.sort(order, (a, b) -> {
            int byCount = Long.compare(positive[b] + negative[b], positive[a] + negative[a]);
            if (byCount != 0) {
                return byCount;
            }
            int byBalance = Long.compare(positive[b] * negative[b], positive[a] * negative[a]);
            return byBalance != 0 ? byBalance : Integer.compare(a, b);
        });
        int m = 0;
        while (m < Math.min(k, n) && positive[order[m]] + negative[order[m]] > 0) {
            m++;
        }
        int[] chosen = new int[m];
        for (int i = 0; i < m; i++) {
            chosen[i] = order[i];
        }
        return chosen;
    }

    /** The unit clauses of cube {@code index}: bit i of the index gives the sign of {@code vars[i]}. */
    static int[] cube(int[] vars, int index) {
        int[] lits = new int[vars.length];
        for (int i = 0; i < vars.length; i++) {
            lits[i] = ((index >>> i) & 1) == 0 ? vars[i] : -vars[i];
        }
        return lits;
    }

    /**
     * The number of cube variables for a thread count: eight cubes per thread, rounded up to a
     * power of two (on random 3-CNF with 80 variables and 2 threads, 16 cubes balanced the
     * workers better than 8, and 32 gained nothing more).
     */
    static int depth(int threads) {
        return 32 - Integer.numberOfLeadingZeros(threads - 1) + 3;
    }

    /** Compiles the cubes on worker threads and returns the joined root. */
    int compile() {
        int[] vars = cubeVariables(cnf, depth(threads));
        int cubes = 1 << vars.length;
        AtomicInteger next = new AtomicInteger();
        int[] roots = new int[cubes];
        CircuitBuilder[] builders = new CircuitBuilder[threads];
        IntArrayList[] compiledBy = new IntArrayList[threads];
        List<Runnable> workers = new ArrayList<>();
        long cacheBytes = Runtime.getRuntime().maxMemory() / 4 / threads;
        for (int w = 0; w < threads; w++) {
            int worker = w;
            builders[w] = new CircuitBuilder();
            compiledBy[w] = new IntArrayList();
            workers.add(() -> {
                ComponentCache cache = new ComponentCache(cacheBytes);
                for (int i = next.getAndIncrement(); i < cubes; i = next.getAndIncrement()) {
                    List<int[]> clauses = new ArrayList<>(cnf.clauses());
                    for (int lit : cube(vars, i)) {
                        clauses.add(new int[] {lit});
                    }
                    Cnf conditioned = new Cnf(cnf.numVars(), clauses);
                    CompileRun run = new CompileRun(conditioned, DefinedVariables.none(), builders[worker], budget, cache,
                            10_000 + cnf.clauseCount());
                    roots[i] = run.run();
                    compiledBy[worker].add(i);
                }
            });
        }
        DnnfCompiler.runAll(workers, budget);
        builder.declareVars(cnf.numVars());
        int[] joined = new int[cubes];
        for (int w = 0; w < threads; w++) {
            int[] mine = compiledBy[w].toArray();
            int[] local = new int[mine.length];
            for (int j = 0; j < mine.length; j++) {
                local[j] = roots[mine[j]];
            }
            int[] here = builder.append(builders[w], local);
            for (int j = 0; j < mine.length; j++) {
                joined[mine[j]] = here[j];
            }
            builders[w] = null;
        }
        return builder.or(joined);
    }
}
