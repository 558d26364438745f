package org.circa.neural;

import java.io.PrintStream;
import java.util.Objects;

/**
 * Options of a {@link Trainer}: epochs, batch size, semantics, loss, shuffling seed, and where
 * and how often progress is printed (every {@code progressEvery} steps; 0 prints only epoch
 * summaries). Immutable.
 */
public record TrainOptions(int epochs, int batchSize, Semantics semantics, Loss loss, long seed, int progressEvery,
        PrintStream progress) {

    /** Validates the options. */
    public TrainOptions {
        if (epochs < 1 || batchSize < 1 || progressEvery < 0) {
            throw new IllegalArgumentException("need epochs >= 1, batchSize >= 1, progressEvery >= 0");
        }
        Objects.requireNonNull(semantics, "semantics");
        Objects.requireNonNull(loss, "loss");
        Objects.requireNonNull(progress, "progress");
    }

    /** One epoch, batches of 16, probabilistic semantics, cross-entropy, progress every 50 steps on stderr. */
    public static TrainOptions defaults() {
        return new TrainOptions(1, 16, Semantics.PROBABILISTIC, Loss.CROSS_ENTROPY, 0, 50, System.err);
    }

    /** With another number of epochs. */
    public TrainOptions withEpochs(int n) {
        return new TrainOptions(n, batchSize, semantics, loss, seed, progressEvery, progress);
    }

    /** With another batch size. */
    public TrainOptions withBatchSize(int n) {
        return new TrainOptions(epochs, n, semantics, loss, seed, progressEvery, progress);
    }

    /** With another semantics. */
    public TrainOptions withSemantics(Semantics s) {
        return new TrainOptions(epochs, batchSize, s, loss, seed, progressEvery, progress);
    }

    /** With another loss. */
    public TrainOptions withLoss(Loss l) {
        return new TrainOptions(epochs, batchSize, semantics, l, seed, progressEvery, progress);
    }

    /** With another shuffling seed. */
    public TrainOptions withSeed(long s) {
        return new TrainOptions(epochs, batchSize, semantics, loss, s, progressEvery, progress);
    }

    /** With progress printed to {@code out} every {@code every} steps (0: epoch summaries only). */
    public TrainOptions withProgress(PrintStream out, int every) {
        return new TrainOptions(epochs, batchSize, semantics, loss, seed, every, out);
    }
}
