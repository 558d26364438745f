package org.circa.neural;

/**
 * A network that labels ground atoms: maps a batch of input vectors to a batch of output
 * vectors (class probabilities, or one probability), and takes one optimiser step from the
 * gradient of a loss with respect to the outputs of its last training forward pass.
 * Implementations are mutable and not thread-safe.
 */
public interface NeuralNetwork {

    /** Number of outputs per input (classes of a categorical predicate, or 1). */
    int outputSize();

    /** Outputs for a batch of inputs in training mode, kept for the following {@link #step}. */
    double[][] forwardForTraining(float[][] inputs);

    /** Outputs for a batch of inputs in inference mode (no state kept). */
    double[][] predict(float[][] inputs);

    /**
     * Back-propagates {@code outputGradients} (dLoss/dOutput of a summed loss, one row per input
     * of the last training forward pass) and applies one step of the network's optimiser with the
     * gradient divided by {@code exampleCount}.
     */
    void step(double[][] outputGradients, int exampleCount);
}
