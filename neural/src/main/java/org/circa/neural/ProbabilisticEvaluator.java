package org.circa.neural;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.circa.circuits.eval.LeafWeights;
import org.circa.circuits.eval.PlanEvaluator;
import org.circa.circuits.plan.CircuitPlan;
import org.circa.language.CircaException;
import org.circa.language.Diagnostic;
import org.circa.language.DiagnosticCode;
import org.circa.language.GroundProgram;
import org.circa.language.SourceSpan;
import org.circa.semirings.ProbabilityAlgebra;

/**
 * Probabilistic semantics of a compiled shape: each column's query probability
 * {@code P(q | e) = WMC(q ∧ e) / WMC(e)} from one batched evaluation of the circuit plan over
 * 2B columns (B conditioned on the query by zeroing the weight of its negation, B not), and
 * gradients by one backward pass seeded with dLoss/dWMC, both by the circuits module's
 * {@link PlanEvaluator} (vectorised over the batch, linear in the fan-in of AND gates). Not
 * thread-safe.
 */
final class ProbabilisticEvaluator implements ShapeEvaluator {
    private final CompiledShape shape;
    private final int numVars;
    private final double[] basePos;
    private final double[] baseNeg;
    private final Map<Integer, PlanEvaluator> evaluators = new HashMap<>();
    private CircuitPlan plan;

    ProbabilisticEvaluator(CompiledShape shape) {
        this.shape = shape;
        this.numVars = shape.compiled().circuit().numVars();
        double[][] w = shape.compiled().weights();
        this.basePos = w[0];
        this.baseNeg = w[1];
    }

    private PlanEvaluator evaluator(int width) {
        if (evaluators.size() > 4) {
            evaluators.clear();
        }
        if (plan == null) {
            plan = CircuitPlan.of(shape.compiled().circuit());
        }
        return evaluators.computeIfAbsent(width, b -> new PlanEvaluator(plan, ProbabilityAlgebra.INSTANCE, b));
    }

    /** Fills columns [offset, offset + B) with the base weights and the networks' chain probabilities. */
    private void fill(LeafWeights w, List<Column> columns, NetworkBatch batch, int offset) {
        int n = numVars;
        for (int v = 1; v <= n; v++) {
            java.util.Arrays.fill(w.pos(v), offset, offset + columns.size(), basePos[v]);
            java.util.Arrays.fill(w.neg(v), offset, offset + columns.size(), baseNeg[v]);
        }
        List<CompiledShape.Group> groups = shape.groups();
        for (int b = 0; b < columns.size(); b++) {
            int[] rows = columns.get(b).rows();
            for (int g = 0; g < groups.size(); g++) {
                CompiledShape.Group group = groups.get(g);
                double[] q = ChainEncoding.conditionals(batch.output(group.network(), rows[g]));
                for (int i = 0; i < q.length; i++) {
                    int v = group.variables()[i];
                    if (v > 0) {
                        w.pos(v)[offset + b] = q[i];
                        w.neg(v)[offset + b] = 1.0 - q[i];
                    }
                }
            }
        }
    }

