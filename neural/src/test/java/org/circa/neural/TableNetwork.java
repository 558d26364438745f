package org.circa.neural;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.circa.language.IntTerm;
import org.circa.language.Term;

/** A test network: input {@code [id]} gives the output row stored for id; records the gradients it is given. */
final class TableNetwork implements NeuralNetwork {
    final Map<Integer, double[]> outputs = new HashMap<>();
    final Map<Integer, double[]> gradients = new HashMap<>();
    private final int size;
    private float[][] lastInputs;

    TableNetwork(int size) {
        this.size = size;
    }

    /** The tensor source {@code img(N)} → {@code [N]}. */
    static TensorSource ids() {
        return t -> t.arity() == 1 && t.arg(0).deref() instanceof IntTerm i && i.value() < 1000
                ? Optional.of(new float[] {i.value()})
                : Optional.empty();
    }

    @Override
    public int outputSize() {
        return size;
    }

    @Override
    public double[][] forwardForTraining(float[][] inputs) {
        lastInputs = inputs;
        return predict(inputs);
    }

    @Override
    public double[][] predict(float[][] inputs) {
        double[][] out = new double[inputs.length][];
        for (int i = 0; i < inputs.length; i++) {
            double[] row = outputs.get((int) inputs[i][0]);
            if (row == null) {
                throw new IllegalStateException("no output for id " + inputs[i][0]);
            }
            out[i] = row.clone();
        }
        return out;
    }

    @Override
    public void step(double[][] outputGradients, int exampleCount) {
        gradients.clear();
        for (int i = 0; i < outputGradients.length; i++) {
            gradients.put((int) lastInputs[i][0], outputGradients[i].clone());
        }
    }

    static Term img(int id) {
        return org.circa.language.Struct.of("img", new IntTerm(id));
    }
}
