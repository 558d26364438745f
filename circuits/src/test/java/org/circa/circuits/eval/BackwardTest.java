package org.circa.circuits.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.circa.circuits.Circuit;
import org.circa.circuits.bench.RandomCircuits;
import org.circa.circuits.plan.CircuitPlan;
import org.circa.semirings.Algebra;
import org.circa.semirings.Algebras;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Gradients of the backward pass against central finite differences of the forward pass. */
class BackwardTest {
    @ParameterizedTest
    @ValueSource(strings = {"probability", "logprobability", "product", "maxproduct", "lukasiewicz"})
    void gradientsMatchFiniteDifferences(String name) {
        Algebra algebra = Algebras.byName(name);
        for (int seed = 0; seed < 3; seed++) {
            Circuit c = RandomCircuits.generate(6, 40, 4, 2, 100 + seed);
            checkGradients(c, algebra, 19, seed);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"probability32", "logprobability32"})
    void float32GradientsMatchFloat64Gradients(String name) {
        Algebra f32 = Algebras.byName(name);
        Algebra f64 = Algebras.byName(name.replace("32", ""));
        Circuit c = RandomCircuits.generate(10, 60, 3, 2, 7);
        CircuitPlan plan = CircuitPlan.of(c);
        // 40: a partial tile; 64 and 128: one tile of four or eight vectors; 300: several tiles
        for (int batch : new int[] {40, 64, 128, 300}) {
            LeafWeights w = LeafWeights.random(c.numVars(), batch, f64, 3);
            PlanEvaluator e32 = new PlanEvaluator(plan, f32, batch, 1);
            PlanEvaluator e64 = new PlanEvaluator(plan, f64, batch, 1);
            e32.forward(w);
            e64.forward(w);
            LeafWeights g32 = e32.backward(1);
            LeafWeights g64 = e64.backward(1);
            for (int v = 1; v <= c.numVars(); v++) {
                for (int b = 0; b < batch; b++) {
                    assertClose(g64.pos(v)[b], g32.pos(v)[b], 1e-3, name + " batch " + batch + " d/d+" + v);
                    assertClose(g64.neg(v)[b], g32.neg(v)[b], 1e-3, name + " batch " + batch + " d/d-" + v);
                }
            }
        }
    }

    /**
     * Max and min pass the gradient to their first child equal to them: with many ties (labels
     * drawn from three values), the vectorised columns of a wide batch agree with each column
     * evaluated alone, which takes the scalar path.
     */
    @ParameterizedTest
    @ValueSource(strings = {"godel", "godel32", "maxproduct", "maxproduct32", "boolean"})
    void maxAndMinGradientsGoToTheFirstEqualChildInEveryColumn(String name) {
        Algebra algebra = Algebras.byName(name);
        Circuit c = RandomCircuits.generate(8, 120, 4, 2, 11);
        CircuitPlan plan = CircuitPlan.of(c);
        int batch = 37;
        LeafWeights w = new LeafWeights(c.numVars(), batch);
        java.util.Random random = new java.util.Random(5);
        double[] labels = {0.25, 0.5, 1.0};
        for (int v = 1; v <= c.numVars(); v++) {
            for (int b = 0; b < batch; b++) {
                w.pos(v)[b] = labels[random.nextInt(3)];
                w.neg(v)[b] = labels[random.nextInt(3)];
            }
        }
        PlanEvaluator all = new PlanEvaluator(plan, algebra, batch, 1);
        all.forward(w);
        LeafWeights wide = all.backward(0);
        for (int b = 0; b < batch; b++) {
            LeafWeights one = new LeafWeights(c.numVars(), 1);
            for (int v = 1; v <= c.numVars(); v++) {
                one.pos(v)[0] = w.pos(v)[b];
                one.neg(v)[0] = w.neg(v)[b];
            }
            PlanEvaluator single = new PlanEvaluator(plan, algebra, 1, 1);
            single.forward(one);
            LeafWeights g = single.backward(0);
            for (int v = 1; v <= c.numVars(); v++) {
                assertEquals(g.pos(v)[0], wide.pos(v)[b], name + " column " + b + " d/d+" + v);
                assertEquals(g.neg(v)[0], wide.neg(v)[b], name + " column " + b + " d/d-" + v);
            }
        }
    }

