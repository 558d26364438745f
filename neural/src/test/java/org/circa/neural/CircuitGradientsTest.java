package org.circa.neural;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.circa.circuits.Circuit;
import org.circa.circuits.eval.LeafWeights;
import org.circa.circuits.eval.PlanEvaluator;
import org.circa.circuits.plan.CircuitPlan;
import org.circa.provers.Engine;
import org.circa.semirings.ProbabilityAlgebra;
import org.junit.jupiter.api.Test;

/** {@link CircuitGradients} against the circuits module's {@link PlanEvaluator}, values and gradients. */
class CircuitGradientsTest {

    @Test
    void agreesWithPlanEvaluatorOnACompiledProgram() {
        Engine engine = Engine.create();
        var ground = engine.ground(engine.parse(org.circa.language.Source.of("t.pl", """
                0.3::a. 0.6::b. 0.2::c. 0.5::d.
                p :- a, b.  p :- \\+a, c.  q :- p, d.  q :- \\+b, \\+d.
                r :- q, \\+p.  r :- a, c, d.
                query(p). query(q). query(r).
                """)));
        Circuit circuit = engine.compile(ground).circuit();
        int batch = 5;
        LeafWeights w = LeafWeights.random(circuit.numVars(), batch, ProbabilityAlgebra.INSTANCE, 4);
        for (int v = 1; v <= circuit.numVars(); v++) {
            w.neg(v)[2] = 0.0; // a column with zeros, as conditioning makes
        }
        PlanEvaluator reference = new PlanEvaluator(CircuitPlan.of(circuit), ProbabilityAlgebra.INSTANCE, batch);
        CircuitGradients mine = new CircuitGradients(circuit, batch);
        double[] expected = reference.forward(w)[0];
        double[] actual = mine.forward(w);
        double[] seed = {1.0, -2.0, 0.5, 3.0, 1.5};
        double[][] seeds = {seed};
        LeafWeights g0 = reference.backward(seeds);
        LeafWeights g1 = mine.backward(seed);
        for (int b = 0; b < batch; b++) {
            assertEquals(expected[b], actual[b], 1e-12, "root value of column " + b);
            for (int v = 1; v <= circuit.numVars(); v++) {
                assertEquals(g0.pos(v)[b], g1.pos(v)[b], 1e-12, "d/d +" + v + " column " + b);
                assertEquals(g0.neg(v)[b], g1.neg(v)[b], 1e-12, "d/d -" + v + " column " + b);
            }
        }
    }
}
