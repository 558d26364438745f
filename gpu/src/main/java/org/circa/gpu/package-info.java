/**
 * The CUDA evaluator of circuit plans: {@link org.circa.gpu.GpuBackend}, an
 * {@link org.circa.circuits.eval.EvaluatorBackend} found through {@link java.util.ServiceLoader},
 * binds the CUDA driver and NVRTC with {@code java.lang.foreign}, compiles the kernels of
 * {@code circuit.cu} per algebra and value type at run time, and replays each plan's levels as a
 * CUDA graph. {@link org.circa.gpu.GpuParityMain} checks it against the CPU evaluator on a device.
 */
package org.circa.gpu;
