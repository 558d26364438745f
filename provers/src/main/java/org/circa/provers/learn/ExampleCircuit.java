package org.circa.provers.learn;

import java.util.List;
import org.circa.circuits.eval.CircuitEvaluator;
import org.circa.language.CircaException;
import org.circa.language.Diagnostic;
import org.circa.language.DiagnosticCode;
import org.circa.language.SourceSpan;
import org.circa.provers.pipeline.CompiledQueries;

/**
 * One distinct example compiled once: its circuit, how many examples it stands for, and its
 * learnable choice groups, each with the parameter slot (or fixed probability) of every head.
 * Evaluated once per EM step with the current parameter values. Not thread-safe.
 */
final class ExampleCircuit implements AutoCloseable {
    /** A learnable group: the query index of its body, and per head a slot or a fixed probability. */
    record Group(int bodyQuery, Slot[] slots, double[] fixed, int[] variables) {
    }

    private final CompiledQueries compiled;
    private final CircuitEvaluator evaluator;
    private final int multiplicity;
    private final List<Group> groups;
    private final String origin;
    private final double[] pos;
    private final double[] neg;

    ExampleCircuit(CompiledQueries compiled, CircuitEvaluator evaluator, int multiplicity, List<Group> groups,
            String origin) {
        this.compiled = compiled;
        this.evaluator = evaluator;
        this.multiplicity = multiplicity;
        this.groups = groups;
        this.origin = origin;
        double[][] w = compiled.weights();
        this.pos = w[0];
        this.neg = w[1];
    }

    /** Whether the example's evidence has a positive probability under the slots' current values. */
    boolean possible() {
        for (Group g : groups) {
            setChain(g);
        }
        return compiled.marginals(pos, neg, evaluator).evidence() > 0;
    }

    /** Where the example comes from, for messages. */
    String origin() {
        return origin;
    }

    /**
     * Evaluates the example with the slots' current values, adds its expected counts to them and
     * returns its weighted log-likelihood.
     */
    double accumulate() {
        for (Group g : groups) {
            setChain(g);
        }
        CompiledQueries.Marginals m = compiled.marginals(pos, neg, evaluator);
        if (!(m.evidence() > 0)) {
            DiagnosticCode code = DiagnosticCode.INCONSISTENT_EVIDENCE;
            throw new CircaException(new Diagnostic(code, code.format() + " in " + origin
                    + " under the current parameters", SourceSpan.NONE));
        }
        for (Group g : groups) {
            double body = m.queries().get(g.bodyQuery()).value();
            for (int j = 0; j < g.slots().length; j++) {
                Slot s = g.slots()[j];
                if (s != null) {
                    s.chosen += multiplicity * m.queries().get(g.bodyQuery() + 1 + j).value();
                    s.body += multiplicity * body;
                }
            }
        }
        return multiplicity * Math.log(m.evidence());
    }

    /** Chain-encodes the group's head probabilities p_j as P(d_j) = p_j / (p_j + ... + p_k + leftover). */
    private void setChain(Group g) {
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
            int v = g.variables()[j];
            if (v == 0) {
                continue;
            }
            double q = remaining[j] <= 0 ? 0.0 : Math.min(1.0, probability(g, j) / remaining[j]);
            pos[v] = q;
            neg[v] = 1 - q;
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
