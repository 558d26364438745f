package org.circa.circuits.compile;

import java.time.Duration;
import java.util.Objects;

/**
 * Budgets and progress reporting for one compilation. Immutable and thread-safe.
 *
 * @param timeBudget wall-clock time after which compilation aborts
 * @param nodeBudget number of circuit nodes the compilation may add to the builder
 * @param progress receives progress reports (use {@link ProgressListener#NONE} for none)
 * @param branching how branching variables are scored
 * @param decisionBudget number of branching decisions after which compilation aborts
 * @param threads worker threads for formulas without defined variables (see {@link DnnfCompiler})
 */
public record CompileOptions(Duration timeBudget, long nodeBudget, ProgressListener progress, Branching branching,
        long decisionBudget, int threads) {
    /** Default time budget: one hour. */
    public static final Duration DEFAULT_TIME_BUDGET = Duration.ofHours(1);
    /** Default node budget: twenty million nodes. */
    public static final long DEFAULT_NODE_BUDGET = 20_000_000L;

    /** Checks that the budgets are positive and the listener present. */
    public CompileOptions {
        Objects.requireNonNull(timeBudget, "timeBudget");
        Objects.requireNonNull(progress, "progress (use ProgressListener.NONE)");
        if (timeBudget.isNegative() || timeBudget.isZero()) {
            throw new IllegalArgumentException("time budget must be positive: " + timeBudget);
        }
        if (nodeBudget <= 0) {
            throw new IllegalArgumentException("node budget must be positive: " + nodeBudget);
        }
        if (decisionBudget <= 0) {
            throw new IllegalArgumentException("decision budget must be positive: " + decisionBudget);
        }
        if (threads <= 0) {
            throw new IllegalArgumentException("thread count must be positive: " + threads);
        }
    }

    /** Options with one thread. */
    public CompileOptions(Duration timeBudget, long nodeBudget, ProgressListener progress, Branching branching,
            long decisionBudget) {
        this(timeBudget, nodeBudget, progress, branching, decisionBudget, 1);
    }

    /** Options with no decision budget. */
    public CompileOptions(Duration timeBudget, long nodeBudget, ProgressListener progress, Branching branching) {
        this(timeBudget, nodeBudget, progress, branching, Long.MAX_VALUE);
    }

    /** Options with {@link Branching#BALANCED} branching. */
    public CompileOptions(Duration timeBudget, long nodeBudget, ProgressListener progress) {
        this(timeBudget, nodeBudget, progress, Branching.BALANCED);
    }

    /** The time budget in nanoseconds, saturated at a quarter of {@code Long.MAX_VALUE} for huge budgets. */
    public long timeBudgetNanos() {
        try {
            return Math.min(timeBudget.toNanos(), Long.MAX_VALUE / 4);
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE / 4;
        }
    }

    /** These options with another branching score. */
    public CompileOptions withBranching(Branching b) {
        return new CompileOptions(timeBudget, nodeBudget, progress, Objects.requireNonNull(b, "branching"),
                decisionBudget, threads);
    }

    /** One hour, twenty million nodes, no progress reports, one thread. */
    public static CompileOptions defaults() {
        return new CompileOptions(DEFAULT_TIME_BUDGET, DEFAULT_NODE_BUDGET, ProgressListener.NONE);
    }

    /** These options with another time budget. */
    public CompileOptions withTimeBudget(Duration budget) {
        return new CompileOptions(budget, nodeBudget, progress, branching, decisionBudget, threads);
    }

    /** These options with another node budget. */
    public CompileOptions withNodeBudget(long budget) {
        return new CompileOptions(timeBudget, budget, progress, branching, decisionBudget, threads);
    }

    /** These options with another decision budget. */
    public CompileOptions withDecisionBudget(long budget) {
        return new CompileOptions(timeBudget, nodeBudget, progress, branching, budget, threads);
    }

    /** These options with another number of worker threads. */
    public CompileOptions withThreads(int count) {
        return new CompileOptions(timeBudget, nodeBudget, progress, branching, decisionBudget, count);
    }

    /** These options with another progress listener. */
    public CompileOptions withProgress(ProgressListener listener) {
        return new CompileOptions(timeBudget, nodeBudget, listener, branching, decisionBudget, threads);
    }
}
