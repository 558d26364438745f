package org.circa.provers.pipeline;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.circa.circuits.compile.Cnf;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;
import org.circa.language.CircaException;
import org.circa.language.Diagnostic;
import org.circa.language.DiagnosticCode;
import org.circa.language.GroundProgram;
import org.circa.language.SourceSpan;
import org.circa.language.Term;
import org.circa.language.TermPrinter;

/**
 * The weighted CNF of a ground program's queries and evidence: variables {@code 1..choices} are
 * its probabilistic choices (weights p and 1 − p), then Tseitin variables (weights 1 and 1); the
 * evidence is asserted by unit clauses; each query gets a variable equivalent to it, or the
 * constant {@link GroundProgram#TRUE}/{@link GroundProgram#FALSE}. Immutable.
 *
 * @param program the ground program
 * @param cnf the clauses
 * @param pos weight of each positive literal, indexed by variable
 * @param neg weight of each negative literal, indexed by variable
 * @param queryAtoms the distinct query atoms, in query order
 * @param queryLiterals the variable (or constant) of each query
 * @param choiceVariable the variable of each choice atom of the program (0 if unused)
 * @param roots the formula over the choice variables the CNF encodes, with its evidence and query nodes
 */
public record QueryEncoding(GroundProgram program, Cnf cnf, double[] pos, double[] neg, List<Term> queryAtoms,
        List<Integer> queryLiterals, int[] choiceVariable, FormulaRoots roots) {

    /**
     * The formula behind an encoding: the conjunction of the evidence and each distinct query as
     * nodes of one {@link Formula} over the choice variables. Immutable by contract.
     *
     * @param formula the formula
     * @param evidence the node of the evidence's conjunction ({@link Formula#TRUE} without evidence)
     * @param queries the node of each query, parallel to {@code queryLiterals}
     */
    public record FormulaRoots(Formula formula, int evidence, int[] queries) {
    }

    /** Encodes a ground program; evidence that is false in every world is an error. */
    public static QueryEncoding of(GroundProgram program) {
        Formula formula = new Formula();
        FormulaBuilder fb = new FormulaBuilder(program, formula);
        Tseitin tseitin = new Tseitin(formula, fb.choiceCount());
        IntArrayList evidenceNodes = new IntArrayList();
        IntArrayList queryNodes = new IntArrayList();
        for (GroundProgram.Evidence e : program.evidence()) {
            int node = fb.literal(e.literal());
            if (!e.value()) {
                node = formula.not(node);
            }
            evidenceNodes.add(node);
            if (node == Formula.FALSE) {
                throw inconsistentEvidence();
            } else if (node != Formula.TRUE) {
                tseitin.assertLiteral(tseitin.literal(node));
            }
        }
        Map<Term, Integer> queryLits = new LinkedHashMap<>();
        for (GroundProgram.Query q : program.queries()) {
            if (queryLits.containsKey(q.atom())) {
                continue;
            }
            int node = fb.literal(q.literal());
            queryNodes.add(node);
            int lit = node == Formula.TRUE ? GroundProgram.TRUE
                    : node == Formula.FALSE ? GroundProgram.FALSE : tseitin.definedVariable(node);
            queryLits.put(q.atom(), lit);
        }
        int numVars = tseitin.numVars();
        double[] pos = new double[numVars + 1];
        double[] neg = new double[numVars + 1];
        Arrays.fill(pos, 1.0);
        Arrays.fill(neg, 1.0);
        int[] choiceAtoms = fb.choiceAtoms();
        int[] choiceVariable = new int[program.atomCount() + 1];
        for (int v = 1; v <= fb.choiceCount(); v++) {
            double p = program.probability(choiceAtoms[v]);
            pos[v] = p;
            neg[v] = 1.0 - p;
            choiceVariable[choiceAtoms[v]] = v;
        }
        return new QueryEncoding(program, tseitin.cnf(), pos, neg, new ArrayList<>(queryLits.keySet()),
                new ArrayList<>(queryLits.values()), choiceVariable,
                new FormulaRoots(formula, formula.and(evidenceNodes), queryNodes.toArray()));
    }

    /** The error for evidence that holds in no world. */
    static CircaException inconsistentEvidence() {
        return new CircaException(Diagnostic.of(DiagnosticCode.INCONSISTENT_EVIDENCE, SourceSpan.NONE));
    }

    /** Number of variables. */
    public int numVars() {
        return cnf.numVars();
    }

    /** Writes DIMACS CNF with {@code c p weight} lines, readable by {@code circa compile} and other WMC tools. */
    public void writeDimacs(PrintWriter out) {
        out.println("c Circa query encoding: variables 1.." + choiceCount() + " are choices, the rest Tseitin");
        for (int i = 0; i < queryAtoms.size(); i++) {
            out.println("c query " + TermPrinter.print(queryAtoms.get(i)) + " " + literalText(queryLiterals.get(i)));
        }
        out.println("p cnf " + cnf.numVars() + " " + cnf.clauseCount());
        for (int v = 1; v <= cnf.numVars(); v++) {
            out.println("c p weight " + v + " " + pos[v] + " 0");
            out.println("c p weight " + (-v) + " " + neg[v] + " 0");
        }
        StringBuilder sb = new StringBuilder();
        for (int[] clause : cnf.clauses()) {
            sb.setLength(0);
            for (int lit : clause) {
                sb.append(lit).append(' ');
            }
            out.println(sb.append('0'));
        }
    }

    /** Number of choice variables (they are variables 1..choiceCount). */
    public int choiceCount() {
        int n = 0;
        for (int v : choiceVariable) {
            n = Math.max(n, v);
        }
        return n;
    }

    private static String literalText(int lit) {
        return lit == GroundProgram.TRUE ? "true" : lit == GroundProgram.FALSE ? "false" : Integer.toString(lit);
    }
}
