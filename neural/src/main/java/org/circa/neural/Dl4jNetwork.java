package org.circa.neural;

import java.util.List;
import java.util.Objects;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A DL4J {@link MultiLayerNetwork} as a {@link NeuralNetwork}. Its last layer must be a
 * {@link DenseLayer} (an {@code OutputLayer} ignores a gradient supplied from outside, so it
 * cannot be trained through a circuit); the optimiser is the updater of its configuration.
 * Mutable; not thread-safe.
 */
public final class Dl4jNetwork implements NeuralNetwork {
    private final MultiLayerNetwork network;
    private final int outputSize;
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
        return activations.get(activations.size() - 1).toDoubleMatrix();
    }

    @Override
    public double[][] predict(float[][] inputs) {
        return network.output(Nd4j.create(inputs), false).toDoubleMatrix();
    }

    @Override
    public void step(double[][] outputGradients, int exampleCount) {
        INDArray eps = Nd4j.create(outputGradients).castTo(network.params().dataType());
        Gradient gradient = network.backpropGradient(eps, LayerWorkspaceMgr.noWorkspaces()).getFirst();
        network.getUpdater().update(network, gradient, iteration++, 0, Math.max(1, exampleCount),
                LayerWorkspaceMgr.noWorkspaces());
        network.params().subi(gradient.gradient());
        network.clear();
    }
}
