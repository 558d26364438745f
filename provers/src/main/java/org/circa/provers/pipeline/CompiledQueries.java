package org.circa.provers.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.circa.circuits.Circuit;
import org.circa.circuits.CircuitBuilder;
import org.circa.circuits.eval.LeafWeights;
import org.circa.circuits.eval.PlanEvaluator;
import org.circa.circuits.plan.CircuitPlan;
import org.circa.circuits.compile.CompileOptions;
import org.circa.circuits.compile.DnnfCompiler;
import org.circa.language.CircaException;
import org.circa.language.Diagnostic;
import org.circa.language.DiagnosticCode;
import org.circa.language.GroundProgram;
import org.circa.language.SourceSpan;
import org.circa.language.Term;
import org.circa.semirings.Algebras;

/**
 * A ground program compiled into one decision-DNNF circuit over the Tseitin encoding of its
 * queries and evidence; answers P(query | evidence) by weighted model counting, conditioning
 * each query by zeroing the weight of its negation. Immutable; thread-safe.
 */
public final class CompiledQueries {
    private final Circuit circuit;
    private final Cnf2 encoding;
    private final double[] pos;
    private final double[] neg;
    private final List<Term> atoms = new ArrayList<>();
    private final List<Integer> literals = new ArrayList<>();
    private GroundProgram program;
    private CircuitPlan plan;
    private int[] choiceVariable;

    private record Cnf2(int numVars, int clauses) {
    }

    private CompiledQueries(Circuit circuit, Cnf2 encoding, double[] pos, double[] neg) {
        this.circuit = circuit;
        this.encoding = encoding;
        this.pos = pos;
        this.neg = neg;
    }

    /** Compiles the queries and evidence of a ground program. */
    public static CompiledQueries compile(GroundProgram program, CompileOptions options) {
        Formula formula = new Formula();
        FormulaBuilder fb = new FormulaBuilder(program, formula);
        Tseitin tseitin = new Tseitin(formula, fb.choiceCount());
        boolean evidenceFalse = false;
        for (GroundProgram.Evidence e : program.evidence()) {
            int node = fb.literal(e.literal());
            if (!e.value()) {
                node = formula.not(node);
            }
            if (node == Formula.FALSE) {
                evidenceFalse = true;
            } else if (node != Formula.TRUE) {
                tseitin.assertLiteral(tseitin.literal(node));
            }
        }
        if (evidenceFalse) {
            throw inconsistent();
        }
        Map<Term, Integer> queryLits = new LinkedHashMap<>();
        for (GroundProgram.Query q : program.queries()) {
            if (queryLits.containsKey(q.atom())) {
                continue;
            }
            int node = fb.literal(q.literal());
            int lit = node == Formula.TRUE ? GroundProgram.TRUE
                    : node == Formula.FALSE ? GroundProgram.FALSE : tseitin.definedVariable(node);
            queryLits.putIfAbsent(q.atom(), lit);
        }
        CircuitBuilder builder = new CircuitBuilder();
        int numVars = tseitin.numVars();
        builder.declareVars(numVars);
        int root = new DnnfCompiler(options).compile(tseitin.cnf(), builder);
        double[] pos = new double[numVars + 1];
        double[] neg = new double[numVars + 1];
        java.util.Arrays.fill(pos, 1.0);
        java.util.Arrays.fill(neg, 1.0);
        int[] choiceAtoms = fb.choiceAtoms();
        for (int v = 1; v <= fb.choiceCount(); v++) {
            double p = program.probability(choiceAtoms[v]);
            pos[v] = p;
            neg[v] = 1.0 - p;
        }
        CompiledQueries cq = new CompiledQueries(builder.build(root), new Cnf2(numVars, tseitin.cnf().clauseCount()),
                pos, neg);
        cq.program = program;
        cq.choiceVariable = new int[program.atomCount() + 1];
        for (int v = 1; v <= fb.choiceCount(); v++) {
            cq.choiceVariable[choiceAtoms[v]] = v;
        }
        for (Map.Entry<Term, Integer> e : queryLits.entrySet()) {
            cq.atoms.add(e.getKey());
            cq.literals.add(e.getValue());
        }
        return cq;
    }

    private static CircaException inconsistent() {
        return new CircaException(Diagnostic.of(DiagnosticCode.INCONSISTENT_EVIDENCE, SourceSpan.NONE));
    }

    /** P(query | evidence) for every query, in query order, with the program's own probabilities. */
    public List<QueryResult> probabilities() {
        if (!program.neuralGroups().isEmpty()) {
            GroundProgram.NeuralGroup g = program.neuralGroups().get(0);
            throw new CircaException(Diagnostic.of(DiagnosticCode.UNSUPPORTED, SourceSpan.NONE,
                    "neural predicate " + g.network() + " on " + g.input()
                            + " needs its network: evaluate through the circa-neural module"));
        }
        return probabilities(pos, neg);
    }

    /**
     * P(query | evidence) for every query, with the given literal weights (indexed by circuit
     * variable, see {@link #variableOf}); auxiliary variables must keep weight 1 on both literals.
     */
    public List<QueryResult> probabilities(double[] positive, double[] negative) {
        // One forward and one backward pass answer every query: the count is multilinear in the
        // weights of a query's defined variable v, which every branch mentions, so
        // WMC(q ∧ e) = w(+v) · ∂WMC(e)/∂w(+v) (and likewise for a negative literal).
        PlanEvaluator evaluator = new PlanEvaluator(plan(), Algebras.byName("probability"), 1, 1);
        LeafWeights w = new LeafWeights(encoding.numVars(), 1);
        for (int v = 1; v <= encoding.numVars(); v++) {
            w.pos(v)[0] = positive[v];
            w.neg(v)[0] = negative[v];
        }
        double z = evaluator.forward(w)[0][0];
        if (!(z > 0)) {
            throw inconsistent();
        }
        LeafWeights grad = evaluator.backward(0);
        List<QueryResult> out = new ArrayList<>();
        for (int i = 0; i < atoms.size(); i++) {
            int lit = literals.get(i);
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
            out.add(new QueryResult(atoms.get(i), p));
        }
        return out;
    }

    private synchronized CircuitPlan plan() {
        if (plan == null) {
            plan = CircuitPlan.of(circuit);
        }
        return plan;
    }

    /** The circuit variable of a choice atom of the ground program (0 when no query needs it). */
    public int variableOf(int choiceAtom) {
        return choiceAtom < choiceVariable.length ? choiceVariable[choiceAtom] : 0;
    }

    /** The ground program this was compiled from. */
    public GroundProgram program() {
        return program;
    }

    /** Copies of the literal weights (positive, negative) indexed by circuit variable. */
    public double[][] weights() {
        return new double[][] {pos.clone(), neg.clone()};
    }

    /** The query atoms, in query order. */
    public List<Term> queryAtoms() {
        return List.copyOf(atoms);
    }

    /**
     * The circuit variable whose positive literal means query i holds (a negative number means
     * its negative literal; {@link GroundProgram#TRUE} or {@link GroundProgram#FALSE} for constants).
     */
    public int queryLiteral(int i) {
        return literals.get(i);
    }

    /** The compiled circuit. */
    public Circuit circuit() {
        return circuit;
    }

    /** Number of CNF variables and clauses of the encoding, for reports. */
    public String encodingSummary() {
        return encoding.numVars() + " variables, " + encoding.clauses() + " clauses";
    }
}
