package org.circa.neural;

import java.util.List;
import java.util.Objects;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A DL4J {@link MultiLayerNetwork} as a {@link NeuralNetwork}. Its last layer must be a
 * {@link DenseLayer} (an {@code OutputLayer} ignores a gradient supplied from outside, so it
 * cannot be trained through a circuit) with softmax or sigmoid activation, or with identity
 * activation: then its outputs are logits and the softmax is applied here in double precision
 * (recommended: a float32 softmax rounds small class probabilities to 0, which makes the
 * probability of a query 0 and its gradient vanish). The optimiser is the updater of its
 * configuration. Mutable; not thread-safe.
 */
public final class Dl4jNetwork implements NeuralNetwork {
    private final MultiLayerNetwork network;
    private final int outputSize;
    private final boolean logits;
    private double[][] lastOutputs;
    private int iteration;

    private Dl4jNetwork(MultiLayerNetwork network) {
        this.network = Objects.requireNonNull(network, "network");
        if (network.getnLayers() == 0 || network.getLayerWiseConfigurations() == null) {
            throw new IllegalArgumentException("the network has no layers; call init() first");
        }
        var last = network.getLayerWiseConfigurations().getConf(network.getnLayers() - 1).getLayer();
        if (!(last instanceof DenseLayer dense) || last.getClass() != DenseLayer.class) {
            throw new IllegalArgumentException("the last layer must be a DenseLayer (with softmax for a categorical"
                    + " predicate, sigmoid for one probability), found " + last.getClass().getSimpleName()
                    + ": an OutputLayer ignores the gradient that comes back from the circuit");
        }
        this.outputSize = (int) dense.getNOut();
        this.logits = dense.getActivationFn() instanceof ActivationIdentity;
    }

    /** Wraps an initialised network. */
    public static Dl4jNetwork of(MultiLayerNetwork network) {
        return new Dl4jNetwork(network);
    }

    /** The wrapped network (live). */
    public MultiLayerNetwork network() {
        return network;
    }

    @Override
    public int outputSize() {
        return outputSize;
    }

    @Override
    public double[][] forwardForTraining(float[][] inputs) {
        network.setInput(Nd4j.create(inputs));
        List<INDArray> activations = network.feedForward(true, false);
        lastOutputs = finish(activations.get(activations.size() - 1).toDoubleMatrix());
        return lastOutputs;
    }

    private double[][] finish(double[][] raw) {
        if (!logits) {
            return raw;
        }
        for (double[] row : raw) {
            double max = Double.NEGATIVE_INFINITY;
            for (double z : row) {
                max = Math.max(max, z);
            }
            double sum = 0;
            for (int j = 0; j < row.length; j++) {
                row[j] = Math.exp(row[j] - max);
                sum += row[j];
            }
            for (int j = 0; j < row.length; j++) {
                row[j] /= sum;
            }
        }
        return raw;
    }

    @Override
    public double[][] predict(float[][] inputs) {
        return finish(network.output(Nd4j.create(inputs), false).toDoubleMatrix());
    }

    @Override
    public void step(double[][] outputGradients, int exampleCount) {
        double[][] g = outputGradients;
        if (logits) {
            g = new double[outputGradients.length][];
            for (int i = 0; i < g.length; i++) {
                double[] p = lastOutputs[i];
                double[] d = outputGradients[i];
                double dot = 0;
                for (int j = 0; j < p.length; j++) {
                    dot += d[j] * p[j];
                }
                g[i] = new double[p.length];
                for (int j = 0; j < p.length; j++) {
                    g[i][j] = p[j] * (d[j] - dot);
                }
            }
        }
        INDArray eps = Nd4j.create(g).castTo(network.params().dataType());
        Gradient gradient = network.backpropGradient(eps, LayerWorkspaceMgr.noWorkspaces()).getFirst();
        network.getUpdater().update(network, gradient, iteration++, 0, Math.max(1, exampleCount),
                LayerWorkspaceMgr.noWorkspaces());
        network.params().subi(gradient.gradient());
    }
}
