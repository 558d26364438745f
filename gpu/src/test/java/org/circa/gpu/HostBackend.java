package org.circa.gpu;

import org.circa.circuits.eval.CircuitEvaluator;
import org.circa.circuits.eval.EvaluatorBackend;
import org.circa.circuits.plan.CircuitPlan;
import org.circa.semirings.Algebra;

/** Test helper: the GPU evaluator with its kernels compiled for and run on the host ({@link HostQueue}). Thread-safe. */
final class HostBackend implements EvaluatorBackend {
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
        return new GpuEvaluator(plan, algebra, batch, spec, new HostQueue(spec));
    }
}
