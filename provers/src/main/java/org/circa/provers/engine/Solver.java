package org.circa.provers.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.circa.language.DiagnosticCode;
import org.circa.language.Struct;
import org.circa.language.Term;
import org.circa.language.Var;

/**
 * Resolution with tabling that grounds a program: every solution of a goal carries the
 * condition (a conjunction of ground literals) under which it holds. Calls of program
 * predicates are tabled by variant; strongly connected groups of tables are iterated to a
 * fixpoint, so cyclic programs terminate and the ground program keeps their cycles. Not
 * thread-safe: one solver per grounding.
 */
public final class Solver {
    /** Receives one solution: the bindings are live until it returns; its condition. */
    @FunctionalInterface
    public interface Cont {
        /** Called once per solution. */
        void accept(Cond cond);
    }

    final ClauseDb db;
    final GroundBuilder ground;
    final Bindings bindings = new Bindings();
    private final Map<String, Table> tables = new HashMap<>();
    private final ArrayDeque<Table> incomplete = new ArrayDeque<>();
    private final Builtins builtins;
    private Table current;
    private int dfsCounter;
    private int pass;
    private long answerEvents;
    private long incompleteConsumptions;
    private int lowestConsumed = Integer.MAX_VALUE;
    private long deadline = Long.MAX_VALUE;
    private final java.util.Set<String> unfolding = new java.util.HashSet<>();
    private int steps;

    /** A solver over a loaded program, writing ground rules into the builder. */
    public Solver(ClauseDb db, GroundBuilder ground) {
        this.db = db;
        this.ground = ground;
        this.builtins = new Builtins(this);
    }

    /** Makes grounding stop with a diagnostic once {@code System.nanoTime()} passes the deadline. */
    public void setDeadline(long nanoTime) {
        deadline = nanoTime;
    }

    /** Solves a goal under a condition, calling k for every solution. */
    public void solve(Term goal, Cond cond, Cont k) {
        if ((++steps & 0xFFF) == 0 && (System.nanoTime() > deadline || Thread.currentThread().isInterrupted())) {
            throw new PrologError(DiagnosticCode.GROUNDING_LIMIT, "the time limit of grounding");
        }
        goal = goal.deref();
        if (goal instanceof Var) {
            throw new PrologError(DiagnosticCode.CALL_MODE_ERROR, "call of an unbound variable");
        }
        String name = goal.name();
        if (name == null) {
            throw new PrologError(DiagnosticCode.TYPE_ERROR, "not callable: " + goal);
        }
        int arity = goal.arity();
        if (arity == 2) {
            switch (name) {
                case "," -> {
                    Term right = goal.arg(1);
                    solve(goal.arg(0), cond, c -> solve(right, c, k));
                    return;
                }
                case ";" -> {
                    disjunction(goal.arg(0).deref(), goal.arg(1), cond, k);
                    return;
                }
                case "->" -> {
                    ifThenElse(goal.arg(0), goal.arg(1), null, cond, k);
                    return;
                }
                case ":" -> {
                    scoped(goal.arg(0).deref(), goal.arg(1).deref(), goal, cond, k);
                    return;
                }
                default -> {
                }
            }
        }
        if (arity == 1 && (name.equals("\\+") || name.equals("not"))) {
            negation(goal.arg(0), cond, k);
            return;
        }
        if (name.equals("call") && arity >= 1) {
            solve(addArgs(goal.arg(0).deref(), goal, 1), cond, k);
            return;
        }
        if (arity == 5 && name.equals("$choice")) {
            ProbabilisticChoice.solve(ground, goal, cond, k);
            return;
        }
        String ind = goal.indicator();
        if (db.defines(ind)) {
            callUser(goal, ind, cond, k);
            return;
        }
        Builtins.Builtin b = builtins.get(ind);
        if (b != null) {
            b.call(goal instanceof Struct s ? s.argsUnsafe() : new Term[0], cond, k);
            return;
        }
        if (db.unknownFails()) {
            return;
        }
        throw new PrologError(DiagnosticCode.UNKNOWN_CLAUSE, ind);
    }

