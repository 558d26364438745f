package org.circa.provers.learn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.circa.circuits.eval.EvaluatorBackend;
import org.circa.language.CircaException;
import org.circa.language.Clause;
import org.circa.language.DiagnosticCode;
import org.circa.language.GroundProgram;
import org.circa.language.Program;
import org.circa.language.Term;
import org.circa.provers.engine.Arithmetic;
import org.circa.provers.engine.GroundBuilder;
import org.circa.provers.engine.ProbabilisticChoice;
import org.circa.provers.engine.ProgramLoader;
import org.circa.provers.engine.Terms;
import org.circa.provers.ground.LearningGrounder;
import org.circa.provers.pipeline.CompiledQueries;

/**
 * Learning from interpretations by expectation maximisation, as ProbLog's LFI: every distinct
 * example is grounded and compiled once; each step evaluates them all with the current values and
 * sets each parameter to the expected number of times its head was chosen over the expected
 * number of times its clause's body held (optionally rescaling the learnable heads of an
 * annotated disjunction to the probability its fixed heads leave, as ProbLog's
 * {@code --normalize}). Not thread-safe; one learner per run.
 */
public final class ParameterLearner {
    private final TunableProgram program;
    private final LearningOptions options;
    private final Map<String, Slot> slots = new LinkedHashMap<>();
    private final Map<String, Slot[]> tuples = new LinkedHashMap<>();
    private final double[] initial;

    private ParameterLearner(TunableProgram program, LearningOptions options) {
        this.program = program;
        this.options = options;
        this.initial = initialValues(program, new Random(options.seed()));
    }

    /**
     * Learns the parameters of {@code program} from {@code examples} (leaving out, with a report,
     * any example whose evidence is impossible whatever the parameters); {@code ground} and
     * {@code compile} are the engine's stages (with its limits), {@code backend} evaluates.
     */
    public static LearnedProgram learn(TunableProgram program, List<Examples.Example> examples,
            LearningOptions options, Function<Program, LearningGrounder.Result> ground,
            Function<GroundProgram, CompiledQueries> compile, EvaluatorBackend backend) {
        ParameterLearner learner = new ParameterLearner(program, options);
        Map<String, List<Examples.Example>> distinct = new LinkedHashMap<>();
        for (Examples.Example e : examples) {
            distinct.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(e);
        }
        List<ExampleCircuit> circuits = new ArrayList<>();
        try {
            for (List<Examples.Example> same : distinct.values()) {
                ExampleCircuit c = learner.compileExample(same.get(0), same.size(), ground, compile, backend);
                if (c == null || !c.possible()) {
                    // As ProbLog does, an example whose evidence no world satisfies is left out.
                    same.forEach(e -> options.progress().skipped(e.origin()));
                    if (c != null) {
                        c.close();
                    }
                } else {
                    circuits.add(c);
                }
            }
            options.progress().compiled(examples.size(), distinct.size());
            return learner.run(circuits);
        } finally {
            circuits.forEach(ExampleCircuit::close);
        }
    }

    private ExampleCircuit compileExample(Examples.Example example, int multiplicity,
            Function<Program, LearningGrounder.Result> ground, Function<GroundProgram, CompiledQueries> compile,
            EvaluatorBackend backend) {
        List<Clause> clauses = new ArrayList<>(program.rewritten().clauses());
        clauses.addAll(example.evidence());
        LearningGrounder.Result g = ground.apply(new Program(program.rewritten().source(), clauses));
        CompiledQueries compiled;
        try {
            compiled = compile.apply(g.program());
        } catch (CircaException e) {
            if (e.diagnostics().stream().allMatch(d -> d.code() == DiagnosticCode.INCONSISTENT_EVIDENCE)) {
                return null;
            }
            throw e;
        }
        List<ExampleCircuit.Group> groups = new ArrayList<>();
        for (LearningGrounder.Group lg : g.groups()) {
            groups.add(group(lg, compiled));
        }
        return new ExampleCircuit(compiled, compiled.probabilityEvaluator(backend), multiplicity, groups,
                example.origin());
    }