    @Override
    public double[] evaluate(List<Column> columns, NetworkBatch batch, Loss loss) {
        int count = columns.size();
        LeafWeights w = new LeafWeights(numVars, 2 * count);
        fill(w, columns, batch, 0);
        fill(w, columns, batch, count);
        int[] conditioned = new int[count];
        double[] constant = new double[count];
        for (int b = 0; b < count; b++) {
            int query = columns.get(b).query();
            int lit = query < 0 ? GroundProgram.FALSE : shape.compiled().queryLiteral(query);
            if (lit == GroundProgram.TRUE || lit == GroundProgram.FALSE) {
                constant[b] = lit == GroundProgram.TRUE ? 1.0 : 0.0;
                conditioned[b] = 0;
            } else {
                constant[b] = Double.NaN;
                conditioned[b] = lit;
                (lit > 0 ? w.neg(lit) : w.pos(-lit))[b] = 0.0;
            }
        }
        PlanEvaluator eval = evaluator(2 * count);
        double[] root = eval.forward(w)[0];
        double[] values = new double[count];
        double[] seed = new double[2 * count];
        boolean anyGradient = false;
        for (int b = 0; b < count; b++) {
            double z = root[count + b];
            if (!(z > 0)) {
                throw new CircaException(Diagnostic.of(DiagnosticCode.INCONSISTENT_EVIDENCE, SourceSpan.NONE));
            }
            values[b] = Double.isNaN(constant[b]) ? root[b] / z : constant[b];
            Column c = columns.get(b);
            if (loss != null && conditioned[b] != 0 && c.weight() > 0) {
                double d = c.weight() * loss.derivative(values[b], c.target());
                seed[b] = d / z;
                seed[count + b] = -d * root[b] / (z * z);
                anyGradient = true;
            }
        }
        if (anyGradient) {
            LeafWeights g = eval.backward(new double[][] {seed});
            propagate(g, columns, batch, conditioned);
        }
        return values;
    }

    private void propagate(LeafWeights g, List<Column> columns, NetworkBatch batch, int[] conditioned) {
        int count = columns.size();
        List<CompiledShape.Group> groups = shape.groups();
        for (int b = 0; b < count; b++) {
            int[] rows = columns.get(b).rows();
            for (int gi = 0; gi < groups.size(); gi++) {
                CompiledShape.Group group = groups.get(gi);
                int[] vars = group.variables();
                double[] dq = new double[vars.length];
                boolean any = false;
                for (int i = 0; i < vars.length; i++) {
                    int v = vars[i];
                    if (v == 0) {
                        continue;
                    }
                    double pos = g.pos(v)[b];
                    double neg = g.neg(v)[b];
                    if (conditioned[b] == v) {
                        neg = 0;
                    } else if (conditioned[b] == -v) {
                        pos = 0;
                    }
                    dq[i] = pos - neg + g.pos(v)[count + b] - g.neg(v)[count + b];
                    any |= dq[i] != 0;
                }
                if (any) {
                    double[] p = batch.output(group.network(), rows[gi]);
                    batch.addGradient(group.network(), rows[gi], ChainEncoding.backward(p, dq));
                }
            }
        }
    }

    @Override
    public double[][] all(List<Column> columns, NetworkBatch batch) {
        int chunk = 64;
        if (columns.size() > chunk) {
            double[][] out = new double[columns.size()][];
            for (int from = 0; from < columns.size(); from += chunk) {
                double[][] part = all(columns.subList(from, Math.min(columns.size(), from + chunk)), batch);
                System.arraycopy(part, 0, out, from, part.length);
            }
            return out;
        }
        int count = columns.size();
        LeafWeights w = new LeafWeights(numVars, count);
        fill(w, columns, batch, 0);
        PlanEvaluator eval = evaluator(count);
        double[] z = eval.forward(w)[0];
        double[] ones = new double[count];
        java.util.Arrays.fill(ones, 1.0);
        LeafWeights g = eval.backward(new double[][] {ones});
        int queries = shape.queryAtoms().size();
        double[][] out = new double[count][queries];
        for (int qi = 0; qi < queries; qi++) {
            int lit = shape.compiled().queryLiteral(qi);
            for (int b = 0; b < count; b++) {
                if (lit == GroundProgram.TRUE || lit == GroundProgram.FALSE) {
                    out[b][qi] = lit == GroundProgram.TRUE ? 1.0 : 0.0;
                } else if (lit > 0) {
                    out[b][qi] = w.pos(lit)[b] * g.pos(lit)[b] / z[b];
                } else {
                    out[b][qi] = w.neg(-lit)[b] * g.neg(-lit)[b] / z[b];
                }
            }
        }
        return out;
    }
}
