package org.circa.neural;

import java.util.List;

/** Evaluates one compiled shape for a batch of columns (examples) under one semantics. Not thread-safe. */
interface ShapeEvaluator {

    /**
     * One example of a batch: the row of each neural group's input in its network's batch, the
     * index of the query atom scored (−1 when the program cannot derive it), target and weight.
     */
    record Column(int[] rows, int query, double target, double weight) {
    }

    /**
     * The value of each column's query; when {@code loss} is given, adds the gradient of
     * {@code Σ weight · loss(value, target)} with respect to the network outputs into {@code batch}.
     */
    double[] evaluate(List<Column> columns, NetworkBatch batch, Loss loss);

    /** The values of every query atom of the shape, {@code [column][query]}. */
    double[][] all(List<Column> columns, NetworkBatch batch);
}
