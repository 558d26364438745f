package org.circa.neural;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.circa.grammar.ProgramParser;
import org.circa.language.CircaException;
import org.circa.language.IntTerm;
import org.circa.language.Term;
import org.junit.jupiter.api.Test;

/** Query values and answers of MNIST-addition-like programs against brute-force enumeration. */
class NeuralModelTest {
    static final String ADDITION = """
            nn(digit_net, [X], Y, [0, 1, 2, 3]) :: digit(X, Y).
            addition(X, Y, Z) :- digit(X, N1), digit(Y, N2), Z is N1 + N2.
            query(addition(img(0), img(0), 0)).
            """;

    private static NeuralModel model(TableNetwork net) {
        return NeuralModel.builder().program(ADDITION).network("digit_net", net)
                .tensors("img", 1, TableNetwork.ids()).outputArguments("addition", 3, 2).build();
    }

    private static TableNetwork randomDigits(int ids, long seed) {
        GradientCheckTest.random = new Random(seed);
        TableNetwork net = new TableNetwork(4);
        for (int i = 0; i < ids; i++) {
            net.outputs.put(i, GradientCheckTest.softmax(4));
        }
        return net;
    }

    @Test
    void sumDistributionAndAnswersMatchBruteForce() {
        TableNetwork net = randomDigits(5, 5);
        NeuralModel model = model(net);
        List<Term> queries = new ArrayList<>();
        for (int a = 0; a < 5; a++) {
            for (int b = 0; b < 5; b++) {
                double[] brute = new double[7];
                for (int x = 0; x < 4; x++) {
                    for (int y = 0; y < 4; y++) {
                        brute[x + y] += net.outputs.get(a)[x] * (a == b ? (x == y ? 1 : 0) : net.outputs.get(b)[y]);
                    }
                }
                for (int z = 0; z < 7; z++) {
                    String q = "addition(img(" + a + "), img(" + b + "), " + z + ")";
                    assertEquals(brute[z], model.value(q, Semantics.PROBABILISTIC), 1e-12, q);
                }
                queries.add(ProgramParser.parseTerm("addition(img(" + a + "), img(" + b + "), 0)"));
            }
        }
        List<NeuralModel.Prediction> answers = model.predict(queries, Semantics.PROBABILISTIC);
        for (int i = 0; i < answers.size(); i++) {
            Term atom = answers.get(i).atom();
            assertEquals(queries.get(i).arg(0), atom.arg(0));
            long z = ((IntTerm) atom.arg(2)).value();
            double best = 0;
            for (int s = 0; s < 7; s++) {
                Term q = ProgramParser.parseTerm("addition(" + atom.arg(0) + ", " + atom.arg(1) + ", " + s + ")");
                best = Math.max(best, model.value(q, Semantics.PROBABILISTIC));
            }
            assertEquals(best, answers.get(i).value(), 1e-12);
            assertTrue(z >= 0 && z <= 6);
        }
        assertEquals(2, model.compiledShapes(), "one shape for distinct images, one for the same image twice");
    }

    @Test
    void eachDistinctInputGoesThroughItsNetworkOncePerBatch() {
        TableNetwork net = randomDigits(3, 8);
        NeuralModel model = model(net);
        List<Example> batch = List.of(Example.of("addition(img(0), img(1), 1)"), Example.of("addition(img(1), img(2), 3)"),
                Example.of("addition(img(2), img(0), 2)"));
        NeuralModel.Batch prepared = model.prepare(batch);
        assertEquals(3, prepared.networks().rows("digit_net"));
        assertEquals(1, prepared.byShape().size());
    }

    @Test
    void missingNetworkAndTensorAreDiagnosticsNamingThem() {
        NeuralModel noNet = NeuralModel.builder().program(ADDITION).tensors("img", 1, TableNetwork.ids()).build();
        CircaException e = assertThrows(CircaException.class,
                () -> noNet.value("addition(img(0), img(1), 1)", Semantics.PROBABILISTIC));
        assertTrue(e.getMessage().contains("digit_net"), e.getMessage());
        NeuralModel noTensor = model(randomDigits(2, 1));
        CircaException t = assertThrows(CircaException.class,
                () -> noTensor.value("addition(img(0), img(5000), 1)", Semantics.PROBABILISTIC));
        assertTrue(t.getMessage().contains("img(5000)"), t.getMessage());
    }
}
