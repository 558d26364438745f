package org.circa.provers.ground;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.circa.language.Atom;
import org.circa.language.CircaException;
import org.circa.language.Diagnostic;
import org.circa.language.DiagnosticCode;
import org.circa.language.GroundProgram;
import org.circa.language.Program;
import org.circa.language.SourceSpan;
import org.circa.language.Struct;
import org.circa.language.Term;
import org.circa.provers.engine.ClauseDb;
import org.circa.provers.engine.Cond;
import org.circa.provers.engine.GroundBuilder;
import org.circa.provers.engine.PrologError;
import org.circa.provers.engine.ProgramLoader;
import org.circa.provers.engine.Solver;
import org.circa.provers.engine.Terms;
import org.circa.provers.pipeline.BigStack;

/**
 * Grounds the part of a program that its queries and evidence depend on: takes a parsed
 * {@link Program}, gives a {@link GroundProgram}. Stateless; each call runs on a big-stack thread,
 * since resolution recurses deeply.
 */
public final class Grounder {
    private Grounder() {
    }

    /** Grounds a program; program errors become a {@link CircaException} with diagnostics. */
    public static GroundProgram ground(Program program, long ruleLimit, java.time.Duration timeLimit) {
        long deadline = System.nanoTime() + Math.min(timeLimit.toNanos(), Long.MAX_VALUE / 4);
        return BigStack.call("grounding", () -> groundHere(program, ruleLimit, deadline));
    }

    private static GroundProgram groundHere(Program program, long ruleLimit, long deadline) {
        ClauseDb db = new ProgramLoader().load(program);
        return groundQueries(db, ruleLimit, deadline);
    }

    /** Grounds the queries and evidence of a loaded program. */
    static GroundProgram groundQueries(ClauseDb db, long ruleLimit, long deadline) {
        return groundQueries(db, ruleLimit, deadline, (solver, gb, queries) -> { });
    }

    /** Adds queries once a program's own queries and evidence are ground. */
    interface MoreQueries {
        /** Grounds further queries with the same solver and builder, appending them. */
        void add(Solver solver, GroundBuilder gb, List<GroundProgram.Query> queries);
    }

    /** {@link #groundQueries(ClauseDb, long, long)} followed by the queries that {@code more} adds. */
    static GroundProgram groundQueries(ClauseDb db, long ruleLimit, long deadline, MoreQueries more) {
        GroundBuilder gb = new GroundBuilder(ruleLimit);
        Solver solver = new Solver(db, gb);
        solver.setDeadline(deadline);
        solver.setSubquery(new SubqueryInference(ruleLimit, deadline));
        List<GroundProgram.Query> queries = new ArrayList<>();
        List<GroundProgram.Evidence> evidence = new ArrayList<>();
        List<Term> qs = db.queries();
        for (int i = 0; i < qs.size(); i++) {
            SourceSpan span = db.querySpans().get(i);
            Term q = qs.get(i);
            try {
                for (Map.Entry<Term, Integer> e : answers(solver, gb, q.arg(0), q.arg(1)).entrySet()) {
                    queries.add(new GroundProgram.Query(e.getKey(), e.getValue()));
                }
            } catch (PrologError e) {
                throw new CircaException(new Diagnostic(e.code(), e.getMessage(), span));
            }
        }
        for (Term[] ev : db.evidence()) {
            try {
                Term value = ev[1].deref();
                boolean positive = !(value == Atom.FALSE || "false".equals(value.name()));
                for (Map.Entry<Term, Integer> e : answers(solver, gb, ev[0], ev[2]).entrySet()) {
                    evidence.add(new GroundProgram.Evidence(e.getKey(), e.getValue(), positive));
                }
            } catch (PrologError e) {
                throw new CircaException(new Diagnostic(e.code(), e.getMessage(), SourceSpan.NONE));
            }
        }
        try {
            more.add(solver, gb, queries);
        } catch (PrologError e) {
            throw new CircaException(new Diagnostic(e.code(), e.getMessage(), SourceSpan.NONE));
        }
        return gb.build(queries, evidence);
    }

    /**
     * Each instance of an atom for the solutions of a selecting body, with the literal that says
     * it holds; an instance with variables is allowed only when it holds in every world.
     */
    static Map<Term, Integer> answers(Solver solver, GroundBuilder gb, Term atom, Term body) {
        Map<String, Term> instances = new LinkedHashMap<>();
        Map<String, List<int[]>> bodies = new LinkedHashMap<>();
        List<Term> selected = new ArrayList<>();
        if (body == Atom.TRUE) {
            selected.add(atom);
        } else {
            // The body only selects which atoms are asked; its own condition is not part of them.
            Map<String, Term> seen = new LinkedHashMap<>();
            solver.solve(body, null, c -> {
                Term t = Terms.copy(atom);
                seen.putIfAbsent(Terms.variantKey(t), t);
            });
            selected.addAll(seen.values());
        }
        for (Term goal : selected) {
            solver.solve(goal, null, c -> {
                Term instance = Terms.copy(goal);
                String key = Terms.variantKey(instance);
                instances.putIfAbsent(key, instance);
                bodies.computeIfAbsent(key, k -> new ArrayList<>()).add(Cond.toSortedArray(c));
            });
        }
        Map<Term, Integer> out = new LinkedHashMap<>();
        for (Term goal : selected) {
            if (!bodies.containsKey(Terms.variantKey(goal)) && (goal.isGround() || bodies.isEmpty())) {
                out.put(Terms.copy(goal), GroundProgram.FALSE);
            }
        }
        for (Map.Entry<String, List<int[]>> e : bodies.entrySet()) {
            Term instance = instances.get(e.getKey());
            boolean certain = e.getValue().stream().anyMatch(b -> b.length == 0);
            if (!certain && !instance.isGround()) {
                throw new PrologError(DiagnosticCode.NON_GROUND_QUERY, instance);
            }
            out.put(instance, certain ? GroundProgram.TRUE : gb.disjunction(e.getValue()));
        }
        return out;
    }
}
