package org.circa.test.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.circa.language.Source;
import org.circa.provers.Engine;
import org.circa.provers.learn.Examples;
import org.circa.provers.learn.LearnedProgram;
import org.circa.provers.learn.LearningOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Parameter learning against brute force: random programs with learnable facts, learnable rules
 * (several per head: noisy-or) and a learnable annotated disjunction, random partial examples
 * drawn from a random model; {@link Engine#learn} and an EM written here over every possible
 * world (each example counting the parameters its evidence reaches) must give the same
 * parameters after the same number of steps from the same start.
 */
class RandomLfiDifferentialTest {
    private static final int FACTS = 3;
    private static final int STEPS = 20;

    /** A learnable rule {@code h :- body}: head index (0 or 1) and body literals (+i / -(i+1) over facts). */
    private record Rule(int head, int[] body) {
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void learnedParametersEqualBruteForceEm(int seed) {
        Random rnd = new Random(seed);
        boolean normalize = seed % 2 == 0;
        List<Rule> rules = new ArrayList<>();
        int ruleCount = 2 + rnd.nextInt(2);
        for (int r = 0; r < ruleCount; r++) {
            int a = rnd.nextInt(FACTS);
            int b = (a + 1 + rnd.nextInt(FACTS - 1)) % FACTS;
            int[] body = rnd.nextBoolean() ? new int[] {lit(a, rnd)} : new int[] {lit(a, rnd), lit(b, rnd)};
            rules.add(new Rule(r < 2 ? r : rnd.nextInt(2), body));
        }
        // Parameters in source order: facts, rules, then the two heads x, y of the disjunction.
        double[] start = new double[FACTS + ruleCount + 2];
        for (int i = 0; i < start.length; i++) {
            start[i] = 0.2 + 0.6 * rnd.nextDouble();
        }
        start[start.length - 1] = (1 - start[start.length - 2]) * rnd.nextDouble();
        StringBuilder program = new StringBuilder();
        for (int i = 0; i < FACTS; i++) {
            program.append("t(").append(start[i]).append(")::f").append(i).append(".\n");
        }
        for (int r = 0; r < ruleCount; r++) {
            program.append("t(").append(start[FACTS + r]).append(")::h").append(rules.get(r).head()).append(" :- ")
                    .append(bodyText(rules.get(r).body())).append(".\n");
        }
        program.append("t(").append(start[start.length - 2]).append(")::x; t(").append(start[start.length - 1])
                .append(")::y :- f0.\n");
        String[] atoms = {"f0", "f1", "f2", "h0", "h1", "x", "y"};
        double[] truth = new double[start.length];
        for (int i = 0; i < truth.length; i++) {
            truth[i] = 0.1 + 0.8 * rnd.nextDouble();
        }
        // Normalised learning assumes some head of the disjunction is chosen whenever f0 holds.
        truth[truth.length - 1] = (1 - truth[truth.length - 2]) * (normalize ? 1 : rnd.nextDouble());
        List<int[]> examples = new ArrayList<>();
        StringBuilder evidence = new StringBuilder();
        while (examples.size() < 6) {
            boolean[] world = sample(rules, truth, rnd);
            int[] observed = new int[atoms.length];
            boolean any = false;
            for (int a = 0; a < atoms.length; a++) {
                observed[a] = rnd.nextBoolean() ? (world[a] ? 1 : 0) : -1;
                any |= observed[a] >= 0;
            }
            if (!any) {
                continue;
            }
            if (!examples.isEmpty()) {
                evidence.append("---\n");
            }
            for (int a = 0; a < atoms.length; a++) {
                if (observed[a] >= 0) {
                    evidence.append("evidence(").append(atoms[a]).append(", ")
                            .append(observed[a] == 1 ? "true" : "false").append(").\n");
                }
            }
            examples.add(observed);
        }
        Engine engine = Engine.create();
        LearnedProgram learned = engine.learn(engine.parse(Source.of("random.pl", program.toString())),
                Examples.parse(Source.of("random.ev", evidence.toString())),
                LearningOptions.defaults().withMaxIterations(STEPS).withMinImprovement(Double.NEGATIVE_INFINITY)
                        .withNormalize(normalize));
        double[] expected = bruteForceEm(rules, start, examples, normalize);
        List<LearnedProgram.Weight> weights = learned.weights();
        assertEquals(expected.length, weights.size(), learned.text());
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], weights.get(i).probability(), 1e-9,
                    "parameter " + i + " of\n" + program + "examples\n" + evidence);
        }
    }

    private static int lit(int fact, Random rnd) {
        return rnd.nextBoolean() ? fact : -(fact + 1);
    }

    private static String bodyText(int[] body) {
        List<String> parts = new ArrayList<>();
        for (int l : body) {
            parts.add(l >= 0 ? "f" + l : "\\+f" + (-l - 1));
        }
        return String.join(", ", parts);
    }

    /**
     * STEPS EM steps over every world: facts, one choice per rule, and the disjunction's choice
     * (x, y or none); a parameter no example reaches keeps its value.
     */
    private static double[] bruteForceEm(List<Rule> rules, double[] start, List<int[]> examples, boolean normalize) {
        double[] theta = start.clone();
        int n = theta.length;
        int rulesCount = rules.size();
        for (int step = 0; step < STEPS; step++) {
            double[] chosen = new double[n];
            double[] body = new double[n];
            boolean[] reached = new boolean[n];
            for (int[] observed : examples) {
                boolean[] counted = relevant(rules, observed, n);
                double z = 0;
                double[] c = new double[n];
                double[] b = new double[n];
                for (int mask = 0; mask < (1 << (FACTS + rulesCount)); mask++) {
                    for (int ad = 0; ad < 3; ad++) {
                        double w = 1;
                        for (int i = 0; i < FACTS + rulesCount; i++) {
                            w *= (mask >> i & 1) == 1 ? theta[i] : 1 - theta[i];
                        }
                        w *= ad == 0 ? theta[n - 2] : ad == 1 ? theta[n - 1] : 1 - theta[n - 2] - theta[n - 1];
                        boolean[] world = world(rules, mask, ad);
                        if (!consistent(world, observed)) {
                            continue;
                        }
                        z += w;
                        for (int i = 0; i < FACTS; i++) {
                            b[i] += w;
                            c[i] += world[i] ? w : 0;
                        }
                        for (int r = 0; r < rulesCount; r++) {
                            if (holds(rules.get(r).body(), world)) {
                                b[FACTS + r] += w;
                                c[FACTS + r] += (mask >> (FACTS + r) & 1) == 1 ? w : 0;
                            }
                        }
                        if (world[0]) {
                            b[n - 2] += w;
                            b[n - 1] += w;
                            c[n - 2] += ad == 0 ? w : 0;
                            c[n - 1] += ad == 1 ? w : 0;
                        }
                    }
                }
                for (int i = 0; i < n; i++) {
                    if (counted[i]) {
                        reached[i] = true;
                        chosen[i] += c[i] / z;
                        body[i] += b[i] / z;
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                if (reached[i]) {
                    theta[i] = body[i] > 0 ? chosen[i] / body[i] : 0;
                }
            }
            double sum = theta[n - 2] + theta[n - 1];
            if (normalize && sum > 0) {
                theta[n - 2] /= sum;
                theta[n - 1] /= sum;
            }
        }
        return theta;
    }

    /**
     * The parameters an example counts: as in ProbLog, only the groundings that its evidence
     * reaches (a rule through its head, a fact as evidence or in the body of a reached rule, the
     * disjunction through x or y, whose body is f0).
     */
    private static boolean[] relevant(List<Rule> rules, int[] observed, int n) {
        boolean[] out = new boolean[n];
        boolean disjunction = observed[5] >= 0 || observed[6] >= 0;
        out[n - 2] = disjunction;
        out[n - 1] = disjunction;
        for (int i = 0; i < FACTS; i++) {
            out[i] = observed[i] >= 0 || (disjunction && i == 0);
        }
        for (int r = 0; r < rules.size(); r++) {
            if (observed[3 + rules.get(r).head()] >= 0) {
                out[FACTS + r] = true;
                for (int l : rules.get(r).body()) {
                    out[l >= 0 ? l : -l - 1] = true;
                }
            }
        }
        return out;
    }

    /** Atoms f0..f2, h0, h1, x, y of the world with these fact and rule choices and disjunction choice. */
    private static boolean[] world(List<Rule> rules, int mask, int ad) {
        boolean[] w = new boolean[7];
        for (int i = 0; i < FACTS; i++) {
            w[i] = (mask >> i & 1) == 1;
        }
        for (int r = 0; r < rules.size(); r++) {
            if ((mask >> (FACTS + r) & 1) == 1 && holds(rules.get(r).body(), w)) {
                w[3 + rules.get(r).head()] = true;
            }
        }
        w[5] = w[0] && ad == 0;
        w[6] = w[0] && ad == 1;
        return w;
    }

    private static boolean[] sample(List<Rule> rules, double[] truth, Random rnd) {
        int mask = 0;
        for (int i = 0; i < FACTS + rules.size(); i++) {
            mask |= rnd.nextDouble() < truth[i] ? 1 << i : 0;
        }
        double u = rnd.nextDouble();
        int n = truth.length;
        int ad = u < truth[n - 2] ? 0 : u < truth[n - 2] + truth[n - 1] ? 1 : 2;
        return world(rules, mask, ad);
    }

    private static boolean holds(int[] body, boolean[] world) {
        for (int l : body) {
            if (l >= 0 ? !world[l] : world[-l - 1]) {
                return false;
            }
        }
        return true;
    }

    private static boolean consistent(boolean[] world, int[] observed) {
        for (int a = 0; a < observed.length; a++) {
            if (observed[a] >= 0 && world[a] != (observed[a] == 1)) {
                return false;
            }
        }
        return true;
    }
}
