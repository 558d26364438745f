package org.circa.circuits.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.circa.circuits.Circuit;
import org.circa.circuits.NodeEvaluator;
import org.circa.circuits.plan.CircuitPlan;
import org.circa.semirings.Algebra;
import org.circa.semirings.Precision;

/** Test helper: the plan evaluator against the per-node reference evaluator, column by column. */
public final class EvaluatorAgreement {
    private EvaluatorAgreement() {
    }

    /** Asserts agreement to 1e-9 (float64) or 1e-4 (float32), relative above magnitude 1, for random weights. */
    public static void assertAgreesWithNodeEvaluator(Circuit circuit, Algebra algebra, int batch, long seed) {
        CircuitPlan plan = CircuitPlan.of(circuit);
        LeafWeights w = LeafWeights.random(circuit.numVars(), batch, algebra, seed);
        double[][] got = new PlanEvaluator(plan, algebra, batch).forward(w);
        double tol = algebra.precision() == Precision.FLOAT32 ? 1e-4 : 1e-9;
        for (int b = 0; b < batch; b++) {
            double[][] col = w.column(b);
            double[] want = NodeEvaluator.evaluateRoots(circuit, algebra, col[0], col[1]);
            for (int r = 0; r < want.length; r++) {
                assertClose(want[r], got[r][b], tol, algebra.name() + " batch " + batch + " root " + r + " column " + b);
            }
        }
    }

    /** Asserts {@code |want − got| ≤ tol · max(1, |want|)}, equal infinities and NaNs included. */
    public static void assertClose(double want, double got, double tol, String what) {
        boolean ok = want == got || Math.abs(want - got) <= tol * Math.max(1.0, Math.abs(want))
                || Double.isNaN(want) && Double.isNaN(got);
        assertTrue(ok, () -> what + ": expected " + want + " but got " + got);
    }
}
