package org.circa.neural.mnist;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.circa.language.IntTerm;
import org.circa.language.Struct;
import org.circa.language.Term;
import org.circa.neural.EpochStats;
import org.circa.neural.Example;
import org.circa.neural.NeuralModel;
import org.circa.neural.Semantics;
import org.circa.neural.TrainOptions;
import org.circa.neural.Trainer;
import org.circa.neural.mnist.MnistDigits.Split;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.factory.Nd4j;

/**
 * One run of MNIST addition: builds the model for a configuration, trains it on pairs of
 * training digits, and measures sum accuracy on pairs of test digits (and digit accuracy of the
 * digit network) after every epoch. Not thread-safe.
 */
public final class AdditionExperiment {

    /**
     * A configuration: digits per number, epochs, batch size, semantics, placement of the logic,
     * learning rate, seed, limits on the number of training and test pairs (0: all), and the
     * augmentation of the training digits.
     */
    public record Config(int digits, int epochs, int batchSize, Semantics semantics, Placement placement, double lr,
            long seed, int trainPairs, int testPairs, Augmentation augmentation) {

        /** A configuration without augmentation. */
        public Config(int digits, int epochs, int batchSize, Semantics semantics, Placement placement, double lr,
                long seed, int trainPairs, int testPairs) {
            this(digits, epochs, batchSize, semantics, placement, lr, seed, trainPairs, testPairs, Augmentation.NONE);
        }
    }

    /** What a run measured: per-epoch statistics and the final accuracies. Immutable. */
    public record Result(Config config, List<EpochStats> history, double sumAccuracy, double digitAccuracy,
            double compileSeconds) {

        /** Mean training seconds per epoch. */
        public double secondsPerEpoch() {
            return history.stream().mapToDouble(EpochStats::trainSeconds).average().orElse(Double.NaN);
        }
    }

    private static final double CONSISTENCY_WEIGHT = 1.0;

    private AdditionExperiment() {
    }

    /** Runs one configuration, printing progress to {@code out}. */
    public static Result run(Config c, MnistDigits data, PrintStream out) throws IOException {
        if (c.placement() == Placement.LOSS && c.digits() != 1) {
            throw new IllegalArgumentException("the logic-in-the-loss model is defined for one digit per number");
        }
        Nd4j.getRandom().setSeed(c.seed());
        AdditionTask train = AdditionTask.of(data, Split.TRAIN, c.digits(), c.seed(), c.trainPairs());
        AdditionTask test = AdditionTask.of(data, Split.TEST, c.digits(), 7, c.testPairs());
        MultiLayerNetwork digitNet = MnistNets.lenet(10, c.lr(), c.seed());
        AugmentedTensors images = new AugmentedTensors(data, c.augmentation(), c.seed());
        NeuralModel.Builder b = NeuralModel.builder().network("mnist_net", digitNet).tensors("img", 2, images);
        if (c.placement() == Placement.ARCHITECTURE) {
            b.program(train.program()).outputArguments(train.predicate(), 3, 2);
        } else {
            b.program(AdditionTask.read("addition_in_loss.pl")).outputArguments("predicted_sum", 3, 2)
                    .network("sum_net", MnistNets.mlp(2 * 784, 128, 19, c.lr(), c.seed() + 1));
        }
        IntFunction<List<Example>> examplesOfEpoch = epoch -> {
            images.setEpoch(epoch); // the Trainer asks for an epoch's examples just before training on them
            return examples(c,
                    epoch == 1 ? train : AdditionTask.of(data, Split.TRAIN, c.digits(), c.seed() + epoch, c.trainPairs()),
                    data);
        };
        List<Example> examples = examplesOfEpoch.apply(1);
        NeuralModel model = b.build();
        out.printf("MNIST addition N=%d: %d training pairs, %d test pairs, %s semantics, logic in the %s,"
                + " augmentation %s%n", c.digits(), train.size(), test.size(), c.semantics().name().toLowerCase(),
                c.placement().name().toLowerCase(), c.augmentation());
        long t0 = System.nanoTime();
        model.value(examples.get(0).query(), c.semantics()); // compiles the training shape
        double compileSeconds = (System.nanoTime() - t0) / 1e9;
        TrainOptions options = TrainOptions.defaults().withEpochs(c.epochs()).withBatchSize(c.batchSize())
                .withSemantics(c.semantics()).withSeed(c.seed())
                .withProgress(out, Math.max(1, examples.size() / c.batchSize() / 5));
        List<EpochStats> history = new Trainer(model, options).train(examplesOfEpoch,
                m -> sumAccuracy(m, test, data, c));
        double sum = history.get(history.size() - 1).accuracy();
        return new Result(c, history, sum, digitAccuracy(digitNet, data), compileSeconds);
    }

