package org.circa.circuits.eval;

import java.util.List;
import org.circa.circuits.plan.CircuitPlan;
import org.circa.semirings.Algebra;

/**
 * The {@code auto} choice: for each evaluator, the first accelerator backend that is available
 * and supports the algebra, else the CPU. Immutable and thread-safe.
 */
final class AutoBackend implements EvaluatorBackend {
    private final EvaluatorBackend cpu;
    private final List<EvaluatorBackend> accelerators;

    AutoBackend(EvaluatorBackend cpu, List<EvaluatorBackend> accelerators) {
        this.cpu = cpu;
        this.accelerators = List.copyOf(accelerators);
    }

    @Override
    public String name() {
        return Backends.AUTO;
    }

    @Override
    public Availability availability() {
        StringBuilder missing = new StringBuilder();
        for (EvaluatorBackend b : accelerators) {
            Availability a = b.availability();
            if (a.available()) {
                return Availability.available(b.name() + ": " + a.reason());
            }
            missing.append("; ").append(b.name()).append(": ").append(a.reason());
        }
        return Availability.available("cpu (no accelerator" + missing + ")");
    }

    /** The backend that {@link #open} uses for {@code algebra}. */
    EvaluatorBackend choose(Algebra algebra) {
        for (EvaluatorBackend b : accelerators) {
            if (b.supports(algebra) && b.availability().available()) {
                return b;
            }
        }
        return cpu;
    }

    @Override
    public CircuitEvaluator open(CircuitPlan plan, Algebra algebra, int batch) {
        return choose(algebra).open(plan, algebra, batch);
    }

    @Override
    public String toString() {
        return name();
    }
}
