package org.circa.provers.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.circa.circuits.Circuit;
import org.circa.circuits.bdd.Bdd;
import org.circa.circuits.CircuitBuilder;
import org.circa.circuits.eval.Backends;
import org.circa.circuits.eval.CircuitEvaluator;
import org.circa.circuits.eval.EvaluatorBackend;
import org.circa.circuits.eval.LeafWeights;
import org.circa.circuits.plan.CircuitPlan;
import org.circa.circuits.compile.Branching;
import org.circa.circuits.compile.CompileOptions;
import org.circa.circuits.compile.DefinedVariables;
import org.circa.circuits.compile.CompilationLimitException;
import org.circa.circuits.compile.DnnfCompiler;
import org.circa.circuits.compile.ProgressListener;
import org.circa.language.Diagnostic;
import org.circa.language.DiagnosticCode;
import org.circa.language.SourceSpan;
import org.circa.language.CircaException;
import org.circa.language.GroundProgram;
import org.circa.language.Term;
import org.circa.semirings.Algebras;

/**
 * A ground program compiled into one decision-DNNF circuit over the Tseitin encoding of its
 * queries and evidence; answers P(query | evidence) by weighted model counting, conditioning
 * each query by zeroing the weight of its negation. Immutable; thread-safe.
 */
public final class CompiledQueries {
    private final QueryEncoding encoding;
    private final Circuit circuit;
    private final String method;
    private CircuitPlan plan;

    private CompiledQueries(QueryEncoding encoding, Circuit circuit, String method) {
        this.encoding = encoding;
        this.circuit = circuit;
        this.method = method;
    }

    /** How a program is compiled. */
    public enum Route {
        /** Top-down with decomposition branching, then a BDD, then top-down with balanced branching. */
        AUTO,
        /** The top-down compiler only (decomposition branching, then balanced branching). */
        TOP_DOWN,
        /** A bottom-up BDD only. */
        BDD
    }

    /** Compiles the queries and evidence of a ground program. */
    public static CompiledQueries compile(GroundProgram program, CompileOptions options) {
        return compile(QueryEncoding.of(program), options, Route.AUTO);
    }

    /** Compiles the queries and evidence of a ground program by the given route. */
    public static CompiledQueries compile(GroundProgram program, CompileOptions options, Route route) {
        return compile(QueryEncoding.of(program), options, route);
    }

    /** Node budget of the first, decomposition-guided attempt before the general branching takes over. */
    private static final long DECOMPOSITION_ATTEMPT_NODES = 1_000_000;
    /** Decision budget of that attempt (the directed 10×10 grid program fits in it). */
    private static final long DECOMPOSITION_ATTEMPT_DECISIONS = 400_000;
    /** Node budget of the second attempt, bottom-up BDD construction (at most 128 heap bytes a node). */
    private static final long BDD_ATTEMPT_NODES = Math.min(16_000_000, Runtime.getRuntime().maxMemory() / 128);

    /** Compiles an encoding by {@link Route#AUTO}. */
    public static CompiledQueries compile(QueryEncoding encoding, CompileOptions options) {
        return compile(encoding, options, Route.AUTO);
    }