    /** The goal with extra arguments appended (for call/N and maplist-style calls). */
    static Term addArgs(Term g, Term call, int from) {
        int extra = call.arity() - from;
        if (extra == 0) {
            return g;
        }
        if (g instanceof Var) {
            throw new PrologError(DiagnosticCode.CALL_MODE_ERROR, "call of an unbound variable");
        }
        Term[] args = new Term[g.arity() + extra];
        for (int i = 0; i < g.arity(); i++) {
            args[i] = g.arg(i);
        }
        for (int i = 0; i < extra; i++) {
            args[g.arity() + i] = call.arg(from + i);
        }
        return Struct.of(g.name(), args);
    }

    /**
     * A goal in a scope ({@code S:G}), as ProbLog's library(scope): a conjunction or disjunction
     * distributes over the scope, a list of scopes means any of them, and a goal defined outside
     * every scope holds in each.
     */
    private void scoped(Term scope, Term g, Term goal, Cond cond, Cont k) {
        if (ProgramLoader.isCall(g, ",", 2) || ProgramLoader.isCall(g, ";", 2)) {
            solve(new Struct(g.name(), new Struct(":", scope, g.arg(0)), new Struct(":", scope, g.arg(1))), cond, k);
            return;
        }
        List<Term> scopes = scope instanceof Struct s && s.isListCell() ? Terms.listItems(scope) : null;
        if (scopes != null) {
            for (Term s : scopes) {
                solve(new Struct(":", s, g), cond, k);
            }
            return;
        }
        if (db.defines(goal.indicator())) {
            callUser(goal, goal.indicator(), cond, k);
        }
        if (!(g instanceof Var) && db.defines(g.indicator())) {
            solve(g, cond, k);
        }
    }

    private void disjunction(Term left, Term right, Cond cond, Cont k) {
        if (ProgramLoader.isCall(left, "->", 2)) {
            ifThenElse(left.arg(0), left.arg(1), right, cond, k);
            return;
        }
        solve(left, cond, k);
        solve(right, cond, k);
    }

    private void ifThenElse(Term c, Term then, Term otherwise, Cond cond, Cont k) {
        List<int[]> conds = new ArrayList<>();
        boolean[] certain = {false};
        int mark = bindings.mark();
        // Commit to the first solution of the condition, as Prolog does.
        try {
            solve(c, null, cc -> {
                if (cc == null) {
                    certain[0] = true;
                    solve(then, cond, k);
                    throw Commit.INSTANCE;
                }
                conds.add(Cond.toSortedArray(cc));
                solve(then, Cond.withAll(cond, cc), k);
                throw Commit.INSTANCE;
            });
        } catch (Commit done) {
            bindings.undo(mark);
        }
        if (certain[0]) {
            return;
        }
        if (otherwise != null) {
            if (conds.isEmpty()) {
                solve(otherwise, cond, k);
            } else {
                List<int[]> all = collect(c, DiagnosticCode.NEGATIVE_CYCLE);
                int lit = ground.disjunction(all);
                solve(otherwise, Cond.with(cond, -lit), k);
            }
        }
    }

    /** Thrown to stop a search after its first solution. */
    static final class Commit extends RuntimeException {
        static final Commit INSTANCE = new Commit();

        private Commit() {
            super(null, null, false, false);
        }
    }

    private void negation(Term g, Cond cond, Cont k) {
        List<int[]> bodies = collect(g, DiagnosticCode.NEGATIVE_CYCLE);
        if (bodies.isEmpty()) {
            k.accept(cond);
            return;
        }
        for (int[] b : bodies) {
            if (b.length == 0) {
                return;
            }
        }
        k.accept(Cond.with(cond, -ground.disjunction(bodies)));
    }

