package org.circa.provers.deeplog;

import org.circa.language.DiagnosticCode;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.circa.language.SourceSpan;
import org.circa.language.Term;
import org.circa.semirings.Algebra;

/**
 * Direct evaluation of a (lifted) formula: atoms take their labels, operators and casts apply
 * to operand values, aggregations fold over their domains; parts that {@link EvaluationRule}
 * marks COMPILE go to {@link CompiledRegions}. Every sub-formula is evaluated once per binding
 * of its own free variables (memoised), which is what makes the lifted forms cheap. Not thread-safe.
 */
final class Evaluator {
    private final ModelParts parts;
    private final Typing typing;
    private final FreeVariables free;
    private final CompiledRegions regions;
    private final Map<Formula, Map<Bindings, Double>> memo = new IdentityHashMap<>();
    private long atomEvaluations;
    private long nodeEvaluations;

    Evaluator(ModelParts parts, Typing typing, FreeVariables free) {
        this.parts = parts;
        this.typing = typing;
        this.free = free;
        this.regions = new CompiledRegions(this, parts, typing, free);
    }

    /** How many atom labels were looked up (for tests of lifting). */
    long atomEvaluations() {
        return atomEvaluations;
    }

    /** How many (formula, binding) pairs were computed, memoised ones not counted (for tests of lifting). */
    long nodeEvaluations() {
        return nodeEvaluations;
    }

    /** How many COMPILE parts were counted (for tests of the evaluation rule). */
    long compilations() {
        return regions.compilations();
    }

    /** The value of f under the bindings of its free variables. */
    double value(Formula f, Bindings b) {
        Bindings key = b.restrict(free.of(f));
        Map<Bindings, Double> m = memo.computeIfAbsent(f, k -> new HashMap<>());
        Double v = m.get(key);
        if (v == null) {
            v = compute(f, key);
            m.put(key, v);
        }
        return v;
    }

    private double compute(Formula f, Bindings b) {
        nodeEvaluations++;
        if (EvaluationRule.mode(f, typing) == EvaluationRule.Mode.COMPILE) {
            return switch (f) {
                case CastFormula c -> regions.cast(c, b);
                case Aggregation g -> regions.expectation(g, b);
                default -> throw new IllegalStateException("only casts and expectations compile");
            };
        }
        return switch (f) {
            case AtomFormula a -> atom(a, b);
            case OperatorFormula o -> {
                Algebra alg = typing.algebra(o.operands().get(0));
                double[] vals = new double[o.operands().size()];
                for (int i = 0; i < vals.length; i++) {
                    vals[i] = value(o.operands().get(i), b);
                }
                yield FormulaOperators.resolve(parts.vocabulary, alg, o.operator()).orElseThrow().function().apply(vals);
            }
            case CastFormula c -> {
                double v = value(c.inner(), b);
                for (Cast step : CastPaths.find(parts.vocabulary, typing.algebra(c.inner()).name(),
                        typing.algebra(c).name()).orElseThrow()) {
                    v = step.function().applyAsDouble(v);
                }
                yield v;
            }
            case Aggregation g -> aggregation(g, b);
        };
    }

    /** The label of a ground atom in its algebra (see {@link FormulaModel} for the order of label sources). */
    double atom(AtomFormula a, Bindings b) {
        atomEvaluations++;
        Algebra alg = typing.algebra(a);
        Term ground = b.apply(a.atom());
        if (!ground.isGround()) {
            java.util.Set<String> vars = new java.util.LinkedHashSet<>();
            FreeVariables.collect(ground, vars);
            String v = vars.iterator().next();
            throw new FormulaException(FormulaDiagnostic.of(DiagnosticCode.UNBOUND_VARIABLE, SourceSpan.NONE, v, v, v,
                    v.toLowerCase()));
        }
        Optional<Boolean> builtin = Builtins.truth(ground);
        if (builtin.isPresent()) {
            return builtin.get() ? alg.one() : alg.zero();
        }
        Optional<Double> label = parts.labels.find(ground, alg.name());
        if (label.isPresent()) {
            return label.get();
        }
        Optional<Double> probability = parts.labels.find(ground, "probability");
        if (probability.isPresent()) {
            return alg.fromProbability(probability.get());
        }
        if (parts.program.defines(ground)) {
            return alg.fromProbability(parts.program.marginal(ground));
        }
        throw new FormulaException(FormulaDiagnostic.of(DiagnosticCode.MISSING_LABEL, SourceSpan.NONE,
                "no label for " + FormulaPrinter.term(ground) + " in " + alg.name() + ": label it ("
                        + FormulaPrinter.term(ground) + "_" + alg.name() + " = V.) or define it in the program"));
    }

    private double aggregation(Aggregation g, Bindings b) {
        Algebra body = typing.algebra(g.body());
        FormulaAggregators.Resolved r = FormulaAggregators.resolve(parts.vocabulary, g.aggregator(), g.parameters(), body);
        List<AggregationVariable> vars = g.variables();
        int n = vars.size();
        List<List<Term>> domains = new java.util.ArrayList<>();
        List<double[]> weights = new java.util.ArrayList<>();
        long rows = 1;
        for (AggregationVariable v : vars) {
            List<Term> d = parts.domainOf(v);
            domains.add(d);
            weights.add(r.kind() == FormulaAggregators.Kind.EXPECTATION ? parts.distribution(v, g.parameters()) : null);
            rows *= d.size();
        }
        if (rows > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("aggregation over " + rows + " rows is too large to enumerate");
        }
        double[] values = new double[(int) rows];
        double[] rowWeight = new double[(int) rows];
        int[] index = new int[n];
        for (int row = 0; row < rows; row++) {
            Bindings rb = b;
            double w = 1.0;
            for (int i = 0; i < n; i++) {
                rb = rb.with(vars.get(i).name(), domains.get(i).get(index[i]));
                if (weights.get(i) != null) {
                    w *= weights.get(i)[index[i]];
                }
            }
            values[row] = value(g.body(), rb);
            rowWeight[row] = w;
            for (int i = n - 1; i >= 0 && ++index[i] == domains.get(i).size(); i--) {
                index[i] = 0;
            }
        }
        return switch (r.kind()) {
            case FOLD_PLUS, FOLD_TIMES, ENUMERATED -> r.function().aggregate(values);
            case EXPECTATION -> {
                double acc = body.zero();
                for (int i = 0; i < values.length; i++) {
                    acc = body.plus(acc, body.times(body.fromProbability(rowWeight[i]), values[i]));
                }
                yield acc;
            }
        };
    }
}
