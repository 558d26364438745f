package org.circa.neural;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

class Dl4jNetworkTest {

    static MultiLayerNetwork mlp(int in, int hidden, int out, long seed) {
        return mlp(in, hidden, out, seed, Activation.SOFTMAX);
    }

    static MultiLayerNetwork mlp(int in, int hidden, int out, long seed, Activation last) {
        var conf = new NeuralNetConfiguration.Builder().seed(seed).updater(new Adam(1e-2)).list()
                .layer(new DenseLayer.Builder().nIn(in).nOut(hidden).activation(Activation.RELU).build())
                .layer(new DenseLayer.Builder().nIn(hidden).nOut(out).activation(last).build())
                .build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        return net;
    }

    @ParameterizedTest
    @EnumSource(value = Activation.class, names = {"SOFTMAX", "IDENTITY"})
    void learnsFromGradientsSuppliedFromOutside(Activation lastLayer) {
        Dl4jNetwork net = Dl4jNetwork.of(mlp(2, 16, 2, 7, lastLayer));
        Random random = new Random(3);
        float[][] x = new float[64][2];
        int[] y = new int[64];
        for (int i = 0; i < x.length; i++) {
            x[i][0] = (float) random.nextGaussian();
            x[i][1] = (float) random.nextGaussian();
            y[i] = x[i][0] * x[i][1] > 0 ? 1 : 0;
        }
        double first = 0;
        double last = 0;
        for (int step = 0; step < 300; step++) {
            double[][] p = net.forwardForTraining(x);
            double[][] grad = new double[x.length][2];
            double loss = 0;
            for (int i = 0; i < x.length; i++) {
                loss -= Math.log(p[i][y[i]]);
                grad[i][y[i]] = -1.0 / p[i][y[i]];
            }
            net.step(grad, x.length);
            if (step == 0) {
                first = loss / x.length;
            }
            last = loss / x.length;
        }
        assertTrue(last < 0.5 * first, "loss went from " + first + " to " + last);
        double[][] p = net.predict(x);
        for (double[] row : p) {
            assertEquals(1.0, row[0] + row[1], 1e-6, "outputs are probabilities");
        }
        int correct = 0;
        for (int i = 0; i < x.length; i++) {
            correct += (p[i][1] > p[i][0] ? 1 : 0) == y[i] ? 1 : 0;
        }
        assertTrue(correct >= 56, "fits XOR-like data: " + correct + "/64");
        assertEquals(2, net.outputSize());
    }

    @Test
    void refusesAnOutputLayer() {
        var conf = new NeuralNetConfiguration.Builder().list()
                .layer(new DenseLayer.Builder().nIn(2).nOut(4).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(4).nOut(2)
                        .activation(Activation.SOFTMAX).build())
                .build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        var e = assertThrows(IllegalArgumentException.class, () -> Dl4jNetwork.of(net));
        assertTrue(e.getMessage().contains("DenseLayer"), e.getMessage());
    }
}
