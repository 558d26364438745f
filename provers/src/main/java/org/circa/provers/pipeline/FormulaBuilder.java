package org.circa.provers.pipeline;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.circa.language.DiagnosticCode;
import org.circa.language.GroundProgram;
import org.circa.provers.engine.PrologError;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

/**
 * Turns the (possibly cyclic) ground program into an acyclic Boolean formula over its choice
 * variables, with least-model semantics. Atoms outside cycles get one shared formula. A strongly
 * connected group C of positive dependencies is unrolled as the least-fixpoint iteration itself:
 * {@code a⁽⁰⁾ = false}, {@code a⁽ᵗ⁾ = ∨ bodies with members of C read at step t−1}, for t up to
 * |C| (or until a step changes nothing), since each step that changes anything makes one more
 * atom of C true. This is polynomial, where ProbLog's proof-based cycle breaking can grow with
 * the number of paths. Not thread-safe.
 */
public final class FormulaBuilder {
    private final GroundProgram program;
    private final Formula formula;
    private final int[] choiceVar;
    private final int[] component;
    private final boolean[] cyclic;
    private final int[] memo;
    private final boolean[] inProgress;
    private final List<List<Integer>> members = new java.util.ArrayList<>();
    private int choiceCount;

    /** A builder over a ground program, writing into the given formula store. */
    public FormulaBuilder(GroundProgram program, Formula formula) {
        this.program = program;
        this.formula = formula;
        int n = program.atomCount() + 1;
        choiceVar = new int[n];
        for (int a = 1; a < n; a++) {
            if (program.isChoice(a)) {
                choiceVar[a] = ++choiceCount;
            }
        }
        component = new int[n];
        cyclic = new boolean[n];
        memo = new int[n];
        Arrays.fill(memo, -1);
        inProgress = new boolean[n];
        findCycles();
    }

    /** Number of choice variables; they are variables 1..choiceCount of the formula. */
    public int choiceCount() {
        return choiceCount;
    }

    /** The choice atom of each variable, indexed 1..choiceCount. */
    public int[] choiceAtoms() {
        int[] out = new int[choiceCount + 1];
        for (int a = 1; a < choiceVar.length; a++) {
            if (choiceVar[a] > 0) {
                out[choiceVar[a]] = a;
            }
        }
        return out;
    }

    private void findCycles() {
        Graph<Integer, DefaultEdge> g = new DefaultDirectedGraph<>(DefaultEdge.class);
        for (int a = 1; a <= program.atomCount(); a++) {
            if (!program.isChoice(a)) {
                g.addVertex(a);
            }
        }
        for (int a = 1; a <= program.atomCount(); a++) {
            if (program.isChoice(a)) {
                continue;
            }
            for (int[] body : program.bodies(a)) {
                for (int lit : body) {
                    if (lit > 0 && !program.isChoice(lit)) {
                        if (lit == a) {
                            cyclic[a] = true;
                        } else {
                            g.addEdge(a, lit);
                        }
                    }
                }
            }
        }
        List<Set<Integer>> sccs = new KosarajuStrongConnectivityInspector<>(g).stronglyConnectedSets();
        for (int i = 0; i < sccs.size(); i++) {
            Set<Integer> scc = sccs.get(i);
            members.add(List.copyOf(scc));
            for (int a : scc) {
                component[a] = i;
                if (scc.size() > 1) {
                    cyclic[a] = true;
                }
            }
        }
    }

    /** The formula node of a ground-program literal. */
    public int literal(int lit) {
        if (lit == GroundProgram.TRUE) {
            return Formula.TRUE;
        }
        if (lit == GroundProgram.FALSE) {
            return Formula.FALSE;
        }
        int node = atom(Math.abs(lit));
        return lit > 0 ? node : formula.not(node);
    }

    private int atom(int a) {
        if (choiceVar[a] > 0) {
            return formula.var(choiceVar[a]);
        }
        if (memo[a] >= 0) {
            return memo[a];
        }
        if (inProgress[a]) {
            throw new PrologError(DiagnosticCode.NEGATIVE_CYCLE, program.name(a));
        }
        inProgress[a] = true;
        if (cyclic[a]) {
            unroll(component[a]);
            inProgress[a] = false;
            return memo[a];
        }
        int node = defined(a);
        inProgress[a] = false;
        memo[a] = node;
        return node;
    }

    private int defined(int a) {
        IntArrayList disjuncts = new IntArrayList();
        for (int[] body : program.bodies(a)) {
            IntArrayList conj = new IntArrayList(body.length);
            for (int lit : body) {
                conj.add(literal(lit));
            }
            disjuncts.add(formula.and(conj));
        }
        return formula.or(disjuncts);
    }

    /** Sets the formula of every atom of a cyclic component by unrolling its least fixpoint. */
    private void unroll(int comp) {
        List<Integer> atoms = members.get(comp);
        Map<Integer, Integer> previous = new HashMap<>();
        for (int a : atoms) {
            previous.put(a, Formula.FALSE);
        }
        for (int step = 0; step < atoms.size(); step++) {
            Map<Integer, Integer> next = new HashMap<>();
            boolean changed = false;
            for (int a : atoms) {
                IntArrayList disjuncts = new IntArrayList();
                for (int[] body : program.bodies(a)) {
                    IntArrayList conj = new IntArrayList(body.length);
                    for (int lit : body) {
                        Integer inner = lit > 0 ? previous.get(lit) : null;
                        conj.add(inner != null ? inner : literal(lit));
                    }
                    disjuncts.add(formula.and(conj));
                }
                int node = formula.or(disjuncts);
                next.put(a, node);
                changed |= node != previous.get(a);
            }
            previous = next;
            if (!changed) {
                break;
            }
        }
        for (int a : atoms) {
            memo[a] = previous.get(a);
        }
    }
}