    /**
     * Every condition under which g holds (bindings undone), raising the given error when g
     * depends on a table still being evaluated by an enclosing call (a cycle through negation
     * or an aggregate).
     */
    List<int[]> collect(Term g, DiagnosticCode cycleError) {
        List<int[]> out = new ArrayList<>();
        collectSolutions(g, cycleError, c -> out.add(Cond.toSortedArray(c)));
        return out;
    }

    /** Runs g to completion, calling k per solution, with the cycle check of {@link #collect}. */
    void collectSolutions(Term g, DiagnosticCode cycleError, Cont k) {
        int threshold = dfsCounter + 1;
        int savedLowest = lowestConsumed;
        lowestConsumed = Integer.MAX_VALUE;
        int mark = bindings.mark();
        Term d = g.deref();
        String ind = d.indicator();
        String variant = ind == null ? null : Terms.variantKey(d);
        if (cycleError == DiagnosticCode.INDIRECT_CALL_CYCLE && ind != null && db.defines(ind)
                && !db.isLibrary(ind) && !d.name().equals(":") && !tables.containsKey(variant)
                && unfolding.add(variant)) {
            // One proof per clause, as ProbLog's all-solutions predicates see them (duplicates kept).
            try {
                resolve(d, db.clauses(ind), null, k);
            } finally {
                unfolding.remove(variant);
            }
        } else {
            solve(g, null, k);
        }
        bindings.undo(mark);
        boolean cycle = lowestConsumed < threshold;
        lowestConsumed = Math.min(savedLowest, lowestConsumed);
        if (cycle) {
            throw new PrologError(cycleError, Terms.resolve(g).toString());
        }
    }

    private void callUser(Term goal, String ind, Cond cond, Cont k) {
        if (db.isLibrary(ind)) {
            resolve(goal, db.clauses(ind), cond, k);
            return;
        }
        String key = Terms.variantKey(goal);
        Table t = tables.get(key);
        if (t == null) {
            t = new Table(key);
            tables.put(key, t);
            evaluate(t, goal, ind);
        } else if (t.state == Table.State.INCOMPLETE && t.lastPass < pass) {
            reevaluate(t, goal, ind);
            noteIncomplete(t);
        } else if (t.state != Table.State.COMPLETE) {
            noteIncomplete(t);
        }
        consume(t, goal, cond, k);
    }

    private void noteIncomplete(Table t) {
        incompleteConsumptions++;
        lowestConsumed = Math.min(lowestConsumed, t.dfs);
        if (current != null) {
            current.low = Math.min(current.low, t.state == Table.State.EVALUATING ? t.dfs : t.low);
        }
    }

    private void consume(Table t, Term goal, Cond cond, Cont k) {
        List<Table.Answer> answers = t.answers;
        for (int i = 0; i < answers.size(); i++) {
            Table.Answer a = answers.get(i);
            int mark = bindings.mark();
            if (bindings.unify(goal, a.ground ? a.term : Terms.copy(a.term))) {
                if (a.certain) {
                    k.accept(cond);
                } else {
                    k.accept(Cond.with(cond, t.state == Table.State.COMPLETE ? ground.canonical(a.atom) : a.atom));
                }
            }
            bindings.undo(mark);
        }
    }

    private void evaluate(Table t, Term goal, String ind) {
        t.dfs = ++dfsCounter;
        t.low = t.dfs;
        t.lastPass = pass;
        t.state = Table.State.EVALUATING;
        long consumptionsBefore = incompleteConsumptions;
        Table saved = current;
        current = t;
        long answersBefore = answerEvents;
        runClauses(t, goal, ind);
        if (t.low == t.dfs) {
            while (incompleteConsumptions > consumptionsBefore && answerEvents > answersBefore) {
                answersBefore = answerEvents;
                pass++;
                t.lastPass = pass;
                runClauses(t, goal, ind);
            }
            while (!incomplete.isEmpty() && incomplete.peek().dfs > t.dfs) {
                incomplete.pop().state = Table.State.COMPLETE;
            }
            t.state = Table.State.COMPLETE;
            current = saved;
        } else {
            t.state = Table.State.INCOMPLETE;
            incomplete.push(t);
            current = saved;
            if (saved != null) {
                saved.low = Math.min(saved.low, t.low);
            }
        }
    }

