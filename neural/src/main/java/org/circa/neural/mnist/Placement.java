package org.circa.neural.mnist;

/** Where the logic of MNIST addition sits (DeepLog's second experiment). Immutable. */
public enum Placement {
    /** The program is the model's output layer: predictions are the most likely sum under the program. */
    ARCHITECTURE,
    /**
     * The program only shapes the loss: a plain network predicts the sum and answers at test
     * time; training adds the semantic loss of {@code consistent/2} to its cross-entropy.
     */
    LOSS
}
