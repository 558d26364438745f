package org.circa.provers.learn;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.circa.circuits.eval.CircuitEvaluator;
import org.circa.circuits.eval.EvaluatorBackend;
import org.circa.circuits.eval.LeafWeights;
import org.circa.language.CircaException;
import org.circa.language.Diagnostic;
import org.circa.language.DiagnosticCode;
import org.circa.language.GroundProgram;
import org.circa.language.SourceSpan;
import org.circa.provers.pipeline.CompiledQueries;

/**
 * All distinct examples over one circuit, one batch column each: the circuit has every observed
 * atom as a query, and a column conditions on its example's observations by zeroing the weight of
 * each observed atom's contrary literal (as many columns a pass as fit in 256 MB of buffers, at
 * most 256). One forward and one backward pass per EM step and batch give every
 * example's likelihood, the probability of each learnable group's body, and (from the leaf
 * gradients of the smoothed circuit) the probability of each chain choice. Not thread-safe.
 */
final class ExampleBatch implements AutoCloseable {
    /** Most columns per pass. */
    private static final int MAX_COLUMNS = 256;
    /** Values that the value and gradient buffers of a pass may hold together (16 bytes a row and column): 256 MB. */
    private static final long BUFFER_VALUES = 16L << 20;

    /**
     * A learnable group: the ground literal of its body and, when that is not constant, the
     * circuit literal of its body query; per head a slot or a fixed probability and the circuit
     * variable of its chain choice (0 if none); the chain probabilities of the current step.
     */
    record Group(int bodyLiteral, int bodyCircuitLiteral, Slot[] slots, double[] fixed, int[] variables,
            double[] chain) {
    }

    /**
     * A distinct example: where each of the equal examples it stands for comes from, the circuit
     * variables whose positive (resp. negative) weight its observations zero, the groups it
     * reaches, and whether it is left out.
     */
    static final class Column {
        final List<String> origins;
        final int[] zeroPositive;
        final int[] zeroNegative;
        final BitSet groups;
        boolean leftOut;

        Column(List<String> origins, int[] zeroPositive, int[] zeroNegative, BitSet groups, boolean leftOut) {
            this.origins = origins;
            this.zeroPositive = zeroPositive;
            this.zeroNegative = zeroNegative;
            this.groups = groups;
            this.leftOut = leftOut;
        }

        /** How many examples this column stands for. */
        int multiplicity() {
            return origins.size();
        }
    }

    /** Columns {@code from} (inclusive) to {@code to} (exclusive) of one pass. */
    private record Chunk(int from, int to) {
    }

    private final CompiledQueries compiled;
    private final List<Group> groups;
    private final List<Column> columns;
    private final List<Chunk> chunks = new ArrayList<>();
    private final CircuitEvaluator evaluator;
    private final LeafWeights weights;
    private final double[] pos;
    private final double[] neg;

    ExampleBatch(CompiledQueries compiled, List<Group> groups, List<Column> columns, EvaluatorBackend backend) {
        this.compiled = compiled;
        this.groups = groups;
        this.columns = columns;
        double[][] w = compiled.weights();
        this.pos = w[0];
        this.neg = w[1];
        int width = (int) Math.max(1, Math.min(Math.min(MAX_COLUMNS, columns.size()),
                BUFFER_VALUES / Math.max(1, compiled.smoothedRows())));
        for (int from = 0; from < columns.size(); from += width) {
            chunks.add(new Chunk(from, Math.min(columns.size(), from + width)));
        }
        this.evaluator = compiled.smoothedProbabilityEvaluator(backend, width);
        this.weights = new LeafWeights(pos.length - 1, width);
    }

    /** The origins of the examples left out so far. */
    List<String> leftOut() {
        List<String> out = new ArrayList<>();
        for (Column c : columns) {
            if (c.leftOut) {
                out.addAll(c.origins);
            }
        }
        return out;
    }

    /** Leaves out the examples whose evidence has probability 0 now. */
    void leaveOutImpossible() {
        setChains();
        for (Chunk c : chunks) {
            double[] z = evaluator.forward(fill(c))[0];
            for (int col = c.from(); col < c.to(); col++) {
                Column column = columns.get(col);
                if (!(z[col - c.from()] > 0)) {
                    column.leftOut = true;
                }
            }
        }
    }

