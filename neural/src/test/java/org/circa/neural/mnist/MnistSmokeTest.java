package org.circa.neural.mnist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import org.circa.neural.EpochStats;
import org.circa.neural.Semantics;
import org.circa.neural.mnist.MnistDigits.Split;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Short training runs on real MNIST digits (skipped, with a message, when the data is absent). */
class MnistSmokeTest {
    private static MnistDigits data;

    @BeforeAll
    static void load() throws IOException {
        Optional<Path> file = MnistDigits.locate();
        if (file.isEmpty()) {
            System.err.println("MnistSmokeTest skipped: data/mnist/mnist-10k.bin is absent; run scripts/fetch-mnist.sh");
        }
        assumeTrue(file.isPresent(), "MNIST data absent: run scripts/fetch-mnist.sh");
        data = MnistDigits.load(file.get());
    }

    private static AdditionExperiment.Result run(AdditionExperiment.Config c) throws IOException {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        AdditionExperiment.Result r = AdditionExperiment.run(c, data, new PrintStream(log, true));
        assertTrue(log.toString().contains("epoch 1 done"), log.toString());
        for (EpochStats s : r.history()) {
            assertTrue(Double.isFinite(s.loss()) && s.loss() >= 0, "loss " + s.loss());
        }
        return r;
    }

    @Test
    void splitIsFixedAndDisjoint() {
        assertEquals(8000, data.size(Split.TRAIN));
        assertEquals(2000, data.size(Split.TEST));
        java.util.Set<float[]> train = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (int i = 0; i < data.size(Split.TRAIN); i++) {
            train.add(data.image(Split.TRAIN, i));
        }
        for (int i = 0; i < data.size(Split.TEST); i++) {
            assertTrue(!train.contains(data.image(Split.TEST, i)), "test digit " + i + " is also a training digit");
        }
    }

    @Test
    void singleDigitAdditionLearnsFromSumsAlone() throws IOException {
        var r = run(new AdditionExperiment.Config(1, 2, 8, Semantics.PROBABILISTIC, Placement.ARCHITECTURE, 2e-3, 1,
                500, 200));
        assertTrue(r.sumAccuracy() > 0.3, "sum accuracy after 1,000 pairs: " + r.sumAccuracy() + " (chance ~0.1)");
        assertTrue(r.history().get(1).loss() < r.history().get(0).loss(), "loss decreases: " + r.history());
    }

    @Test
    void twoDigitAdditionCompilesOnceAndTrains() throws IOException {
        var r = run(new AdditionExperiment.Config(2, 1, 8, Semantics.PROBABILISTIC, Placement.ARCHITECTURE, 1e-3, 1,
                24, 8));
        assertEquals(1, r.history().size());
    }

    @Test
    void fuzzySemanticsAndLogicInTheLossTrain() throws IOException {
        run(new AdditionExperiment.Config(1, 1, 8, Semantics.GODEL, Placement.ARCHITECTURE, 1e-3, 1, 40, 20));
        run(new AdditionExperiment.Config(1, 1, 8, Semantics.PRODUCT, Placement.LOSS, 1e-3, 1, 40, 20));
    }
}