    /**
     * Compiles an encoding by the given route. {@link Route#AUTO} first branches along a tree
     * decomposition of the CNF (fast on structured programs, such as reachability in directed
     * graphs) for at most {@value #DECOMPOSITION_ATTEMPT_NODES} nodes and
     * {@value #DECOMPOSITION_ATTEMPT_DECISIONS} decisions, then builds a BDD (cyclic programs),
     * then searches with occurrence-balanced branching (where decompositions are wide) for the
     * rest of the time budget; {@link Route#TOP_DOWN} skips the BDD, {@link Route#BDD} is the BDD
     * alone.
     */
    public static CompiledQueries compile(QueryEncoding encoding, CompileOptions options, Route route) {
        long deadline = System.nanoTime() + options.timeBudgetNanos();
        long bddNodes = Math.min(options.nodeBudget(), BDD_ATTEMPT_NODES);
        if (route == Route.BDD) {
            try {
                return compileWithBdd(encoding, bddNodes, deadline, options.progress());
            } catch (CompilationLimitException e) {
                throw limit(e);
            } catch (StackOverflowError | OutOfMemoryError e) {
                throw limit(new CompilationLimitException("the BDD outgrew the "
                        + (e instanceof StackOverflowError ? "stack" : "heap") + "; use another compilation route"));
            }
        }
        CompileOptions first = options.withBranching(Branching.DECOMPOSITION)
                .withNodeBudget(Math.min(options.nodeBudget(), DECOMPOSITION_ATTEMPT_NODES))
                .withDecisionBudget(DECOMPOSITION_ATTEMPT_DECISIONS);
        try {
            return new CompiledQueries(encoding, compileWith(encoding, first), "top-down, decomposition branching");
        } catch (CompilationLimitException firstAttempt) {
            // next attempt below
        }
        if (route == Route.AUTO) {
            try {
                return compileWithBdd(encoding, bddNodes, deadline, options.progress());
            } catch (CompilationLimitException | StackOverflowError | OutOfMemoryError secondAttempt) {
                // last attempt below: apply recurses once per variable level, so very many
                // variables can overflow the caller's stack, and a heap smaller than the budget
                // assumes can run out; either only means that this route does not fit
            }
        }
        java.time.Duration left = java.time.Duration.ofNanos(deadline - System.nanoTime());
        if (left.isNegative() || left.isZero()) {
            throw limit(new CompilationLimitException("compilation exceeded its time budget of "
                    + options.timeBudget().toMillis() / 1000.0 + " s; raise the time limit or simplify the program"));
        }
        try {
            return new CompiledQueries(encoding,
                    compileWith(encoding, options.withBranching(Branching.BALANCED).withTimeBudget(left)),
                    "top-down, balanced branching");
        } catch (CompilationLimitException e) {
            throw limit(e);
        }
    }

    /**
     * Compiles the encoding's formula bottom-up into one BDD over the choices (in
     * {@link FormulaBdd#bottomUpOrder}) followed by the query variables: the evidence conjoined with
     * {@code query variable ↔ query} for every query, so that each query variable is tested on
     * every path and the marginals come from one backward pass as with the CNF route.
     */
    static CompiledQueries compileWithBdd(QueryEncoding encoding, long nodeBudget, long deadline,
            ProgressListener progress) {
        return compileWithBdd(encoding, nodeBudget, deadline, progress, FormulaBdd.FIRST_COLLECTION);
    }

    /** {@link #compileWithBdd(QueryEncoding, long, long, ProgressListener)} collecting garbage from {@code firstCollection} live nodes on. */
    static CompiledQueries compileWithBdd(QueryEncoding encoding, long nodeBudget, long deadline,
            ProgressListener progress, long firstCollection) {
        int numVars = encoding.numVars();
        int choices = encoding.choiceCount();
        List<Integer> queryLits = encoding.queryLiterals();
        int[] order = new int[numVars];
        boolean[] placed = new boolean[numVars + 1];
        int k = 0;
        for (int v : FormulaBdd.bottomUpOrder(encoding.roots().formula(), choices)) {
            order[k++] = v;
            placed[v] = true;
        }
        for (int lit : queryLits) {
            int v = Math.abs(lit);
            if (lit != GroundProgram.TRUE && lit != GroundProgram.FALSE && !placed[v]) {
                order[k++] = v;
                placed[v] = true;
            }
        }
        for (int v = 1; v <= numVars; v++) {
            if (!placed[v]) {
                order[k++] = v;
            }
        }
        Bdd bdd = new Bdd(numVars, order, nodeBudget, deadline, progress);
        QueryEncoding.FormulaRoots roots = encoding.roots();
        int[] nodes = new int[roots.queries().length + 1];
        System.arraycopy(roots.queries(), 0, nodes, 0, roots.queries().length);
        nodes[roots.queries().length] = roots.evidence();
        int[] bdds = FormulaBdd.of(roots.formula(), nodes, bdd, firstCollection);
        int all = bdds[roots.queries().length];
        for (int i = 0; i < queryLits.size(); i++) {
            int lit = queryLits.get(i);
            if (lit == GroundProgram.TRUE || lit == GroundProgram.FALSE) {
                continue;
            }
            int q = lit > 0 ? bdds[i] : bdd.not(bdds[i]);
            int x = bdd.variable(Math.abs(lit));
            all = bdd.and(all, bdd.or(bdd.and(x, q), bdd.and(bdd.not(x), bdd.not(q))));
        }
        CircuitBuilder builder = new CircuitBuilder();
        builder.declareVars(numVars);
        int root = bdd.toCircuit(all, builder, bdd.newMemo());
        return new CompiledQueries(encoding, builder.build(root), "BDD");
    }