    private ExampleCircuit.Group group(LearningGrounder.Group lg, CompiledQueries compiled) {
        GroundBuilder.LearnableGroup g = lg.group();
        int k = g.atoms().length;
        Slot[] heads = new Slot[k];
        double[] fixed = new double[k];
        int[] variables = new int[k];
        StringBuilder tupleKey = new StringBuilder();
        for (int j = 0; j < k; j++) {
            Term p = g.probabilities().get(j).deref();
            variables[j] = compiled.variableOf(g.atoms()[j]);
            if (ProgramLoader.isCall(p, ProbabilisticChoice.LEARNABLE, 4)) {
                int parameter = (int) Arithmetic.toDouble(p.arg(1).deref());
                Term key = Terms.resolve(p.arg(2));
                heads[j] = slot(parameter, key);
                tupleKey.append(parameter).append('|').append(Terms.variantKey(key)).append(';');
            } else {
                fixed[j] = Arithmetic.toDouble(Arithmetic.eval(p));
            }
        }
        tuples.putIfAbsent(tupleKey.toString(), heads);
        return new ExampleCircuit.Group(lg.bodyQuery(), heads, fixed, variables);
    }

    private Slot slot(int parameter, Term key) {
        return slots.computeIfAbsent(parameter + "|" + Terms.variantKey(key),
                s -> new Slot(parameter, key, initial[parameter]));
    }

    private LearnedProgram run(List<ExampleCircuit> circuits) {
        double previous = -1e10;
        double delta = 1000;
        int iteration = 0;
        while (iteration < options.maxIterations() && (delta < 0 || delta > options.minImprovement())) {
            double score = 0;
            for (ExampleCircuit c : circuits) {
                score += c.accumulate();
            }
            for (Slot s : slots.values()) {
                s.update();
            }
            if (options.normalize()) {
                normalise();
            }
            iteration++;
            options.progress().step(iteration, score);
            delta = score - previous;
            previous = score;
        }
        return new LearnedProgram(program, List.copyOf(slots.values()), initial, previous, iteration);
    }

    /** Rescales the learnable heads of each annotated disjunction to the probability its fixed heads leave. */
    private void normalise() {
        for (Slot[] heads : tuples.values()) {
            int learnable = 0;
            double sum = 0;
            int clause = -1;
            for (Slot s : heads) {
                if (s != null) {
                    learnable++;
                    sum += s.value;
                    clause = program.parameters().get(s.parameter).clause();
                }
            }
            if (learnable < 2 || !(sum > 0)) {
                continue;
            }
            double available = program.learnables().get(clause).available();
            for (Slot s : heads) {
                if (s != null) {
                    s.value *= available / sum;
                }
            }
        }
    }

    /**
     * The starting value of each parameter: {@code t(P)} starts at P; the {@code t(_)} of one
     * clause share, at random, what its fixed heads and given starts leave, with one more random
     * share left to no head.
     */
    private static double[] initialValues(TunableProgram program, Random random) {
        double[] out = new double[program.parameters().size()];
        for (TunableProgram.Learnable l : program.learnables()) {
            double left = l.available();
            List<TunableProgram.Head> randomHeads = new ArrayList<>();
            for (TunableProgram.Head h : l.heads()) {
                if (!h.learnable()) {
                    continue;
                }
                double start = program.parameters().get(h.parameter()).initial();
                if (Double.isNaN(start)) {
                    randomHeads.add(h);
                } else {
                    out[h.parameter()] = start;
                    left -= start;
                }
            }
            double[] shares = new double[randomHeads.size() + 1];
            double total = 0;
            for (int i = 0; i < shares.length; i++) {
                shares[i] = random.nextDouble();
                total += shares[i];
            }
            for (int i = 0; i < randomHeads.size(); i++) {
                out[randomHeads.get(i).parameter()] = Math.max(0, left) * shares[i] / total;
            }
        }
        return out;
    }
}