    /**
     * The training examples of a pairing: each pair with its true sum; with the logic in the loss,
     * the supervised query {@code predicted_sum} and the constraint {@code consistent} per pair.
     */
    static List<Example> examples(Config c, AdditionTask train, MnistDigits data) {
        if (c.placement() == Placement.ARCHITECTURE) {
            return train.examples(data);
        }
        List<Example> examples = new ArrayList<>();
        for (Example e : train.examples(data)) {
            Term q = e.query();
            examples.add(Example.of(Struct.of("predicted_sum", q.arg(0), q.arg(1), q.arg(2))));
            examples.add(Example.of(Struct.of("consistent", q.arg(0), q.arg(1))).withWeight(CONSISTENCY_WEIGHT));
        }
        return examples;
    }

    /** Sum accuracy on the test pairs: the most valued answer of each query against the true sum. */
    static double sumAccuracy(NeuralModel model, AdditionTask test, MnistDigits data, Config c) {
        int correct = 0;
        int chunk = 250;
        for (int from = 0; from < test.size(); from += chunk) {
            List<Term> queries = new ArrayList<>();
            int to = Math.min(test.size(), from + chunk);
            for (int i = from; i < to; i++) {
                Term q = test.query(i, 0);
                queries.add(c.placement() == Placement.LOSS ? Struct.of("predicted_sum", q.arg(0), q.arg(1), q.arg(2)) : q);
            }
            List<NeuralModel.Prediction> predictions = model.predict(queries, c.semantics());
            for (int i = from; i < to; i++) {
                Term atom = predictions.get(i - from).atom();
                if (atom.arg(2).deref() instanceof IntTerm s && s.value() == test.sum(data, i)) {
                    correct++;
                }
            }
        }
        return correct / (double) Math.max(1, test.size());
    }

    /** Digit accuracy of the digit network on all test digits. */
    static double digitAccuracy(MultiLayerNetwork net, MnistDigits data) {
        int n = data.size(Split.TEST);
        float[][] x = new float[n][];
        for (int i = 0; i < n; i++) {
            x[i] = data.tensors(true).tensor(MnistDigits.term(Split.TEST, i)).orElseThrow();
        }
        double[][] p = net.output(Nd4j.create(x), false).toDoubleMatrix();
        int correct = 0;
        for (int i = 0; i < n; i++) {
            int best = 0;
            for (int k = 1; k < p[i].length; k++) {
                if (p[i][k] > p[i][best]) {
                    best = k;
                }
            }
            correct += best == data.label(Split.TEST, i) ? 1 : 0;
        }
        return correct / (double) n;
    }

    /** Data file from a command-line path or the default location, with a message saying how to fetch it. */
    static MnistDigits loadData(String path) throws IOException {
        Path file = path != null ? Path.of(path) : MnistDigits.locate().orElseThrow(() -> new IOException(
                "MNIST data not found: run scripts/fetch-mnist.sh first (writes data/mnist/mnist-10k.bin)"));
        return MnistDigits.load(file);
    }
}
