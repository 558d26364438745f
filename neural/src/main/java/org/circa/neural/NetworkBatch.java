package org.circa.neural;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The network inputs of one batch: each distinct (network, input term) pair gets one row, so
 * each distinct input goes through its network once per batch; holds the outputs of the forward
 * pass and accumulates the gradients of the loss with respect to them. Not thread-safe.
 */
final class NetworkBatch {

    /** The rows of one network. */
    static final class Rows {
        final String network;
        final Map<org.circa.language.Term, Integer> index = new LinkedHashMap<>();
        final List<float[]> features = new ArrayList<>();
        double[][] outputs;
        double[][] gradients;

        Rows(String network) {
            this.network = network;
        }
    }

    private final Map<String, Rows> byNetwork = new LinkedHashMap<>();
    private final NeuralModel model;

    NetworkBatch(NeuralModel model) {
        this.model = model;
    }

    /** The row of an input of a network, resolving its tensors the first time it is seen. */
    int row(String network, org.circa.language.Term input) {
        Rows rows = byNetwork.computeIfAbsent(network, Rows::new);
        Integer r = rows.index.get(input);
        if (r != null) {
            return r;
        }
        int id = rows.features.size();
        rows.index.put(input, id);
        rows.features.add(model.features(network, input));
        return id;
    }

    /** Runs every network once over its rows (training mode keeps state for {@link #step}). */
    void forward(boolean training) {
        for (Rows rows : byNetwork.values()) {
            NeuralNetwork net = model.network(rows.network);
            float[][] x = rows.features.toArray(new float[0][]);
            rows.outputs = training ? net.forwardForTraining(x) : net.predict(x);
            rows.gradients = new double[x.length][rows.outputs[0].length];
        }
    }

    /** The output vector of a row (live). */
    double[] output(String network, int row) {
        return byNetwork.get(network).outputs[row];
    }

    /** Adds {@code g} to the gradient of a row's outputs. */
    void addGradient(String network, int row, double[] g) {
        double[] acc = byNetwork.get(network).gradients[row];
        for (int i = 0; i < g.length; i++) {
            acc[i] += g[i];
        }
    }

    /** The accumulated gradient of a row (live), for tests. */
    double[] gradient(String network, int row) {
        return byNetwork.get(network).gradients[row];
    }

    /** Number of distinct inputs of a network in this batch. */
    int rows(String network) {
        Rows r = byNetwork.get(network);
        return r == null ? 0 : r.features.size();
    }

    /** Applies one optimiser step to every network of the batch. */
    void step(int exampleCount) {
        for (Rows rows : byNetwork.values()) {
            model.network(rows.network).step(rows.gradients, exampleCount);
        }
    }
}
