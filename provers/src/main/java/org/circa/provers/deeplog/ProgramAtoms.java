package org.circa.provers.deeplog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.circa.language.Clause;
import org.circa.language.GroundProgram;
import org.circa.language.Program;
import org.circa.language.SourceSpan;
import org.circa.language.Struct;
import org.circa.language.Term;
import org.circa.provers.Engine;
import org.circa.provers.pipeline.FormulaBuilder;
import org.circa.provers.pipeline.QueryResult;

/**
 * The labels that the program's probabilistic facts and rules give atoms: grounds the program
 * once with a {@code query/1} for every atom formulas need (the program's own queries dropped,
 * its evidence kept), then gives each atom's marginal probability given the evidence (through
 * the lead's {@code CompiledQueries}) and its Boolean formula node over the choice variables
 * (through {@link FormulaBuilder}, cycles handled), for compiled parts. Not thread-safe.
 */
final class ProgramAtoms {
    private final Program base;
    private final Engine engine;
    private final Set<String> defined;
    private final Set<Term> requested = new LinkedHashSet<>();
    private GroundProgram ground;
    private org.circa.provers.pipeline.Formula store = new org.circa.provers.pipeline.Formula();
    private FormulaBuilder builder;
    private final Map<Term, Integer> literal = new HashMap<>();
    private final Map<Term, Double> marginal = new HashMap<>();
    private int generation;

    ProgramAtoms(Program base, Engine engine) {
        this.base = base;
        this.engine = engine;
        this.defined = definedPredicates(base);
    }

    /** Whether the program has clauses for the atom's predicate. */
    boolean defines(Term atom) {
        return defined.contains(atom.deref().indicator());
    }

    /** Makes sure the given ground atoms are grounded (regrounding everything when new ones appear). */
    void require(Set<Term> atoms) {
        Set<Term> fresh = new HashSet<>(atoms);
        fresh.removeAll(requested);
        if (fresh.isEmpty() && ground != null) {
            return;
        }
        requested.addAll(atoms);
        List<Clause> clauses = new ArrayList<>();
        for (Clause c : base.clauses()) {
            if (!isQuery(c.term())) {
                clauses.add(c);
            }
        }
        for (Term a : requested) {
            clauses.add(new Clause(new Struct("query", a), SourceSpan.NONE));
        }
        ground = engine.ground(new Program(base.source(), clauses));
        store = new org.circa.provers.pipeline.Formula();
        builder = new FormulaBuilder(ground, store);
        literal.clear();
        marginal.clear();
        for (GroundProgram.Query q : ground.queries()) {
            literal.putIfAbsent(q.atom(), q.literal());
        }
        if (!requested.isEmpty()) {
            for (QueryResult r : engine.compile(ground).probabilities()) {
                marginal.putIfAbsent(r.atom(), r.value());
            }
        }
        generation++;
    }

    /** P(atom | evidence) under the program. */
    double marginal(Term atom) {
        require(Set.of(atom));
        Double p = marginal.get(atom);
        return p == null ? 0.0 : p;
    }

    /** The atom's node in {@link #store()}. */
    int node(Term atom) {
        require(Set.of(atom));
        Integer lit = literal.get(atom);
        return lit == null ? org.circa.provers.pipeline.Formula.FALSE : builder.literal(lit);
    }

    /** Nodes that must hold: the program's evidence. */
    List<Integer> evidenceNodes() {
        if (ground == null) {
            require(Set.of());
        }
        List<Integer> out = new ArrayList<>();
        for (GroundProgram.Evidence e : ground.evidence()) {
            int n = builder.literal(e.literal());
            out.add(e.value() ? n : store.not(n));
        }
        return out;
    }

    /** The formula store the nodes live in (replaced when the program is grounded again). */
    org.circa.provers.pipeline.Formula store() {
        return store;
    }

    /** Number of choice variables; they are variables 1..choiceCount of the store. */
    int choiceCount() {
        return builder == null ? 0 : builder.choiceCount();
    }

    /** The probabilities of choice variables 1..choiceCount. */
    double[] choiceProbabilities() {
        int[] atoms = builder.choiceAtoms();
        double[] p = new double[atoms.length];
        for (int v = 1; v < atoms.length; v++) {
            p[v] = ground.probability(atoms[v]);
        }
        return p;
    }

    /** Counts groundings, so that callers can tell when nodes were renumbered. */
    int generation() {
        return generation;
    }

    private static boolean isQuery(Term t) {
        Term d = t.deref();
        if (d instanceof Struct s && s.name().equals(":-") && s.arity() == 2) {
            d = s.arg(0).deref();
        }
        return "query/1".equals(d.indicator());
    }

    /** Predicate indicators of clause heads (facts, rules, probabilistic facts and annotated disjunctions). */
    static Set<String> definedPredicates(Program program) {
        Set<String> out = new HashSet<>();
        for (Clause c : program.clauses()) {
            Term t = c.term().deref();
            if (t instanceof Struct s && (s.name().equals(":-") || s.name().equals("<-")) && s.arity() == 2) {
                t = s.arg(0).deref();
            } else if (t instanceof Struct s && s.name().equals(":-") && s.arity() == 1) {
                continue;
            }
            heads(t, out);
        }
        return out;
    }

    private static void heads(Term t, Set<String> out) {
        Term d = t.deref();
        if (d instanceof Struct s && s.arity() == 2 && (s.name().equals(";") || s.name().equals(","))) {
            heads(s.arg(0), out);
            heads(s.arg(1), out);
        } else if (d instanceof Struct s && s.arity() == 2 && s.name().equals("::")) {
            heads(s.arg(1), out);
        } else if (d.indicator() != null) {
            out.add(d.indicator());
        }
    }
}
