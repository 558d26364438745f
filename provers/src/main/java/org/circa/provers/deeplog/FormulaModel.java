package org.circa.provers.deeplog;

import org.circa.language.DiagnosticCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.circa.circuits.compile.CompileOptions;
import org.circa.grammar.ProgramParser;
import org.circa.language.Clause;
import org.circa.language.Program;
import org.circa.language.Source;
import org.circa.language.Term;
import org.circa.provers.Engine;

/**
 * A DeepLog model: the ProbLog program beside its formulas, domains, labels and distributions,
 * read from one parsed {@link Program}, or built in Java. Evaluates formulas, one value per
 * binding of their free variables. The labelling function of an atom {@code p(a)_R} is, in order:
 * a built-in's truth; its label in R; its label in {@code probability} mapped into R; its
 * probability under the program (given the program's evidence) mapped into R. Not thread-safe
 * (caches); create one per thread.
 */
public final class FormulaModel {
    private final ModelParts parts;
    private final Typing typing;
    private final FreeVariables free = new FreeVariables();
    private final List<FormulaQuery> queries;
    private final List<FormulaDiagnostic> diagnostics;
    private long lastAtomEvaluations;
    private long lastCompilations;
    private long lastNodeEvaluations;

    private FormulaModel(ModelParts parts, List<FormulaQuery> queries, List<FormulaDiagnostic> diagnostics) {
        this.parts = parts;
        this.typing = new Typing(parts.vocabulary);
        this.queries = List.copyOf(queries);
        this.diagnostics = new ArrayList<>(diagnostics);
    }

    /** A model built in Java, without a program (atoms take their labels). */
    public static FormulaModel of(Vocabulary vocabulary, Domains domains, Labels labels, Distributions distributions) {
        Program none = new Program(Source.of("<none>", ""), List.of());
        return new FormulaModel(new ModelParts(vocabulary, domains, labels, distributions,
                new ProgramAtoms(none, Engine.create()), CompileOptions.defaults()), List.of(), List.of());
    }

    /** Reads a program's formula queries and declarations with the standard vocabulary. */
    public static FormulaModel load(Program program) {
        return load(program, Vocabulary.standard(), Engine.create());
    }

    /** Reads a program's formula queries and declarations; problems become {@link #diagnostics()}. */
    public static FormulaModel load(Program program, Vocabulary vocabulary, Engine engine) {
        Domains domains = Domains.empty();
        Labels labels = Labels.empty();
        Distributions distributions = Distributions.empty();
        List<FormulaDiagnostic> problems = new ArrayList<>();
        List<Clause> rest = new ArrayList<>();
        List<Clause> formulaQueries = new ArrayList<>();
        for (Clause c : program.clauses()) {
            Term t = c.term().deref();
            if (!Declarations.isFormulaClause(t)) {
                rest.add(c);
                continue;
            }
            Locator at = new Locator(program.source(), c.span());
            try {
                switch (t.indicator()) {
                    case "query/1" -> formulaQueries.add(c);
                    case "=/2", "label/2" -> {
                        Term annotated = t.arg(0).deref();
                        double v = Declarations.number(t.arg(1)).orElseThrow(() -> new IllegalArgumentException(
                                "a label is a number, not " + FormulaPrinter.term(t.arg(1))));
                        String alg = vocabulary.canonical(annotated.arg(1).deref().name());
                        if (vocabulary.algebra(alg).isEmpty()) {
                            problems.add(FormulaDiagnostic.of(DiagnosticCode.UNKNOWN_ALGEBRA, at.at("_" + alg), alg,
                                    String.join(", ", vocabulary.algebraNames())));
                        }
                        labels = labels.with(annotated.arg(0).deref(), alg, v);
                    }
                    case "domain/2" -> domains = domains.withDomain(name(t.arg(0)), t.arg(1).deref());
                    case "variable/2" -> domains = domains.withVariable(name(t.arg(0)), t.arg(1).deref());
                    default -> distributions = distributions.with(name(t.arg(0)), Declarations.distribution(t.arg(1)));
                }
            } catch (IllegalArgumentException e) {
                problems.add(FormulaDiagnostic.of(DiagnosticCode.BAD_DECLARATION, c.span(), e.getMessage()));
            }
        }
        ModelParts parts = new ModelParts(vocabulary, domains, labels, distributions,
                new ProgramAtoms(new Program(program.source(), rest), engine), CompileOptions.defaults());
        FormulaModel model = new FormulaModel(parts, List.of(), problems);
        List<FormulaQuery> qs = new ArrayList<>();
        for (Clause c : formulaQueries) {
            Locator at = new Locator(program.source(), c.span());
            try {
                Formula f = FormulaReader.read(c.term().deref().arg(0), vocabulary, at);
                List<FormulaDiagnostic> found = model.check(f, at);
                if (found.isEmpty()) {
                    qs.add(new FormulaQuery(f, at));
                }
                model.diagnostics.addAll(found);
            } catch (FormulaException e) {
                model.diagnostics.addAll(e.diagnostics());
            }
        }
        return new FormulaModel(parts, qs, model.diagnostics);
    }