    private static Circuit compileWith(QueryEncoding encoding, CompileOptions options) {
        CircuitBuilder builder = new CircuitBuilder();
        builder.declareVars(encoding.numVars());
        // Tseitin variables weigh 1 on both literals and follow from the choices, so the compiler
        // branches on choices only and leaves their literals out; the queries' variables stay.
        int[] queryVars = encoding.queryLiterals().stream().mapToInt(Math::abs).toArray();
        DefinedVariables defined = new DefinedVariables(encoding.choiceCount(), queryVars);
        int root = new DnnfCompiler(options).compile(encoding.cnf(), defined, builder);
        return builder.build(root);
    }

    private static CircaException limit(CompilationLimitException e) {
        return new CircaException(Diagnostic.of(DiagnosticCode.COMPILATION_LIMIT, SourceSpan.NONE, e.getMessage()));
    }

    private static CircaException inconsistent() {
        return QueryEncoding.inconsistentEvidence();
    }

    /** P(query | evidence) for every query, in query order, with the program's own probabilities. */
    public List<QueryResult> probabilities() {
        return probabilities(Backends.cpu(1));
    }

    /** {@link #probabilities()} evaluated on the given backend (see {@link Backends#select}). */
    public List<QueryResult> probabilities(EvaluatorBackend backend) {
        if (!encoding.program().neuralGroups().isEmpty()) {
            GroundProgram.NeuralGroup g = encoding.program().neuralGroups().get(0);
            throw new CircaException(Diagnostic.of(DiagnosticCode.UNSUPPORTED, SourceSpan.NONE,
                    "neural predicate " + g.network() + " on " + g.input()
                            + " needs its network: evaluate through the circa-neural module"));
        }
        return probabilities(encoding.pos(), encoding.neg(), backend);
    }

    /**
     * P(query | evidence) for every query, with the given literal weights (indexed by circuit
     * variable, see {@link #variableOf}); auxiliary variables must keep weight 1 on both literals.
     */
    public List<QueryResult> probabilities(double[] positive, double[] negative) {
        return probabilities(positive, negative, Backends.cpu(1));
    }

    /** {@link #probabilities(double[], double[])} evaluated on the given backend. */
    public List<QueryResult> probabilities(double[] positive, double[] negative, EvaluatorBackend backend) {
        // One forward and one backward pass answer every query: the count is multilinear in the
        // weights of a query's defined variable v, which every branch mentions, so
        // WMC(q ∧ e) = w(+v) · ∂WMC(e)/∂w(+v) (and likewise for a negative literal).
        try (CircuitEvaluator evaluator = probabilityEvaluator(backend)) {
            return probabilities(positive, negative, evaluator);
        }
    }

    private List<QueryResult> probabilities(double[] positive, double[] negative, CircuitEvaluator evaluator) {
        Marginals m = marginals(positive, negative, evaluator);
        if (!(m.evidence() > 0)) {
            throw inconsistent();
        }
        return m.queries();
    }

    /**
     * The probability of the evidence and P(query | evidence) for every query (empty when the
     * evidence has probability 0).
     */
    private record Marginals(double evidence, List<QueryResult> queries) {
    }

    /** An evaluator of this circuit in the probability algebra; close it after use. */
    private CircuitEvaluator probabilityEvaluator(EvaluatorBackend backend) {
        return backend.open(plan(), Algebras.byName("probability"), 1);
    }

    /**
     * An evaluator of the smoothed circuit (every OR child mentions the same variables) for
     * {@code batch} columns: its leaf gradients are exact, so {@code w(+v) · ∂WMC/∂w(+v)} is the
     * weighted count of the evidence with v true, for every variable the circuit
     * {@linkplain #mentions mentions}. Close it after use.
     */
    public CircuitEvaluator smoothedProbabilityEvaluator(EvaluatorBackend backend, int batch) {
        return backend.open(smoothedPlan(), Algebras.byName("probability"), batch);
    }

