package org.circa.gpu;

import org.circa.circuits.eval.CircuitEvaluator;
import org.circa.circuits.eval.EvaluatorBackend;
import org.circa.circuits.plan.CircuitPlan;
import org.circa.semirings.Algebra;

/**
 * The {@code gpu} evaluator backend: circuit plans evaluated by CUDA kernels on device 0, bound
 * through {@code java.lang.foreign} (the driver {@code libcuda.so.1} and NVRTC, no JNI). Found by
 * {@link java.util.ServiceLoader}; runs the built-in algebras (primitive plus and times) in
 * float32 or float64. Immutable and thread-safe; each evaluator it opens owns a stream and device memory.
 */
public final class GpuBackend implements EvaluatorBackend {
    /** The backend; CUDA is set up on first use, not here. */
    public GpuBackend() {
    }

    @Override
    public String name() {
        return "gpu";
    }

    @Override
    public Availability availability() {
        return CudaRuntime.availability();
    }

    @Override
    public boolean supports(Algebra algebra) {
        return KernelSpec.supports(algebra);
    }

    /**
     * A GPU evaluator; throws {@link IllegalArgumentException} naming a user-defined algebra,
     * {@link org.circa.circuits.eval.BackendUnavailableException} saying what is missing when
     * CUDA cannot run here, and {@link CudaException} when a CUDA call fails.
     */
    @Override
    public CircuitEvaluator open(CircuitPlan plan, Algebra algebra, int batch) {
        KernelSpec spec = KernelSpec.of(algebra);
        CudaRuntime cuda = CudaRuntime.get();
        return new GpuEvaluator(plan, algebra, batch, spec, cuda.openQueue(spec), Fusion.forDevice(cuda.multiprocessors(), batch));
    }

    @Override
    public String toString() {
        return name();
    }
}
