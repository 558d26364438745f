package org.circa.circuits.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.circa.circuits.Circuit;
import org.circa.circuits.CircuitBuilder;
import org.circa.circuits.NodeEvaluator;
import org.circa.semirings.ProbabilityAlgebra;
import org.junit.jupiter.api.Test;

/**
 * The grounding pipeline's use: a random AND/OR gate network over probabilistic inputs,
 * Tseitin-encoded with auxiliary weights 1/1, compiled with its output asserted; the unsmoothed
 * circuit evaluated by {@link NodeEvaluator} must give the output's probability.
 */
class TseitinProbabilityTest {
    /** A random gate network: inputs 1..inputs, gates inputs+1..n, n the output. */
    private record Network(int inputs, int n, boolean[] isAnd, int[][] fanIn, List<int[]> clauses, double[] pos,
            double[] neg) {
        static Network random(SplittableRandom random) {
            int inputs = 1 + random.nextInt(10);
            int gates = 1 + random.nextInt(12);
            int n = inputs + gates;
            boolean[] isAnd = new boolean[n + 1];
            int[][] fanIn = new int[n + 1][];
            List<int[]> clauses = new ArrayList<>();
            for (int g = inputs + 1; g <= n; g++) {
                isAnd[g] = random.nextBoolean();
                int k = 1 + random.nextInt(3);
                fanIn[g] = new int[k];
                for (int i = 0; i < k; i++) {
                    int v = 1 + random.nextInt(g - 1);
                    fanIn[g][i] = random.nextInt(4) == 0 ? -v : v;
                }
                tseitin(g, isAnd[g], fanIn[g], clauses);
            }
            double[] pos = new double[n + 1];
            double[] neg = new double[n + 1];
            for (int v = 1; v <= n; v++) {
                pos[v] = v <= inputs ? random.nextDouble() : 1;
                neg[v] = v <= inputs ? 1 - pos[v] : 1;
            }
            return new Network(inputs, n, isAnd, fanIn, clauses, pos, neg);
        }

        double outputProbability() {
            return TseitinProbabilityTest.outputProbability(inputs, n, isAnd, fanIn, pos);
        }
    }

    @Test
    void compiledTseitinEncodingGivesTheQueryProbability() {
        SplittableRandom random = new SplittableRandom(11);
        for (int round = 0; round < 300; round++) {
            Network net = Network.random(random);
            List<int[]> clauses = new ArrayList<>(net.clauses());
            clauses.add(new int[] {net.n()});
            Cnf cnf = new Cnf(net.n(), clauses);
            CircuitBuilder builder = new CircuitBuilder();
            int root = new DnnfCompiler().compile(cnf, builder);
            Circuit circuit = builder.build(root);
            double got = NodeEvaluator.evaluateRoots(circuit, ProbabilityAlgebra.INSTANCE, net.pos(), net.neg())[0];
            assertEquals(net.outputProbability(), got, 1e-12, "round " + round);
        }
    }

    /**
     * Compiled with the gates declared defined and the output kept, the circuit branches on inputs,
     * mentions no other gate, and weighting the output's literals selects the output's probability
     * or its complement.
     */
    @Test
    void definedGatesAreLeftOutAndTheKeptOutputSelectsItsProbability() {
        SplittableRandom random = new SplittableRandom(12);
        for (int round = 0; round < 300; round++) {
            Network net = Network.random(random);
            int n = net.n();
            CircuitBuilder builder = new CircuitBuilder();
            int root = new DnnfCompiler().compile(new Cnf(n, net.clauses()),
                    new DefinedVariables(net.inputs(), new int[] {n}), builder);
            Circuit circuit = builder.build(root);
            for (int node = 0; node < circuit.size(); node++) {
                int v = Math.abs(circuit.literal(node));
                assertTrue(v <= net.inputs() || v == n, "round " + round + ": literal of gate " + v);
            }
            double[] pos = net.pos().clone();
            double[] neg = net.neg().clone();
            pos[n] = 1;
            neg[n] = 0;
            double p = net.outputProbability();
            assertEquals(p, NodeEvaluator.evaluateRoots(circuit, ProbabilityAlgebra.INSTANCE, pos, neg)[0], 1e-12);
            pos[n] = 0;
            neg[n] = 1;
            assertEquals(1 - p, NodeEvaluator.evaluateRoots(circuit, ProbabilityAlgebra.INSTANCE, pos, neg)[0], 1e-12);
        }
    }

    private static void tseitin(int g, boolean and, int[] in, List<int[]> clauses) {
        int[] big = new int[in.length + 1];
        for (int i = 0; i < in.length; i++) {
            clauses.add(and ? new int[] {-g, in[i]} : new int[] {g, -in[i]});
            big[i] = and ? -in[i] : in[i];
        }
        big[in.length] = and ? g : -g;
        clauses.add(big);
    }

    private static double outputProbability(int inputs, int n, boolean[] isAnd, int[][] fanIn,
            double[] pos) {
        double total = 0;
        boolean[] value = new boolean[n + 1];
        for (int a = 0; a < 1 << inputs; a++) {
            double p = 1;
            for (int v = 1; v <= inputs; v++) {
                value[v] = ((a >>> (v - 1)) & 1) != 0;
                p *= value[v] ? pos[v] : 1 - pos[v];
            }
            for (int g = inputs + 1; g <= n; g++) {
                boolean acc = isAnd[g];
                for (int lit : fanIn[g]) {
                    boolean x = lit > 0 ? value[lit] : !value[-lit];
                    acc = isAnd[g] ? acc && x : acc || x;
                }
                value[g] = acc;
            }
            if (value[n]) {
                total += p;
            }
        }
        return total;
    }
}