    private static String name(Term t) {
        String n = t.deref().name();
        if (n == null || t.deref().arity() != 0) {
            throw new IllegalArgumentException("expected a name, not " + FormulaPrinter.term(t));
        }
        return n;
    }

    /** The formula queries read (only those without diagnostics). */
    public List<FormulaQuery> queries() {
        return queries;
    }

    /** Problems found while reading declarations and checking formulas. */
    public List<FormulaDiagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }

    /** Parses and checks formula text, such as {@code "sum(D): (even(D)_boolean)_real"}; throws {@link FormulaException}. */
    public Formula parse(String text) {
        Formula f = FormulaReader.read(ProgramParser.parseTerm(text), parts.vocabulary, Locator.NONE);
        List<FormulaDiagnostic> found = check(f, Locator.NONE);
        if (!found.isEmpty()) {
            throw new FormulaException(found);
        }
        return f;
    }

    /** Type-checks a formula (operators, casts, aggregators, domains of aggregation variables). */
    public List<FormulaDiagnostic> check(Formula f, Locator where) {
        return typing.check(f, parts.domains, where);
    }

    /** The algebra of a checked formula's value. */
    public String algebraOf(Formula f) {
        requireChecked(f);
        return typing.algebra(f).name();
    }

    /** The formula after the lifting rewrites of {@link Lifter} (same value, fewer enumerated rows). */
    public Formula lifted(Formula f) {
        requireChecked(f);
        return new Lifter(typing, free).lift(f);
    }

    /** The free variables of a formula: its inputs. */
    public Set<String> inputs(Formula f) {
        return free.of(f);
    }

    /** One answer per binding of the free variables over their domains (one answer when there are none). */
    public List<FormulaAnswer> evaluate(Formula f) {
        List<Bindings> batch = new ArrayList<>(List.of(Bindings.EMPTY));
        for (String x : free.of(f)) {
            Optional<Term> spec = parts.domains.specOf(x);
            if (spec.isEmpty()) {
                throw new FormulaException(FormulaDiagnostic.of(DiagnosticCode.UNBOUND_VARIABLE,
                        org.circa.language.SourceSpan.NONE, x, x, x, x.toLowerCase()));
            }
            List<Bindings> next = new ArrayList<>();
            for (Bindings b : batch) {
                for (Term v : parts.domains.values(spec.get(), parts.vocabulary)) {
                    next.add(b.with(x, v));
                }
            }
            batch = next;
        }
        double[] values = evaluate(f, batch);
        List<FormulaAnswer> out = new ArrayList<>();
        String alg = algebraOf(f);
        for (int i = 0; i < values.length; i++) {
            out.add(new FormulaAnswer(f, batch.get(i), values[i], alg));
        }
        return out;
    }

    /** The value of a formula without free variables. */
    public double value(Formula f) {
        return evaluate(f, List.of(Bindings.EMPTY))[0];
    }

    /** One value per row of a batch of bindings of the free variables; sub-results are shared across the batch. */
    public double[] evaluate(Formula f, List<Bindings> batch) {
        Formula lifted = lifted(f);
        collectProgramAtoms(lifted, batch);
        Evaluator evaluator = new Evaluator(parts, typing, free);
        double[] out = new double[batch.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = evaluator.value(lifted, batch.get(i));
        }
        lastAtomEvaluations = evaluator.atomEvaluations();
        lastCompilations = evaluator.compilations();
        lastNodeEvaluations = evaluator.nodeEvaluations();
        return out;
    }

    /** The value of a closed formula evaluated as written, enumerating every aggregation (the reference lifting is tested against). */
    double valueWithoutLifting(Formula f) {
        requireChecked(f);
        collectProgramAtoms(f, List.of(Bindings.EMPTY));
        Evaluator evaluator = new Evaluator(parts, typing, free);
        double v = evaluator.value(f, Bindings.EMPTY);
        lastAtomEvaluations = evaluator.atomEvaluations();
        lastNodeEvaluations = evaluator.nodeEvaluations();
        return v;
    }

    /** How many (sub-formula, binding) pairs the last evaluation computed: the rows lifting saves. */
    public long lastNodeEvaluations() {
        return lastNodeEvaluations;
    }

    /** How many parts the last {@link #evaluate(Formula, List)} knowledge-compiled (see {@link EvaluationRule}). */
    public long lastCompilations() {
        return lastCompilations;
    }

    /** The evaluation mode {@link EvaluationRule} gives a checked formula's root. */
    public EvaluationRule.Mode modeOf(Formula f) {
        requireChecked(f);
        return EvaluationRule.mode(f, typing);
    }

    /** How many atom labels the last {@link #evaluate(Formula, List)} looked up (shows what lifting saves). */
    public long lastAtomEvaluations() {
        return lastAtomEvaluations;
    }

    private void requireChecked(Formula f) {
        List<FormulaDiagnostic> found = check(f, Locator.NONE);
        if (!found.isEmpty()) {
            throw new FormulaException(found);
        }
    }

    /** Grounds, in one pass, every program atom the formula can need (each atom over its own variables only). */
    private void collectProgramAtoms(Formula f, List<Bindings> batch) {
        Map<String, List<Term>> scope = new HashMap<>();
        for (Bindings b : batch) {
            b.values().forEach((k, v) -> {
                List<Term> l = scope.computeIfAbsent(k, x -> new ArrayList<>());
                if (!l.contains(v)) {
                    l.add(v);
                }
            });
        }
        Set<Term> needed = new LinkedHashSet<>();
        collect(f, scope, needed);
        if (!needed.isEmpty()) {
            parts.program.require(needed);
        }
    }

    private void collect(Formula f, Map<String, List<Term>> scope, Set<Term> needed) {
        switch (f) {
            case AtomFormula a -> {
                List<Bindings> rows = new ArrayList<>(List.of(Bindings.EMPTY));
                for (String x : free.of(a)) {
                    List<Term> values = scope.get(x);
                    if (values == null) {
                        return;
                    }
                    List<Bindings> next = new ArrayList<>();
                    for (Bindings r : rows) {
                        for (Term v : values) {
                            next.add(r.with(x, v));
                        }
                    }
                    rows = next;
                }
                for (Bindings r : rows) {
                    Term g = r.apply(a.atom());
                    if (g.isGround() && !Builtins.isBuiltin(g) && parts.labels.find(g, a.algebra()).isEmpty()
                            && parts.labels.find(g, "probability").isEmpty() && parts.program.defines(g)) {
                        needed.add(g);
                    }
                }
            }
            case CastFormula c -> collect(c.inner(), scope, needed);
            case OperatorFormula o -> o.operands().forEach(x -> collect(x, scope, needed));
            case Aggregation g -> {
                Map<String, List<Term>> inner = new HashMap<>(scope);
                for (AggregationVariable v : g.variables()) {
                    inner.put(v.name(), parts.domainOf(v));
                }
                collect(g.body(), inner, needed);
            }
        }
    }

    /** The clauses of a program that are not formula queries or declarations. */
    static List<Clause> programClauses(Program program) {
        List<Clause> out = new ArrayList<>();
        for (Clause c : program.clauses()) {
            if (!Declarations.isFormulaClause(c.term())) {
                out.add(c);
            }
        }
        return out;
    }
}
