package org.circa.neural;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.circa.grammar.ProgramParser;
import org.circa.language.Term;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The gradient of a query's loss with respect to the network outputs against central finite differences. */
class GradientCheckTest {
    static final String PROGRAM = """
            nn(colour_net, [X], Y, [red, green, blue]) :: colour(X, Y).
            nn(coin_net, [X]) :: heads(X).
            0.3::noise.
            win(X, Y) :- heads(X), colour(X, red), colour(Y, green).
            win(X, Y) :- \\+heads(X), colour(Y, blue), noise.
            win(X, Y) :- colour(X, C), colour(Y, C), \\+noise.
            """;
    static final String EVIDENCE = "evidence(colour(img(9), red), false).\n";

    static Random random = new Random(11);

    static double[] softmax(int k) {
        double[] p = new double[k];
        double s = 0;
        for (int i = 0; i < k; i++) {
            p[i] = Math.exp(random.nextGaussian());
            s += p[i];
        }
        for (int i = 0; i < k; i++) {
            p[i] /= s;
        }
        return p;
    }

    @ParameterizedTest
    @EnumSource(Semantics.class)
    void lossGradientMatchesFiniteDifferences(Semantics semantics) {
        boolean evidence = semantics == Semantics.PROBABILISTIC;
        TableNetwork colours = new TableNetwork(3);
        TableNetwork coin = new TableNetwork(1);
        for (int id : new int[] {1, 2, 9}) {
            colours.outputs.put(id, softmax(3));
            coin.outputs.put(id, new double[] {0.2 + 0.6 * random.nextDouble()});
        }
        NeuralModel model = NeuralModel.builder().program(PROGRAM + (evidence ? EVIDENCE : ""))
                .network("colour_net", colours).network("coin_net", coin)
                .tensors("img", 1, TableNetwork.ids()).build();
        Term query = ProgramParser.parseTerm("win(img(1), img(2))");
        for (Loss loss : Loss.values()) {
            List<Example> batch = List.of(new Example(query, 0.75, 1.5));
            model.run(batch, semantics, loss, true);
            for (TableNetwork net : List.of(colours, coin)) {
                for (int id : new int[] {1, 2}) {
                    double[] out = net.outputs.get(id);
                    double[] analytic = net.gradients.getOrDefault(id, new double[out.length]);
                    for (int j = 0; j < out.length; j++) {
                        double saved = out[j];
                        double h = 1e-6;
                        out[j] = saved + h;
                        double up = 1.5 * loss.value(model.value(query, semantics), 0.75);
                        out[j] = saved - h;
                        double down = 1.5 * loss.value(model.value(query, semantics), 0.75);
                        out[j] = saved;
                        double numeric = (up - down) / (2 * h);
                        assertEquals(numeric, analytic[j], 1e-5 * Math.max(1, Math.abs(numeric)),
                                semantics + " " + loss + " d/d output " + j + " of input " + id);
                    }
                }
            }
        }
        assertEquals(1, model.compiledShapes());
    }

    @ParameterizedTest
    @EnumSource(value = Semantics.class, names = {"PROBABILISTIC", "PRODUCT"})
    void chainEncodingGivesTheCategoricalProbabilities(Semantics semantics) {
        TableNetwork colours = new TableNetwork(3);
        colours.outputs.put(1, softmax(3));
        colours.outputs.put(2, softmax(3));
        NeuralModel model = NeuralModel.builder().program("nn(colour_net, [X], Y, [red, green, blue]) :: colour(X, Y).\n"
                        + "same(X, Y) :- colour(X, C), colour(Y, C).")
                .network("colour_net", colours).tensors("img", 1, TableNetwork.ids()).build();
        double expected = 0;
        for (int c = 0; c < 3; c++) {
            expected += colours.outputs.get(1)[c] * colours.outputs.get(2)[c];
        }
        double value = model.value("same(img(1), img(2))", semantics);
        if (semantics == Semantics.PROBABILISTIC) {
            assertEquals(expected, value, 1e-12);
        } else {
            assertTrue(value > 0 && value < 1, "product logic gives a value in (0,1): " + value);
        }
        assertEquals(colours.outputs.get(1)[1], model.value("colour(img(1), green)", semantics), 1e-12);
    }
}
