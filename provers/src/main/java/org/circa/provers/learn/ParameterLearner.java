package org.circa.provers.learn;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.circa.circuits.eval.EvaluatorBackend;
import org.circa.language.Clause;
import org.circa.language.SourceSpan;
import org.circa.language.Struct;
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
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;

/**
 * Learning from interpretations by expectation maximisation, as ProbLog's LFI: the program is
 * grounded and compiled once for all examples; each step evaluates them all, as batch columns,
 * with the current values and sets each parameter to the expected number of times its head was
 * chosen over the expected number of times its clause's body held (optionally rescaling the
 * learnable heads of an annotated disjunction to the probability its fixed heads leave, as
 * ProbLog's {@code --normalize}). Not thread-safe; one learner per run.
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
     * any example whose evidence is impossible); {@code ground} and {@code compile} are the
     * engine's stages (with its limits), {@code backend} evaluates. The program is grounded and
     * compiled once, with every observed atom as a query; the examples are columns of a batch.
     */
    public static LearnedProgram learn(TunableProgram program, List<Examples.Example> examples,
            LearningOptions options, Function<Program, LearningGrounder.Result> ground,
            Function<GroundProgram, CompiledQueries> compile, EvaluatorBackend backend) {
        ParameterLearner learner = new ParameterLearner(program, options);
        Map<String, List<Examples.Example>> distinct = new LinkedHashMap<>();
        Map<String, List<Examples.Observation>> observed = new HashMap<>();
        Map<String, Term> atoms = new LinkedHashMap<>();
        for (Examples.Example e : examples) {
            distinct.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(e);
            if (!observed.containsKey(e.key())) {
                observed.put(e.key(), e.observations());
                for (Examples.Observation o : observed.get(e.key())) {
                    atoms.putIfAbsent(Terms.variantKey(o.atom()), o.atom());
                }
            }
        }
        List<Clause> clauses = new ArrayList<>(program.rewritten().clauses());
        for (Term a : atoms.values()) {
            clauses.add(new Clause(new Struct("query", a), SourceSpan.NONE));
        }
        LearningGrounder.Result g = ground.apply(new Program(program.rewritten().source(), clauses));
        CompiledQueries compiled = compile.apply(g.program());
        Map<String, Integer> queryIndex = new HashMap<>();
        for (int i = 0; i < compiled.queryAtoms().size(); i++) {
            queryIndex.put(Terms.variantKey(compiled.queryAtoms().get(i)), i);
        }
        List<ExampleBatch.Group> groups = new ArrayList<>();
        List<int[]> groupAtoms = new ArrayList<>();
        for (LearningGrounder.Group lg : g.groups()) {
            int bodyCircuit = lg.bodyQuery() < 0 ? 0
                    : compiled.queryLiteral(queryIndex.get(Terms.variantKey(g.program().queries().get(lg.bodyQuery()).atom())));
            groups.add(learner.group(lg, bodyCircuit, compiled));
            groupAtoms.add(lg.group().atoms());
        }
        Relevance relevance = new Relevance(g.program(), groupAtoms);
        BitSet everywhere = new BitSet();
        for (GroundProgram.Evidence ev : g.program().evidence()) {
            everywhere.or(relevance.groups(ev.literal()));
        }
        Map<String, Integer> groundLiteral = new HashMap<>();
        for (GroundProgram.Query q : g.program().queries()) {
            groundLiteral.putIfAbsent(Terms.variantKey(q.atom()), q.literal());
        }
        List<ExampleBatch.Column> columns = new ArrayList<>();
        for (List<Examples.Example> same : distinct.values()) {
            columns.add(column(same, observed.get(same.get(0).key()), compiled, queryIndex, groundLiteral, relevance,
                    everywhere));
        }
        try (ExampleBatch batch = new ExampleBatch(compiled, groups, columns, backend)) {
            batch.leaveOutImpossible();
            // As ProbLog does, an example whose evidence no world satisfies is left out.
            batch.leftOut().forEach(options.progress()::skipped);
            options.progress().compiled(examples.size(), distinct.size());
            return learner.run(batch, batch.leftOut());
        }
    }

    /** The batch column of equal examples: the weights its observations zero and the groups it reaches. */
    private static ExampleBatch.Column column(List<Examples.Example> same, List<Examples.Observation> observations,
            CompiledQueries compiled,
            Map<String, Integer> queryIndex, Map<String, Integer> groundLiteral, Relevance relevance, BitSet everywhere) {
        IntArrayList zeroPositive = new IntArrayList();
        IntArrayList zeroNegative = new IntArrayList();
        BitSet reached = (BitSet) everywhere.clone();
        boolean impossible = false;
        for (Examples.Observation o : observations) {
            String key = Terms.variantKey(o.atom());
            reached.or(relevance.groups(groundLiteral.get(key)));
            int lit = compiled.queryLiteral(queryIndex.get(key));
            if (lit == GroundProgram.TRUE || lit == GroundProgram.FALSE) {
                impossible |= (lit == GroundProgram.TRUE) != o.value();
            } else if ((lit > 0) == o.value()) {
                zeroNegative.add(Math.abs(lit));
            } else {
                zeroPositive.add(Math.abs(lit));
            }
        }
        List<String> origins = new ArrayList<>();
        same.forEach(e -> origins.add(e.origin()));
        return new ExampleBatch.Column(origins, zeroPositive.toArray(), zeroNegative.toArray(), reached, impossible);
    }

    private ExampleBatch.Group group(LearningGrounder.Group lg, int bodyCircuitLiteral, CompiledQueries compiled) {
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
        return new ExampleBatch.Group(lg.bodyLiteral(), bodyCircuitLiteral, heads, fixed, variables, new double[k]);
    }

    private Slot slot(int parameter, Term key) {
        return slots.computeIfAbsent(parameter + "|" + Terms.variantKey(key),
                s -> new Slot(parameter, key, initial[parameter]));
    }

    private LearnedProgram run(ExampleBatch batch, List<String> leftOut) {
        double previous = -1e10;
        double delta = 1000;
        int iteration = 0;
        while (iteration < options.maxIterations() && (delta < 0 || delta > options.minImprovement())) {
            double score = batch.accumulate();
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
        return new LearnedProgram(program, List.copyOf(slots.values()), initial, previous, iteration, leftOut);
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
