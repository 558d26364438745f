package org.circa.circuits.compile;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The budgets and counters of one compilation, shared by the searches that make it up (one, or
 * one per worker of a parallel compilation): a common deadline, node and decision totals, an abort
 * flag, and at most one progress report per second. Thread-safe.
 */
final class CompileBudget {
    private final CompileOptions options;
    private final long startNanos;
    private final long deadlineNanos;
    private final AtomicLong nodes = new AtomicLong();
    private final AtomicLong decisions = new AtomicLong();
    private final AtomicLong conflicts = new AtomicLong();
    private final AtomicLong cacheHits = new AtomicLong();
    private final AtomicLong cacheEntries = new AtomicLong();
    private final AtomicLong lastProgressNanos;
    private volatile boolean aborted;

    /** A budget whose clock starts now. */
    CompileBudget(CompileOptions options) {
        this.options = options;
        this.startNanos = System.nanoTime();
        this.deadlineNanos = startNanos + options.timeBudgetNanos();
        this.lastProgressNanos = new AtomicLong(startNanos);
    }

    /** The options whose budgets this enforces. */
    CompileOptions options() {
        return options;
    }

    /** Asks every search of this compilation to stop at its next check. */
    void abort() {
        aborted = true;
    }

    /**
     * Adds a search's work since its last report and throws a {@link CompilationLimitException}
     * when a budget is exceeded or the compilation was aborted; reports progress at most once a
     * second.
     */
    void charge(long newNodes, long newDecisions, long newConflicts, long newHits, long newEntries) {
        record(newNodes, newDecisions, newConflicts, newHits, newEntries);
        long totalNodes = nodes.get();
        long totalDecisions = decisions.get();
        long now = System.nanoTime();
        if (aborted) {
            throw new CompilationLimitException("compilation was interrupted");
        }
        if (now > deadlineNanos) {
            throw new CompilationLimitException("compilation exceeded its time budget of "
                    + options.timeBudget().toMillis() / 1000.0 + " s (" + progress().summary()
                    + "); raise the time limit or simplify the formula");
        }
        if (totalDecisions > options.decisionBudget()) {
            throw new CompilationLimitException("compilation exceeded its budget of "
                    + options.decisionBudget() + " decisions (" + progress().summary()
                    + "); raise the limit or simplify the formula");
        }
        if (totalNodes > options.nodeBudget()) {
            throw new CompilationLimitException("compilation exceeded its node budget of "
                    + options.nodeBudget() + " nodes (" + progress().summary()
                    + "); raise the node limit or simplify the formula");
        }
        long last = lastProgressNanos.get();
        if (now - last >= 1_000_000_000L && lastProgressNanos.compareAndSet(last, now)) {
            MemoryGuard.check(() -> progress().summary());
            options.progress().onProgress(progress());
        }
    }

    /** Adds a search's work since its last report without checking the budgets (for finished searches). */
    void record(long newNodes, long newDecisions, long newConflicts, long newHits, long newEntries) {
        nodes.addAndGet(newNodes);
        decisions.addAndGet(newDecisions);
        conflicts.addAndGet(newConflicts);
        cacheHits.addAndGet(newHits);
        cacheEntries.addAndGet(newEntries);
    }

    /** Sends the final report to the listener. */
    void reportFinal() {
        options.progress().onProgress(progress());
    }

    /** A snapshot of the totals so far. */
    CompileProgress progress() {
        return new CompileProgress(Duration.ofNanos(System.nanoTime() - startNanos), decisions.get(),
                conflicts.get(), cacheHits.get(), cacheEntries.get(), nodes.get());
    }
}
