package org.circa.circuits.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.circa.circuits.Circuit;
import org.circa.circuits.CircuitBuilder;
import org.circa.circuits.plan.CircuitPlan;
import org.circa.semirings.Algebras;
import org.junit.jupiter.api.Test;

/** Gradients through conjunctions of more than two children, including factors that are zero. */
class WideProductGradientTest {
    @Test
    void wideProductGradientsMatchTheProductOfSiblings() {
        CircuitBuilder b = new CircuitBuilder();
        int and = b.and(b.literal(1), b.literal(2), b.literal(3), b.literal(4));
        Circuit c = b.build(b.or(and, b.literal(-1)));
        double[][] cases = {{0.5, 0.25, 0.8, 0.9}, {0.5, 0.0, 0.8, 0.9}, {0.0, 0.0, 0.8, 0.9}};
        for (String name : new String[] {"probability", "probability32"}) {
            for (double[] x : cases) {
                PlanEvaluator ev = new PlanEvaluator(CircuitPlan.of(c), Algebras.byName(name), 3, 1);
                LeafWeights w = new LeafWeights(4, 3);
                for (int v = 1; v <= 4; v++) {
                    java.util.Arrays.fill(w.pos(v), x[v - 1]);
                    java.util.Arrays.fill(w.neg(v), 0.3);
                }
                ev.forward(w);
                LeafWeights g = ev.backward(0);
                for (int v = 1; v <= 4; v++) {
                    double expected = 1;
                    for (int u = 1; u <= 4; u++) {
                        expected *= u == v ? 1 : x[u - 1];
                    }
                    for (int col = 0; col < 3; col++) {
                        assertEquals(expected, g.pos(v)[col], 1e-6, name + " d/d(+" + v + ") at " + java.util.Arrays.toString(x));
                    }
                }
            }
        }
    }
}
