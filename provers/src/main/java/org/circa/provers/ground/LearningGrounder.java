package org.circa.provers.ground;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.circa.language.Atom;
import org.circa.language.GroundProgram;
import org.circa.language.Program;
import org.circa.language.Struct;
import org.circa.language.Term;
import org.circa.provers.engine.GroundBuilder;
import org.circa.provers.engine.ProgramLoader;
import org.circa.provers.engine.Solver;
import org.circa.provers.pipeline.BigStack;

/**
 * Grounds a program rewritten for parameter learning: takes a {@link Program} whose learnable
 * clauses end in {@code '$lfi'} probabilities, gives a {@link GroundProgram} whose queries are,
 * for every learnable choice group that its queries and evidence reach, the condition of the clause's body
 * ({@code '$lfi_body'(Clause, Key...)}) where that is not a constant. Stateless.
 */
public final class LearningGrounder {
    /** The predicate that the rewritten program defines as the body of learnable clause C. */
    public static final String BODY = "$lfi_body";

    private LearningGrounder() {
    }

    /**
     * A learnable group of the ground program: the group as grounded, the literal of its clause's
     * body, and the index of the query that asks for that body ({@code -1} when the literal is
     * {@link GroundProgram#TRUE} or {@link GroundProgram#FALSE}).
     */
    public record Group(GroundBuilder.LearnableGroup group, int bodyLiteral, int bodyQuery) {
    }

    /** The ground program and its learnable groups. */
    public record Result(GroundProgram program, List<Group> groups) {
    }

    /** Grounds the queries and evidence of a program and the body queries of its learnable groups. */
    public static Result ground(Program program, long ruleLimit, Duration timeLimit) {
        long deadline = System.nanoTime() + Math.min(timeLimit.toNanos(), Long.MAX_VALUE / 4);
        return BigStack.call("grounding", () -> {
            List<Group> groups = new ArrayList<>();
            GroundProgram ground = Grounder.groundQueries(new ProgramLoader().load(program), ruleLimit, deadline,
                    (solver, gb, queries) -> addGroupQueries(solver, gb, queries, groups));
            return new Result(ground, List.copyOf(groups));
        });
    }

    private static void addGroupQueries(Solver solver, GroundBuilder gb, List<GroundProgram.Query> queries,
            List<Group> groups) {
        for (GroundBuilder.LearnableGroup g : gb.learnableGroups()) {
            Term body = bodyAtom(g);
            Map<Term, Integer> answers = Grounder.answers(solver, gb, body, Atom.TRUE);
            int bodyLiteral = answers.isEmpty() ? GroundProgram.FALSE : answers.values().iterator().next();
            boolean constant = bodyLiteral == GroundProgram.TRUE || bodyLiteral == GroundProgram.FALSE;
            groups.add(new Group(g, bodyLiteral, constant ? -1 : queries.size()));
            if (!constant) {
                queries.add(new GroundProgram.Query(body, bodyLiteral));
            }
        }
    }

    /** {@code '$lfi_body'(C, K1, ..., Kn)} for a group of clause C with key {@code '$key'(K1, ..., Kn)}. */
    private static Term bodyAtom(GroundBuilder.LearnableGroup g) {
        Term clause = null;
        for (Term p : g.probabilities()) {
            if (ProgramLoader.isCall(p, org.circa.provers.engine.ProbabilisticChoice.LEARNABLE, 4)) {
                clause = p.deref().arg(0).deref();
                break;
            }
        }
        Term key = g.key().deref();
        Term[] args = new Term[1 + key.arity()];
        args[0] = clause;
        for (int i = 0; i < key.arity(); i++) {
            args[i + 1] = key.arg(i);
        }
        return new Struct(BODY, args);
    }
}