    private void reevaluate(Table t, Term goal, String ind) {
        t.lastPass = pass;
        t.state = Table.State.EVALUATING;
        Table saved = current;
        current = t;
        runClauses(t, goal, ind);
        current = saved;
        t.state = Table.State.INCOMPLETE;
    }

    private void runClauses(Table t, Term goal, String ind) {
        Term pattern = Terms.copy(goal);
        List<StoredClause> clauses = db.clauses(ind);
        for (int i = 0; i < clauses.size(); i++) {
            StoredClause c = clauses.get(i);
            if (!firstArgMatches(c, pattern)) {
                continue;
            }
            Term[] hb = c.rename();
            int mark = bindings.mark();
            if (bindings.unify(pattern, hb[0])) {
                solve(hb[1], null, cc -> addAnswer(t, pattern, cc));
            }
            bindings.undo(mark);
        }
    }

    private static boolean firstArgMatches(StoredClause c, Term goal) {
        Term first = c.firstArg();
        if (first == null || first instanceof Var || goal.arity() == 0) {
            return true;
        }
        Term g = goal.arg(0).deref();
        if (g instanceof Var) {
            return true;
        }
        if (first instanceof Struct fs) {
            return g instanceof Struct gs && gs.arity() == fs.arity() && gs.name().equals(fs.name());
        }
        return first.equals(g);
    }

    private void addAnswer(Table t, Term pattern, Cond cond) {
        int[] body = Cond.toSortedArray(cond);
        for (int i = 1; i < body.length; i++) {
            if (body[i] == -body[i - 1] || (body[i] > 0 && java.util.Arrays.binarySearch(body, -body[i]) >= 0)) {
                return; // a literal and its negation: this derivation holds in no world
            }
        }
        Term term = Terms.copy(pattern);
        String key = term.isGround() ? null : Terms.variantKey(term);
        Table.Answer a = key == null ? t.byKey.get(groundKey(term)) : t.byKey.get(key);
        if (a == null) {
            a = new Table.Answer(term, ground.newDerived(term));
            t.answers.add(a);
            t.byKey.put(key == null ? groundKey(term) : key, a);
            if (t.state != Table.State.COMPLETE) {
                answerEvents++;
            }
        }
        if (ground.addRule(a.atom, body) && body.length == 0) {
            a.certain = true;
        }
    }

    private static String groundKey(Term term) {
        return Terms.variantKey(term);
    }

    /** Plain SLD resolution over clauses, without tabling (for bundled libraries). */
    void resolve(Term goal, List<StoredClause> clauses, Cond cond, Cont k) {
        for (StoredClause c : clauses) {
            if (!firstArgMatches(c, goal)) {
                continue;
            }
            Term[] hb = c.rename();
            int mark = bindings.mark();
            if (bindings.unify(goal, hb[0])) {
                solve(hb[1], cond, k);
            }
            bindings.undo(mark);
        }
    }

    /** The program's clause database. */
    public ClauseDb db() {
        return db;
    }

    /** Computes the probability of a goal in a separate inference (ProbLog's subquery/2). */
    @FunctionalInterface
    public interface Subquery {
        /** The probability of each ground instance of the goal given the evidence literals. */
        java.util.Map<Term, Double> probabilities(ClauseDb db, Term goal, List<Term> evidence);
    }

    private Subquery subquery;

    /** Installs the inference used by subquery/2,3,5. */
    public void setSubquery(Subquery s) {
        this.subquery = s;
    }

    Subquery subquery() {
        if (subquery == null) {
            throw new PrologError(DiagnosticCode.UNSUPPORTED, "subquery/2 outside a full inference");
        }
        return subquery;
    }
}
