package org.circa.circuits.eval;

import org.circa.circuits.plan.CircuitPlan;
import org.circa.semirings.Algebra;

/** The built-in backend: {@link PlanEvaluator} on at most a given number of threads. Immutable and thread-safe. */
final class CpuBackend implements EvaluatorBackend {
    private final int maxThreads;

    CpuBackend(int maxThreads) {
        if (maxThreads < 1) {
            throw new IllegalArgumentException("maxThreads must be positive, got " + maxThreads);
        }
        this.maxThreads = maxThreads;
    }

    @Override
    public String name() {
        return Backends.CPU;
    }

    @Override
    public Availability availability() {
        return Availability.available("the CPU, at most " + maxThreads + " threads");
    }

    @Override
    public CircuitEvaluator open(CircuitPlan plan, Algebra algebra, int batch) {
        return new PlanEvaluator(plan, algebra, batch, maxThreads);
    }

    @Override
    public String toString() {
        return name();
    }
}
