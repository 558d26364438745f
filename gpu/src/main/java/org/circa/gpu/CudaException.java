package org.circa.gpu;

import org.circa.circuits.eval.BackendFailureException;

/**
 * A failed CUDA driver or NVRTC call: the message names the call and the error (for example
 * {@code cuMemAlloc_v2 failed: CUDA_ERROR_OUT_OF_MEMORY (out of memory)}), and for compilation
 * errors holds NVRTC's log. Immutable.
 */
public final class CudaException extends BackendFailureException {
    private static final long serialVersionUID = 1L;

    /** An exception with the given message. */
    public CudaException(String message) {
        super(message);
    }
}
