package org.circa.provers.deeplog;

import org.circa.language.DiagnosticCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.circa.circuits.Circuit;
import org.circa.circuits.CircuitBuilder;
import org.circa.circuits.NodeEvaluator;
import org.circa.circuits.compile.DefinedVariables;
import org.circa.circuits.compile.DnnfCompiler;
import org.circa.language.SourceSpan;
import org.circa.language.Term;
import org.circa.provers.pipeline.Formula;
import org.circa.provers.pipeline.Tseitin;
import org.circa.semirings.Algebra;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;

/**
 * The COMPILE parts of {@link EvaluationRule}: a Boolean formula is grounded into the program's
 * Boolean formula store — program atoms become their formulas over the program's choices,
 * atoms labelled in {@code probability} become fresh independent variables, built-ins and
 * Boolean labels become constants, an expectation's random variables become chains of choice
 * variables (as annotated disjunctions are encoded) and atoms that mention them are expanded
 * over their values — then Tseitin-encoded with the program's evidence, compiled to a d-DNNF,
 * and evaluated in the target algebra by role (and→times, or→plus, literal ¬x→negate). With
 * evidence the value is divided by the evidence's value: E[φ ∧ e] / E[e]. Not thread-safe.
 */
final class CompiledRegions {
    private final Evaluator evaluator;
    private final ModelParts parts;
    private final Typing typing;
    private final FreeVariables free;
    private long compilations;

    CompiledRegions(Evaluator evaluator, ModelParts parts, Typing typing, FreeVariables free) {
        this.evaluator = evaluator;
        this.parts = parts;
        this.typing = typing;
        this.free = free;
    }

    /** The weighted model count of a Boolean formula cast into a compiled algebra (then any further cast steps). */
    double cast(CastFormula c, Bindings b) {
        List<Cast> path = CastPaths.find(parts.vocabulary, "boolean", typing.algebra(c).name()).orElseThrow();
        Algebra target = parts.vocabulary.algebra(path.get(0).to()).orElseThrow();
        double v = count(target, region -> region.encode(c.inner(), b));
        for (Cast step : path.subList(1, path.size())) {
            v = step.function().applyAsDouble(v);
        }
        return v;
    }

    /** The expectation of a Boolean body over its random variables, as a weighted model count in probability. */
    double expectation(Aggregation g, Bindings b) {
        Algebra target = typing.algebra(g);
        return count(target, region -> {
            for (AggregationVariable v : g.variables()) {
                region.randomVariable(v, parts.domainOf(v), parts.distribution(v, g.parameters()));
            }
            return region.encode(g.body(), b);
        });
    }

    private interface Encoding {
        int encode(Region region);
    }

    private double count(Algebra target, Encoding encoding) {
        Region region;
        int node;
        int generation;
        do {
            parts.program.evidenceNodes();
            generation = parts.program.generation();
            region = new Region();
            node = encoding.encode(region);
        } while (generation != parts.program.generation());
        compilations++;
        return region.weightedCount(node, target);
    }

    /** How many parts were compiled (or found constant) so far. */
    long compilations() {
        return compilations;
    }

    /** One compiled part: its extra variables and their probabilities. */
    private final class Region {
        private final Formula store = parts.program.store();
        private final int firstOwn = parts.program.choiceCount() + 1;
        private final Map<Integer, Double> probability = new LinkedHashMap<>();
        private final Map<Term, Integer> labelled = new HashMap<>();
        private final Map<String, List<Term>> randomValues = new HashMap<>();
        private final Map<String, int[]> indicators = new HashMap<>();
        private int nextVar = firstOwn;

        private int fresh(double p) {
            probability.put(nextVar, p);
            return store.var(nextVar++);
        }

        /** Declares an expectation's random variable: a chain of choices selecting one value. */
        void randomVariable(AggregationVariable v, List<Term> values, double[] p) {
            int[] ind = new int[values.size()];
            IntArrayList notBefore = new IntArrayList();
            double rest = 1.0;
            for (int i = 0; i < values.size(); i++) {
                IntArrayList conj = new IntArrayList();
                conj.addAll(notBefore);
                if (i < values.size() - 1) {
                    int c = fresh(rest > 0 ? Math.min(1.0, p[i] / rest) : 0.0);
                    conj.add(c);
                    notBefore.add(store.not(c));
                }
                ind[i] = store.and(conj);
                rest -= p[i];
            }
            randomValues.put(v.name(), values);
            indicators.put(v.name(), ind);
        }

        int encode(org.circa.provers.deeplog.Formula f, Bindings b) {
            Optional<String> symbolic = free.of(f).stream().filter(x -> indicators.containsKey(x) && !b.binds(x)).findFirst();
            boolean structural = f instanceof OperatorFormula || isBooleanFold(f);
            if (symbolic.isPresent() && !structural) {
                String x = symbolic.get();
                IntArrayList cases = new IntArrayList();
                List<Term> values = randomValues.get(x);
                for (int i = 0; i < values.size(); i++) {
                    IntArrayList both = IntArrayList.newListWith(indicators.get(x)[i], encode(f, b.with(x, values.get(i))));
                    cases.add(store.and(both));
                }
                return store.or(cases);
            }
            if (f instanceof AtomFormula a) {
                return atom(a, b);
            }
            if (f instanceof OperatorFormula o) {
                Role role = FormulaOperators.resolve(parts.vocabulary, typing.algebra(o), o.operator()).orElseThrow().role();
                IntArrayList kids = new IntArrayList();
                for (org.circa.provers.deeplog.Formula x : o.operands()) {
                    kids.add(encode(x, b));
                }
                return switch (role) {
                    case TIMES -> store.and(kids);
                    case PLUS -> store.or(kids);
                    case NEGATE -> store.not(kids.get(0));
                    case IMPLIES -> store.or(IntArrayList.newListWith(store.not(kids.get(0)), kids.get(1)));
                    default -> throw new FormulaException(FormulaDiagnostic.of(DiagnosticCode.UNKNOWN_OPERATOR,
                            SourceSpan.NONE, o.operator() + " (a user operator cannot be knowledge-compiled)",
                            "boolean", "and, or, not, implies"));
                };
            }
            if (isBooleanFold(f)) {
                return fold((Aggregation) f, b);
            }
            return evaluator.value(f, b) != 0 ? Formula.TRUE : Formula.FALSE;
        }

