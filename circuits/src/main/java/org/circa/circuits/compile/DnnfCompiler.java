package org.circa.circuits.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.circa.circuits.CircuitBuilder;

/**
 * Compiles a CNF into an equivalent decision-DNNF circuit, top-down in the manner of c2d, dsharp
 * and d4: unit propagation with watched literals, first-UIP clause learning, dynamic
 * decomposition into independent components, a component cache with compact keys, and a
 * branching rule favouring variables frequent in both polarities within the current component
 * (plus conflict activity), so that both branches satisfy many clauses and the component falls
 * apart early.
 *
 * <p>Immutable and thread-safe: every {@link #compile} call has its own search state, so one
 * compiler may serve several threads, each with its own {@link CircuitBuilder} (builders are not
 * thread-safe). The search runs on a helper thread with a large stack, so deep formulas do not
 * overflow the caller's stack. With {@link CompileOptions#threads()} above one, a formula of at
 * least {@value CubeCompiler#MIN_VARIABLES} variables without defined variables is split into
 * cubes on its most frequent variables, compiled by that many workers (see {@link CubeCompiler}).
 */
public final class DnnfCompiler {
    private static final long STACK_BYTES = 512L << 20;
    private final CompileOptions options;

    /** A compiler with the given budgets and progress listener. */
    public DnnfCompiler(CompileOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** A compiler with {@link CompileOptions#defaults()}. */
    public DnnfCompiler() {
        this(CompileOptions.defaults());
    }

    /** The options of this compiler. */
    public CompileOptions options() {
        return options;
    }

    /**
     * Compiles {@code cnf} into {@code builder} and returns the root node: a deterministic,
     * decomposable circuit over variables {@code 1..cnf.numVars()} whose models are those of the
     * CNF. It is not smooth: a variable left unconstrained in a branch is absent there, so count
     * with {@link ModelCounter} or use weights with {@code w(v) + w(-v) = 1}. An unsatisfiable CNF
     * gives the builder's false node, a CNF without clauses its true node.
     *
     * @throws CompilationLimitException when the time, node or memory budget is exceeded (the
     *     builder may then hold unreachable nodes)
     */
    public int compile(Cnf cnf, CircuitBuilder builder) {
        return compile(cnf, DefinedVariables.none(), builder);
    }

    /**
     * Compiles {@code cnf} as {@link #compile(Cnf, CircuitBuilder)} does, branching on its input
     * variables first (see {@link DefinedVariables}) and leaving out the literals of its defined
     * variables except the kept ones: the
     * circuit's weighted count equals the CNF's for weights that give both literals of every
     * omitted variable weight one.
     */
    public int compile(Cnf cnf, DefinedVariables defined, CircuitBuilder builder) {
        Objects.requireNonNull(cnf, "cnf");
        Objects.requireNonNull(defined, "defined");
        Objects.requireNonNull(builder, "builder");
        CompileBudget budget = new CompileBudget(options);
        int root;
        if (CubeCompiler.applies(cnf, defined, options.threads())) {
            root = new CubeCompiler(cnf, builder, budget, options.threads()).compile();
        } else {
            CompileRun run = new CompileRun(cnf, defined, builder, budget, CompileRun.defaultCache(),
                    10_000 + cnf.clauseCount());
            int[] result = new int[1];
            runAll(List.of(() -> result[0] = run.run()), budget);
            root = result[0];
        }
        budget.reportFinal();
        return root;
    }

    /**
     * Runs each task on its own thread with a large stack and waits for all; the first failure
     * aborts the others and is rethrown, with running out of heap or stack turned into a
     * {@link CompilationLimitException}. An interrupt of the caller aborts the compilation.
     */
    static void runAll(List<Runnable> tasks, CompileBudget budget) {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> workers = new ArrayList<>();
        for (Runnable task : tasks) {
            workers.add(new Thread(null, () -> {
                try {
                    task.run();
                } catch (OutOfMemoryError e) {
                    fail(failure, budget, new CompilationLimitException("compilation ran out of memory; give the"
                            + " JVM more memory (-Xmx) or lower the node limit"));
                } catch (StackOverflowError e) {
                    fail(failure, budget, new CompilationLimitException("compilation recursed deeper than its "
                            + (STACK_BYTES >> 20) + " MB stack allows; the formula needs a shallower"
                            + " decomposition"));
                } catch (Throwable e) {
                    fail(failure, budget, e);
                }
            }, "circa-dnnf-compiler-" + workers.size(), STACK_BYTES));
        }
        workers.forEach(Thread::start);
        boolean interrupted = false;
        for (Thread worker : workers) {
            while (true) {
                try {
                    worker.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                    budget.abort();
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
        if (t != null) {
            throw new IllegalStateException(t);
        }
    }

    /** Records the first failure and stops the other workers. */
    private static void fail(AtomicReference<Throwable> failure, CompileBudget budget, Throwable t) {
        failure.compareAndSet(null, t);
        budget.abort();
    }
}