    /**
     * Łukasiewicz's disjunction min(1, a + b) passes the gradient only below 1 and its
     * conjunction max(0, x + c − 1) only above 0: in root = AND(OR(a, b), c), d root/d a is 1
     * exactly when a + b < 1 and min(1, a + b) + c > 1. Columns put the sums below, at and above
     * the bounds, in the vectorised lanes of a batch of 37 and in its scalar tail.
     */
    @ParameterizedTest
    @ValueSource(strings = {"lukasiewicz", "lukasiewicz32"})
    void lukasiewiczGradientsStopAtTheBounds(String name) {
        org.circa.circuits.CircuitBuilder b = new org.circa.circuits.CircuitBuilder();
        b.declareVars(3);
        int root = b.and(b.or(b.literal(1), b.literal(2)), b.literal(3));
        Circuit c = b.build(root);
        int batch = 37;
        double[] as = {0.25, 0.5, 0.75};
        double[] cs = {0.25, 0.5, 0.75, 1.0};
        LeafWeights w = new LeafWeights(3, batch);
        for (int col = 0; col < batch; col++) {
            w.pos(1)[col] = as[col % 3];
            w.pos(2)[col] = 0.5;
            w.pos(3)[col] = cs[(col / 3) % 4];
        }
        PlanEvaluator e = new PlanEvaluator(CircuitPlan.of(c), Algebras.byName(name), batch, 1);
        e.forward(w);
        LeafWeights g = e.backward(0);
        for (int col = 0; col < batch; col++) {
            double a = w.pos(1)[col];
            double cv = w.pos(3)[col];
            double or = Math.min(1, a + 0.5);
            double viaOr = or + cv - 1 > 0 ? 1 : 0;
            assertEquals(a + 0.5 < 1 ? viaOr : 0, g.pos(1)[col], name + " column " + col + " d/da");
            assertEquals(viaOr, g.pos(3)[col], name + " column " + col + " d/dc");
        }
    }

    @org.junit.jupiter.api.Test
    void gradientsOfASharedCircuitMatchFiniteDifferences() throws java.io.IOException {
        String shared = System.getProperty("circa.shared");
        org.junit.jupiter.api.Assumptions.assumeTrue(shared != null, "system property circa.shared is not set: skipped");
        java.nio.file.Path file = java.nio.file.Path.of(shared, "bench", "circuits", "road_r.sdd");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(file), file + " is missing: skipped");
        Circuit c = org.circa.circuits.io.CircuitReader.read(file);
        checkGradients(c, Algebras.byName("probability"), 3, 1);
        checkGradients(c, Algebras.byName("logprobability"), 3, 2);
    }

    static void checkGradients(Circuit c, Algebra algebra, int batch, long seed) {
        CircuitPlan plan = CircuitPlan.of(c);
        LeafWeights w = LeafWeights.random(c.numVars(), batch, algebra, seed);
        PlanEvaluator e = new PlanEvaluator(plan, algebra, batch);
        for (int root = 0; root < plan.rootCount(); root++) {
            double[] value = e.forward(w)[root];
            LeafWeights grad = e.backward(root);
            double scale = 0;
            for (int v = 1; v <= c.numVars(); v++) {
                for (int b = 0; b < batch; b++) {
                    scale = Math.max(scale, Math.max(Math.abs(grad.pos(v)[b]), Math.abs(grad.neg(v)[b])));
                }
            }
            double floor = scale == 0 ? 1e-300 : 1e-3 * scale;
            for (int lit = -c.numVars(); lit <= c.numVars(); lit++) {
                if (lit == 0) {
                    continue;
                }
                double[] row = w.literal(lit);
                double h = 1e-6;
                double[] saved = row.clone();
                for (int b = 0; b < batch; b++) {
                    row[b] = saved[b] + h;
                }
                double[] up = e.forward(w)[root];
                for (int b = 0; b < batch; b++) {
                    row[b] = saved[b] - h;
                }
                double[] down = e.forward(w)[root];
                System.arraycopy(saved, 0, row, 0, batch);
                for (int b = 0; b < batch; b++) {
                    double numeric = (up[b] - down[b]) / (2 * h);
                    double analytic = grad.literal(lit)[b];
                    double roundoff = 1e-8 * Math.abs(value[b]);
                    double allowed = roundoff + 1e-5 * Math.max(floor, Math.max(Math.abs(numeric), Math.abs(analytic)));
                    int l = lit;
                    int col = b;
                    int rt = root;
                    assertTrue(Math.abs(numeric - analytic) <= allowed, () -> algebra.name() + " root " + rt + " literal " + l
                            + " column " + col + ": finite difference " + numeric + ", backward " + analytic);
                }
            }
        }
    }

    static void assertClose(double want, double got, double tol, String what) {
        assertTrue(Math.abs(want - got) <= tol * Math.max(1.0, Math.abs(want)), () -> what + ": expected " + want + " but got " + got);
    }
}
