package org.circa.neural;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.function.ToDoubleFunction;

/**
 * Trains the networks of a {@link NeuralModel} end to end through its program: for each batch,
 * one forward pass of every network over its distinct inputs, one batched evaluation of each
 * query shape, the gradient of {@code Σ weight · loss(value, target)} back through the circuit
 * into the networks, and one optimiser step. Prints progress (epoch, step, loss, examples per
 * second) and returns what each epoch measured. Not thread-safe.
 */
public final class Trainer {
    private final NeuralModel model;
    private final TrainOptions options;

    /** A trainer of {@code model} with {@code options}. */
    public Trainer(NeuralModel model, TrainOptions options) {
        this.model = Objects.requireNonNull(model, "model");
        this.options = Objects.requireNonNull(options, "options");
    }

    /** One optimiser step on a batch; returns the summed weighted loss of the batch. */
    public double step(List<Example> batch) {
        double[] values = model.run(batch, options.semantics(), options.loss(), true);
        double total = 0;
        for (int i = 0; i < values.length; i++) {
            Example e = batch.get(i);
            total += e.weight() * options.loss().value(values[i], e.target());
        }
        return total;
    }

    /**
     * Trains for the configured epochs; after each epoch calls {@code evaluate} (with the model)
     * for an accuracy to report, or pass {@code m -> Double.NaN} for none.
     */
    public List<EpochStats> train(List<Example> examples, ToDoubleFunction<NeuralModel> evaluate) {
        List<Example> fixed = List.copyOf(examples);
        return train(epoch -> fixed, evaluate);
    }

    /**
     * Trains for the configured epochs on the examples {@code examplesOfEpoch} gives for each
     * epoch (1-based; for example new pairings of the same training digits), shuffled.
     */
    public List<EpochStats> train(IntFunction<List<Example>> examplesOfEpoch, ToDoubleFunction<NeuralModel> evaluate) {
        List<EpochStats> history = new ArrayList<>();
        for (int epoch = 1; epoch <= options.epochs(); epoch++) {
            List<Example> order = new ArrayList<>(examplesOfEpoch.apply(epoch));
            int steps = (order.size() + options.batchSize() - 1) / options.batchSize();
            Collections.shuffle(order, new Random(options.seed() * 1_000_003L + epoch));
            long start = System.nanoTime();
            double epochLoss = 0;
            double windowLoss = 0;
            int windowCount = 0;
            long windowStart = start;
            for (int s = 0; s < steps; s++) {
                List<Example> batch = order.subList(s * options.batchSize(),
                        Math.min(order.size(), (s + 1) * options.batchSize()));
                double loss = step(batch);
                epochLoss += loss;
                windowLoss += loss;
                windowCount += batch.size();
                if (options.progressEvery() > 0 && ((s + 1) % options.progressEvery() == 0 || s + 1 == steps)) {
                    long now = System.nanoTime();
                    options.progress().printf("epoch %d step %d/%d loss %.4f examples/s %.0f%n", epoch, s + 1, steps,
                            windowLoss / windowCount, windowCount / ((now - windowStart) / 1e9));
                    windowLoss = 0;
                    windowCount = 0;
                    windowStart = now;
                }
            }
            double trainSeconds = (System.nanoTime() - start) / 1e9;
            long evalStart = System.nanoTime();
            double accuracy = evaluate.applyAsDouble(model);
            double evalSeconds = (System.nanoTime() - evalStart) / 1e9;
            EpochStats stats = new EpochStats(epoch, epochLoss / Math.max(1, order.size()), accuracy, trainSeconds,
                    evalSeconds, order.size());
            history.add(stats);
            options.progress().printf("epoch %d done: loss %.4f accuracy %.4f train %.1f s (%.0f examples/s)"
                    + " eval %.1f s%n", epoch, stats.loss(), accuracy, trainSeconds, stats.examplesPerSecond(),
                    evalSeconds);
        }
        return history;
    }
}
