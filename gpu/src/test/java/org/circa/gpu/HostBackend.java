package org.circa.gpu;

import java.util.function.IntFunction;
import org.circa.circuits.eval.CircuitEvaluator;
import org.circa.circuits.eval.EvaluatorBackend;
import org.circa.circuits.plan.CircuitPlan;
import org.circa.semirings.Algebra;

/**
 * Test helper: the GPU evaluator with its kernels compiled for and run on the host ({@link HostQueue}),
 * fusing levels as a given function of the batch says. Thread-safe.
 */
final class HostBackend implements EvaluatorBackend {
    /** Fusion as on a device of this many SMs, by default. */
    static final int DEFAULT_MULTIPROCESSORS = 4;

    private final IntFunction<Fusion> fusion;

    /** Fusion as {@link GpuBackend} chooses it on a device of {@link #DEFAULT_MULTIPROCESSORS} SMs. */
    HostBackend() {
        this(batch -> Fusion.forDevice(DEFAULT_MULTIPROCESSORS, batch));
    }

    /** Fusion {@code fusion.apply(batch)} for an evaluator of {@code batch} columns. */
    HostBackend(IntFunction<Fusion> fusion) {
        this.fusion = fusion;
    }

    @Override
    public String name() {
        return "gpu-emulated-on-host";
    }

    @Override
    public Availability availability() {
        return HostKernels.compilerPresent() ? Availability.available("circuit.cu compiled by g++, run on the CPU")
                : Availability.unavailable("g++ not found");
    }

    @Override
    public boolean supports(Algebra algebra) {
        return KernelSpec.supports(algebra);
    }

    @Override
    public CircuitEvaluator open(CircuitPlan plan, Algebra algebra, int batch) {
        KernelSpec spec = KernelSpec.of(algebra);
        return new GpuEvaluator(plan, algebra, batch, spec, new HostQueue(spec), fusion.apply(batch));
    }
}
