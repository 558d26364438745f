package org.circa.circuits.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.circa.circuits.Circuit;
import org.circa.circuits.CircuitBuilder;
import org.circa.circuits.bench.RandomCircuits;
import org.circa.circuits.plan.CircuitPlan;
import org.circa.semirings.Algebra;
import org.circa.semirings.Algebras;
import org.circa.semirings.ProbabilityAlgebra;
import org.circa.semirings.UserAlgebra;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The plan evaluator against the per-node reference evaluator, for every algebra and many batch sizes. */
class PlanEvaluatorTest {
    static final int[] BATCHES = {1, 3, 16, 37, 128};

    static List<Algebra> algebras() {
        List<Algebra> all = new ArrayList<>(Algebras.builtIns());
        all.add(UserAlgebra.of("tropical", Double.POSITIVE_INFINITY, 0.0, Math::min, Double::sum, true));
        return all;
    }

    @TestFactory
    List<DynamicTest> forwardAgreesWithNodeEvaluatorOnRandomCircuits() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Algebra algebra : algebras()) {
            tests.add(DynamicTest.dynamicTest(algebra.name(), () -> {
                for (int seed = 0; seed < 4; seed++) {
                    Circuit c = RandomCircuits.generate(12, 300, 5, 3, seed);
                    for (int batch : BATCHES) {
                        EvaluatorAgreement.assertAgreesWithNodeEvaluator(c, algebra, batch, seed * 31L + batch);
                    }
                }
            }));
        }
        return tests;
    }

    @Test
    void largeBatchesSplitIntoSlicesAndStillAgree() {
        Circuit c = RandomCircuits.generate(30, 3000, 4, 4, 99);
        CircuitPlan plan = CircuitPlan.of(c);
        Algebra p = ProbabilityAlgebra.INSTANCE;
        LeafWeights w = LeafWeights.random(c.numVars(), 256, p, 5);
        PlanEvaluator parallel = new PlanEvaluator(plan, p, 256);
        PlanEvaluator serial = new PlanEvaluator(plan, p, 256, 1);
        assertEquals(1, serial.threads());
        double[][] a = parallel.forward(w);
        double[][] b = serial.forward(w);
        for (int r = 0; r < a.length; r++) {
            for (int col = 0; col < 256; col++) {
                assertEquals(b[r][col], a[r][col], 0.0);
            }
        }
    }

    @Test
    void fusedForwardAndBackwardEqualsTheSeparatePasses() {
        Circuit c = RandomCircuits.generate(20, 2000, 3, 2, 4);
        CircuitPlan plan = CircuitPlan.of(c);
        for (String name : List.of("probability32", "logprobability")) {
            Algebra a = Algebras.byName(name);
            LeafWeights w = LeafWeights.random(c.numVars(), 300, a, 2);
            double[][] seed = new double[2][300];
            java.util.Arrays.fill(seed[0], 1.0);
            java.util.Arrays.fill(seed[1], 0.5);
            PlanEvaluator e = new PlanEvaluator(plan, a, 300);
            double[][] values = e.forward(w);
            LeafWeights separate = e.backward(seed);
            LeafWeights fused = new LeafWeights(c.numVars(), 300);
            double[][] fusedValues = new PlanEvaluator(plan, a, 300).forwardAndBackward(w, seed, fused);
            // vector exp/log (SVML once compiled) may differ from the interpreter's in the last bits
            for (int v = 1; v <= c.numVars(); v++) {
                for (int b = 0; b < 300; b++) {
                    EvaluatorAgreement.assertClose(separate.pos(v)[b], fused.pos(v)[b], 1e-12, name + " d/d+" + v);
                    EvaluatorAgreement.assertClose(separate.neg(v)[b], fused.neg(v)[b], 1e-12, name + " d/d-" + v);
                }
            }
            for (int b = 0; b < 300; b++) {
                EvaluatorAgreement.assertClose(values[1][b], fusedValues[1][b], 1e-12, name + " root 1");
            }
        }
    }

    @Test
    void constantRootsEvaluateToTheAlgebraConstants() {
        CircuitBuilder b = new CircuitBuilder();
        int x = b.literal(1);
        Circuit c = b.build(b.trueNode(), b.falseNode(), x);
        Algebra log = Algebras.byName("logprobability");
        double[][] out = new PlanEvaluator(CircuitPlan.of(c), log, 4).forward(LeafWeights.random(1, 4, log, 1));
        assertEquals(0.0, out[0][2]);
        assertEquals(Double.NEGATIVE_INFINITY, out[1][3]);
    }

    @Test
    void mismatchedWeightsAreRejected() {
        Circuit c = RandomCircuits.generate(5, 20, 3, 1, 1);
        PlanEvaluator e = new PlanEvaluator(CircuitPlan.of(c), ProbabilityAlgebra.INSTANCE, 8);
        assertThrows(IllegalArgumentException.class, () -> e.forward(new LeafWeights(5, 4)));
    }

    @Test
    void userAlgebrasHaveNoBackwardPass() {
        Circuit c = RandomCircuits.generate(5, 20, 3, 1, 1);
        Algebra user = algebras().get(algebras().size() - 1);
        PlanEvaluator e = new PlanEvaluator(CircuitPlan.of(c), user, 2);
        e.forward(LeafWeights.random(5, 2, user, 3));
        assertThrows(UnsupportedOperationException.class, () -> e.backward(0));
    }
}
