package org.circa.circuits.eval;

/**
 * A {@link CircuitEvaluator} whose buffers live on a device (a GPU): it can repeat its last pass
 * there with nothing copied to or from the host, which times the device work alone. The benchmark
 * uses it for its {@code resident} rows; an application has no need of it.
 */
public interface DeviceResident {
    /** Repeats the forward pass on the leaf labels of the last forward call and waits for it; nothing travels. */
    void repeatForward();

    /**
     * Repeats the forward and backward passes on the leaf labels and seeds last sent (by
     * {@link CircuitEvaluator#forwardAndBackward}, say) and waits for them; nothing travels.
     *
     * @throws IllegalStateException when no seeds were sent yet
     */
    void repeatForwardAndBackward();
}
