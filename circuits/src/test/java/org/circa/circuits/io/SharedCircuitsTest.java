package org.circa.circuits.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.circa.circuits.Circuit;
import org.circa.circuits.CircuitBuilder;
import org.circa.circuits.bench.RecursiveEvaluator;
import org.circa.circuits.eval.LeafWeights;
import org.circa.circuits.eval.PlanEvaluator;
import org.circa.circuits.eval.EvaluatorAgreement;
import org.circa.circuits.plan.CircuitPlan;
import org.circa.semirings.Algebra;
import org.circa.semirings.Algebras;
import org.circa.semirings.Precision;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The real neurosymbolic SDDs in {@code ../shared/bench/circuits} (system property
 * {@code circa.shared}): read, round-tripped through the c2d and d4 readers, evaluated by the plan
 * evaluator under every algebra against the per-node evaluator, and checked as normalised WMCs.
 */
class SharedCircuitsTest {
    static List<Path> sharedSdds() throws IOException {
        String shared = System.getProperty("circa.shared");
        assumeTrue(shared != null, "system property circa.shared is not set: shared circuits skipped");
        Path dir = Path.of(shared, "bench", "circuits");
        assumeTrue(Files.isDirectory(dir), dir + " is missing: shared circuits skipped");
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".sdd")).sorted().toList();
        }
    }

    @TestFactory
    List<DynamicTest> sharedCircuits() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : sharedSdds()) {
            tests.add(DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
        }
        assertTrue(!tests.isEmpty(), "no .sdd files in the shared folder");
        return tests;
    }

    static void check(Path file) throws IOException {
        Circuit c = CircuitReader.read(file);
        assertTrue(c.edgeCount() > 100, file + " read as a tiny circuit: " + c);
        for (Algebra algebra : Algebras.builtIns()) {
            for (int batch : new int[] {1, 16, 128}) {
                EvaluatorAgreement.assertAgreesWithNodeEvaluator(c, algebra, batch, batch);
            }
        }
        Algebra p = Algebras.byName("probability");
        Algebra log = Algebras.byName("logprobability");
        CircuitPlan plan = CircuitPlan.of(c);
        LeafWeights wp = LeafWeights.random(c.numVars(), 8, p, 1);
        LeafWeights wl = LeafWeights.random(c.numVars(), 8, log, 1);
        double[] prob = new PlanEvaluator(plan, p, 8).forward(wp)[0];
        double[] logProb = new PlanEvaluator(plan, log, 8).forward(wl)[0];
        for (int b = 0; b < 8; b++) {
            assertTrue(prob[b] > 0 && prob[b] <= 1 + 1e-12, "a normalised WMC lies in (0, 1], got " + prob[b]);
            assertEquals(Math.log(prob[b]), logProb[b], 1e-9);
        }
        for (Algebra algebra : List.of(p, log)) {
            LeafWeights w = algebra == p ? wp : wl;
            PlanEvaluator e = new PlanEvaluator(plan, algebra, 8);
            e.forward(w);
            LeafWeights got = e.backward(0);
            LeafWeights want = new RecursiveEvaluator(c, algebra).forwardBackward(w);
            for (int v = 1; v <= c.numVars(); v++) {
                for (int b = 0; b < 8; b++) {
                    EvaluatorAgreement.assertClose(want.pos(v)[b], got.pos(v)[b], 1e-9, algebra.name() + " d/d+" + v);
                    EvaluatorAgreement.assertClose(want.neg(v)[b], got.neg(v)[b], 1e-9, algebra.name() + " d/d-" + v);
                }
            }
        }
        roundTrip(c, CircuitReader.read(CircuitWriters.c2d(rootLast(c)), CircuitReader.Format.C2D_NNF), wp, prob);
        roundTrip(c, CircuitReader.read(CircuitWriters.d4(rootLast(c)), CircuitReader.Format.D4), wp, prob);
        assertTrue(p.precision() == Precision.FLOAT64);
    }

    static void roundTrip(Circuit original, Circuit again, LeafWeights w, double[] expected) {
        double[] got = new PlanEvaluator(CircuitPlan.of(again), Algebras.byName("probability"), 8).forward(w)[0];
        for (int b = 0; b < 8; b++) {
            assertEquals(expected[b], got[b], 1e-12 * Math.max(1, expected[b]), "round trip of " + original);
        }
    }

    /** The circuit with unreachable nodes dropped, so that its root is its last node. */
    static Circuit rootLast(Circuit c) {
        CircuitBuilder b = new CircuitBuilder();
        b.declareVars(c.numVars());
        int[] map = new int[c.size()];
        for (int n = 0; n < c.size(); n++) {
            map[n] = switch (c.kind(n)) {
                case TRUE -> b.trueNode();
                case FALSE -> b.falseNode();
                case LITERAL -> b.literal(c.literal(n));
                case AND, OR -> {
                    int[] kids = c.children(n);
                    for (int i = 0; i < kids.length; i++) {
                        kids[i] = map[kids[i]];
                    }
                    yield c.kind(n) == org.circa.circuits.NodeKind.AND ? b.and(kids) : b.or(kids);
                }
            };
            if (n == c.root(0)) {
                return b.build(map[n]);
            }
        }
        throw new IllegalStateException("root not found");
    }
}