        private boolean isBooleanFold(org.circa.provers.deeplog.Formula f) {
            if (!(f instanceof Aggregation g) || !typing.algebra(f).name().equals("boolean")) {
                return false;
            }
            var kind = FormulaAggregators.resolve(parts.vocabulary, g.aggregator(), g.parameters(),
                    typing.algebra(g.body())).kind();
            return kind == FormulaAggregators.Kind.FOLD_PLUS || kind == FormulaAggregators.Kind.FOLD_TIMES;
        }

        private int fold(Aggregation g, Bindings b) {
            var kind = FormulaAggregators.resolve(parts.vocabulary, g.aggregator(), g.parameters(),
                    typing.algebra(g.body())).kind();
            List<Bindings> rows = new ArrayList<>(List.of(b));
            for (AggregationVariable v : g.variables()) {
                List<Bindings> next = new ArrayList<>();
                for (Bindings r : rows) {
                    for (Term value : parts.domainOf(v)) {
                        next.add(r.with(v.name(), value));
                    }
                }
                rows = next;
            }
            IntArrayList kids = new IntArrayList();
            for (Bindings r : rows) {
                kids.add(encode(g.body(), r));
            }
            return kind == FormulaAggregators.Kind.FOLD_PLUS ? store.or(kids) : store.and(kids);
        }

        private int atom(AtomFormula a, Bindings b) {
            Term ground = b.apply(a.atom());
            if (!ground.isGround() || !typing.algebra(a).name().equals("boolean")) {
                return evaluator.atom(a, b) != 0 ? Formula.TRUE : Formula.FALSE;
            }
            Optional<Boolean> builtin = Builtins.truth(ground);
            if (builtin.isPresent()) {
                return builtin.get() ? Formula.TRUE : Formula.FALSE;
            }
            Optional<Double> fixed = parts.labels.find(ground, "boolean");
            if (fixed.isPresent()) {
                return fixed.get() != 0 ? Formula.TRUE : Formula.FALSE;
            }
            Optional<Double> p = parts.labels.find(ground, "probability");
            if (p.isPresent()) {
                return labelled.computeIfAbsent(ground, k -> fresh(p.get()));
            }
            if (parts.program.defines(ground)) {
                return parts.program.node(ground);
            }
            return evaluator.atom(a, b) != 0 ? Formula.TRUE : Formula.FALSE;
        }

        double weightedCount(int node, Algebra alg) {
            List<Integer> evidence = parts.program.evidenceNodes();
            if (evidence.contains(Formula.FALSE)) {
                throw new FormulaException(FormulaDiagnostic.of(DiagnosticCode.MISSING_LABEL, SourceSpan.NONE,
                        "InconsistentEvidenceError: the evidence has probability 0"));
            }
            evidence.removeIf(n -> n == Formula.TRUE);
            if (evidence.isEmpty() && (node == Formula.TRUE || node == Formula.FALSE)) {
                return node == Formula.TRUE ? alg.one() : alg.zero();
            }
            Tseitin tseitin = new Tseitin(store, nextVar - 1);
            for (int e : evidence) {
                tseitin.assertLiteral(tseitin.literal(e));
            }
            int query = node == Formula.TRUE || node == Formula.FALSE ? 0 : tseitin.definedVariable(node);
            CircuitBuilder builder = new CircuitBuilder();
            builder.declareVars(tseitin.numVars());
            // Tseitin variables weigh one on both literals: branch on inputs, leave their literals out
            int root = new DnnfCompiler(parts.compileOptions).compile(tseitin.cnf(),
                    new DefinedVariables(nextVar - 1, new int[] {query}), builder);
            Circuit circuit = builder.build(root);
            double[] pos = new double[tseitin.numVars() + 1];
            double[] neg = new double[tseitin.numVars() + 1];
            Arrays.fill(pos, alg.one());
            Arrays.fill(neg, alg.one());
            double[] choice = parts.program.choiceCount() > 0 ? parts.program.choiceProbabilities() : new double[1];
            for (int v = 1; v < choice.length; v++) {
                weigh(alg, pos, neg, v, choice[v]);
            }
            probability.forEach((v, p) -> weigh(alg, pos, neg, v, p));
            double z = NodeEvaluator.evaluateRoots(circuit, alg, pos, neg)[0];
            double joint;
            if (node == Formula.FALSE) {
                joint = alg.zero();
            } else if (node == Formula.TRUE) {
                joint = z;
            } else {
                neg[query] = alg.zero();
                joint = NodeEvaluator.evaluateRoots(circuit, alg, pos, neg)[0];
            }
            return evidence.isEmpty() ? joint : alg.divide(joint, z);
        }

        private static void weigh(Algebra alg, double[] pos, double[] neg, int v, double p) {
            pos[v] = alg.fromProbability(p);
            neg[v] = alg.hasNegation() ? alg.negate(pos[v]) : alg.fromProbability(1.0 - p);
        }
    }
}