    /**
     * Evaluates every example with the slots' current values, adds the expected counts to the
     * slots and returns the examples' log-likelihood.
     */
    double accumulate() {
        setChains();
        double score = 0;
        for (Chunk c : chunks) {
            double[] z = evaluator.forward(fill(c))[0];
            LeafWeights grad = evaluator.backward(0);
            for (int col = c.from(); col < c.to(); col++) {
                Column column = columns.get(col);
                if (column.leftOut) {
                    continue;
                }
                double zc = z[col - c.from()];
                if (!(zc > 0)) {
                    DiagnosticCode code = DiagnosticCode.INCONSISTENT_EVIDENCE;
                    throw new CircaException(new Diagnostic(code, code.format() + " in " + column.origins.get(0)
                            + " under the current parameters", SourceSpan.NONE));
                }
                score += column.multiplicity() * Math.log(zc);
                for (int g = column.groups.nextSetBit(0); g >= 0; g = column.groups.nextSetBit(g + 1)) {
                    count(groups.get(g), grad, col - c.from(), zc, column.multiplicity());
                }
            }
        }
        return score;
    }

    /**
     * Adds one example's expected counts for one group. Chain choice j is consulted only where the
     * body holds and no earlier head was chosen; elsewhere it is free, so
     * P(d_j | e) = P(head j chosen | e) + q_j · P(free | e).
     */
    private void count(Group g, LeafWeights grad, int col, double z, int multiplicity) {
        double body = probability(g.bodyLiteral(), g.bodyCircuitLiteral(), grad, col, z);
        double free = 1 - body;
        for (int j = 0; j < g.slots().length; j++) {
            int v = g.variables()[j];
            double q = g.chain()[j];
            double chosen = compiled.mentions(v) ? q * grad.pos(v)[col] / z - q * free : q * (1 - free);
            chosen = Math.max(0.0, Math.min(body, chosen));
            free += chosen;
            Slot s = g.slots()[j];
            if (s != null) {
                s.reached = true;
                s.chosen += multiplicity * chosen;
                s.body += multiplicity * body;
            }
        }
    }

    private static double probability(int groundLiteral, int circuitLiteral, LeafWeights grad, int col, double z) {
        if (groundLiteral == GroundProgram.TRUE || circuitLiteral == GroundProgram.TRUE) {
            return 1.0;
        }
        if (groundLiteral == GroundProgram.FALSE || circuitLiteral == GroundProgram.FALSE) {
            return 0.0;
        }
        // A query variable weighs 1 on both literals, so its gradient is the count with it.
        return (circuitLiteral > 0 ? grad.pos(circuitLiteral)[col] : grad.neg(-circuitLiteral)[col]) / z;
    }

    private LeafWeights fill(Chunk c) {
        LeafWeights w = weights;
        for (int v = 1; v < pos.length; v++) {
            java.util.Arrays.fill(w.pos(v), pos[v]);
            java.util.Arrays.fill(w.neg(v), neg[v]);
        }
        for (int col = c.from(); col < c.to(); col++) {
            Column column = columns.get(col);
            for (int v : column.zeroPositive) {
                w.pos(v)[col - c.from()] = 0;
            }
            for (int v : column.zeroNegative) {
                w.neg(v)[col - c.from()] = 0;
            }
        }
        return w;
    }

    /** Chain-encodes each group's head probabilities p_j as P(d_j) = p_j / (p_j + ... + p_k + leftover). */
    private void setChains() {
        for (Group g : groups) {
            int k = g.slots().length;
            double total = 0;
            for (int j = 0; j < k; j++) {
                total += probability(g, j);
            }
            double tail = Math.max(0.0, 1.0 - total);
            double[] remaining = new double[k];
            for (int j = k - 1; j >= 0; j--) {
                tail += probability(g, j);
                remaining[j] = tail;
            }
            for (int j = 0; j < k; j++) {
                double q = remaining[j] <= 0 ? 0.0 : Math.min(1.0, probability(g, j) / remaining[j]);
                g.chain()[j] = q;
                int v = g.variables()[j];
                if (v != 0) {
                    pos[v] = q;
                    neg[v] = 1 - q;
                }
            }
        }
    }

    private static double probability(Group g, int j) {
        Slot s = g.slots()[j];
        return s == null ? g.fixed()[j] : s.value;
    }

    @Override
    public void close() {
        evaluator.close();
    }
}