    /** Number of value rows of the smoothed circuit's plan (each column of a batch holds one value per row). */
    public int smoothedRows() {
        return smoothedPlan().rows();
    }

    /** Whether the circuit mentions variable v (one it does not is independent of everything in it). */
    public boolean mentions(int v) {
        return v > 0 && mentionedVariables().get(v);
    }

    private CircuitPlan smoothedPlan;
    private java.util.BitSet mentioned;

    private synchronized CircuitPlan smoothedPlan() {
        if (smoothedPlan == null) {
            smoothedPlan = CircuitPlan.of(org.circa.circuits.plan.Smoothing.smooth(circuit));
        }
        return smoothedPlan;
    }

    private synchronized java.util.BitSet mentionedVariables() {
        if (mentioned == null) {
            mentioned = new java.util.BitSet();
            for (int n = 0; n < circuit.size(); n++) {
                if (circuit.kind(n) == org.circa.circuits.NodeKind.LITERAL) {
                    mentioned.set(Math.abs(circuit.literal(n)));
                }
            }
        }
        return mentioned;
    }

    /**
     * The evidence's probability and the queries' conditional probabilities with the given
     * literal weights (as {@link #probabilities(double[], double[])}), on an evaluator from
     * {@link #probabilityEvaluator}.
     */
    private Marginals marginals(double[] positive, double[] negative, CircuitEvaluator evaluator) {
        LeafWeights w = new LeafWeights(encoding.numVars(), 1);
        for (int v = 1; v <= encoding.numVars(); v++) {
            w.pos(v)[0] = positive[v];
            w.neg(v)[0] = negative[v];
        }
        double z = evaluator.forward(w)[0][0];
        if (!(z > 0)) {
            return new Marginals(z, List.of());
        }
        LeafWeights grad = evaluator.backward(0);
        List<QueryResult> out = new ArrayList<>();
        for (int i = 0; i < encoding.queryAtoms().size(); i++) {
            int lit = encoding.queryLiterals().get(i);
            double p;
            if (lit == GroundProgram.TRUE) {
                p = 1.0;
            } else if (lit == GroundProgram.FALSE) {
                p = 0.0;
            } else if (lit > 0) {
                p = positive[lit] * grad.pos(lit)[0] / z;
            } else {
                p = negative[-lit] * grad.neg(-lit)[0] / z;
            }
            out.add(new QueryResult(encoding.queryAtoms().get(i), p));
        }
        return new Marginals(z, out);
    }

    private synchronized CircuitPlan plan() {
        if (plan == null) {
            plan = CircuitPlan.of(circuit);
        }
        return plan;
    }

    /** The circuit variable of a choice atom of the ground program (0 when no query needs it). */
    public int variableOf(int choiceAtom) {
        int[] cv = encoding.choiceVariable();
        return choiceAtom < cv.length ? cv[choiceAtom] : 0;
    }

    /** The ground program this was compiled from. */
    public GroundProgram program() {
        return encoding.program();
    }

    /** Copies of the literal weights (positive, negative) indexed by circuit variable. */
    public double[][] weights() {
        return new double[][] {encoding.pos().clone(), encoding.neg().clone()};
    }

    /** The query atoms, in query order. */
    public List<Term> queryAtoms() {
        return List.copyOf(encoding.queryAtoms());
    }

    /**
     * The circuit variable whose positive literal means query i holds (a negative number means
     * its negative literal; {@link GroundProgram#TRUE} or {@link GroundProgram#FALSE} for constants).
     */
    public int queryLiteral(int i) {
        return encoding.queryLiterals().get(i);
    }

    /** The compiled circuit. */
    public Circuit circuit() {
        return circuit;
    }

    /** Number of CNF variables and clauses of the encoding and how it was compiled, for reports. */
    public String encodingSummary() {
        return encoding.numVars() + " variables, " + encoding.cnf().clauseCount() + " clauses, compiled "
                + (method.equals("BDD") ? "as a BDD" : method);
    }

    /** How the circuit was compiled: {@code "BDD"} or the top-down compiler's branching rule. */
    public String method() {
        return method;
    }
}
