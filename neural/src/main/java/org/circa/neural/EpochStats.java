package org.circa.neural;

/**
 * What one training epoch measured: mean loss per example, the accuracy the caller's evaluation
 * gave after the epoch (NaN when none), seconds spent training and seconds spent evaluating.
 * Immutable.
 */
public record EpochStats(int epoch, double loss, double accuracy, double trainSeconds, double evalSeconds,
        int examples) {

    /** Training examples per second. */
    public double examplesPerSecond() {
        return examples / Math.max(1e-9, trainSeconds);
    }
}
