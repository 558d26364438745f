package org.circa.provers.ground;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.circa.circuits.compile.CompileOptions;
import org.circa.language.GroundProgram;
import org.circa.language.Term;
import org.circa.provers.engine.ClauseDb;
import org.circa.provers.engine.GroundBuilder;
import org.circa.provers.engine.ProgramLoader;
import org.circa.provers.engine.Solver;
import org.circa.provers.pipeline.CompiledQueries;
import org.circa.provers.pipeline.QueryResult;

/** ProbLog's subquery: a complete inference for one goal, run from inside grounding. Immutable. */
final class SubqueryInference implements Solver.Subquery {
    private final long ruleLimit;
    private final long deadline;

    SubqueryInference(long ruleLimit, long deadline) {
        this.ruleLimit = ruleLimit;
        this.deadline = deadline;
    }

    @Override
    public Map<Term, Double> probabilities(ClauseDb db, Term goal, List<Term> evidence) {
        GroundBuilder gb = new GroundBuilder(ruleLimit);
        Solver solver = new Solver(db, gb);
        solver.setDeadline(deadline);
        solver.setSubquery(this);
        java.util.List<GroundProgram.Query> queries = new java.util.ArrayList<>();
        Grounder.answers(solver, gb, goal, org.circa.language.Atom.TRUE)
                .forEach((atom, lit) -> queries.add(new GroundProgram.Query(atom, lit)));
        java.util.List<GroundProgram.Evidence> ev = new java.util.ArrayList<>();
        for (Term t : evidence) {
            Term d = t.deref();
            boolean positive = !ProgramLoader.isCall(d, "\\+", 1);
            Term atom = positive ? d : d.arg(0).deref();
            Grounder.answers(solver, gb, atom, org.circa.language.Atom.TRUE)
                    .forEach((a, lit) -> ev.add(new GroundProgram.Evidence(a, lit, positive)));
        }
        Map<Term, Double> out = new LinkedHashMap<>();
        for (QueryResult r : CompiledQueries.compile(gb.build(queries, ev), CompileOptions.defaults()).probabilities()) {
            out.put(r.atom(), r.value());
        }
        return out;
    }
}
