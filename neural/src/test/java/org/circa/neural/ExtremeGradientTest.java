package org.circa.neural;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.circa.grammar.ProgramParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Gradients of −log P through chain-encoded groups when the networks are confident, against closed forms. */
class ExtremeGradientTest {

    @ParameterizedTest
    @ValueSource(doubles = {1, 5, 10, 20, 40})
    void sameClassGradientMatchesClosedForm(double sharpness) {
        java.util.Random r = new java.util.Random(3);
        double[][] ps = new double[2][10];
        for (double[] p : ps) {
            double s = 0;
            for (int i = 0; i < 10; i++) {
                p[i] = Math.exp(sharpness * r.nextGaussian());
                s += p[i];
            }
            for (int i = 0; i < 10; i++) {
                p[i] /= s;
            }
        }
        TableNetwork net = new TableNetwork(10);
        net.outputs.put(1, ps[0]);
        net.outputs.put(2, ps[1]);
        NeuralModel model = NeuralModel.builder()
                .program("nn(n, [X], Y, [0,1,2,3,4,5,6,7,8,9]) :: d(X, Y).\nsame(X, Y) :- d(X, C), d(Y, C).")
                .network("n", net).tensors("img", 1, TableNetwork.ids()).build();
        model.run(List.of(Example.of(ProgramParser.parseTerm("same(img(1), img(2))"))), Semantics.PROBABILISTIC,
                Loss.CROSS_ENTROPY, true);
        double p = 0;
        for (int c = 0; c < 10; c++) {
            p += ps[0][c] * ps[1][c];
        }
        double[] g = net.gradients.get(1);
        // projected on the simplex (what a softmax passes back): g_j − Σ p_k g_k, times p_j
        double dot = 0;
        double dotExact = 0;
        for (int j = 0; j < 10; j++) {
            dot += ps[0][j] * g[j];
            dotExact += ps[0][j] * (-ps[1][j] / p);
        }
        for (int j = 0; j < 10; j++) {
            double exact = ps[0][j] * (-ps[1][j] / p - dotExact);
            double mine = ps[0][j] * (g[j] - dot);
            assertEquals(exact, mine, 1e-6 * Math.max(1, Math.abs(exact)), "sharpness " + sharpness + " P " + p + " j " + j);
        }
    }
}
