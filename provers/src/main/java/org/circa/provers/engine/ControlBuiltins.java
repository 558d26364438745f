package org.circa.provers.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.circa.language.Atom;
import org.circa.language.DiagnosticCode;
import org.circa.language.Struct;
import org.circa.language.Term;
import org.circa.language.Var;

/**
 * Control and all-solutions builtins: findall, forall, aggregate_all, once, ignore, clause and
 * ProbLog's library(cut). An all-solutions call over probabilistic goals answers once per
 * combination of its solutions' conditions, as ProbLog does. Not thread-safe.
 */
final class ControlBuiltins {
    private static final int MAX_COMBINATION_LITERALS = 16;
    private final Solver solver;
    private final Builtins builtins;

    ControlBuiltins(Solver solver, Builtins builtins) {
        this.solver = solver;
        this.builtins = builtins;
    }

    void register() {
        builtins.put("findall/3", (a, cond, k) -> findall(a[0], a[1], a[2], Atom.NIL, cond, k));
        builtins.put("findall/4", (a, cond, k) -> findall(a[0], a[1], a[2], a[3], cond, k));
        builtins.put("all/3", (a, cond, k) -> all(a[0], a[1], a[2], cond, k));
        builtins.put("forall/2", (a, cond, k) ->
                solver.solve(new Struct("\\+", new Struct(",", a[0], new Struct("\\+", a[1]))), cond, k));
        builtins.put("once/1", (a, cond, k) -> first(a[0], cond, k));
        builtins.put("ignore/1", (a, cond, k) -> solver.solve(
                new Struct(";", new Struct("->", a[0], Atom.TRUE), Atom.TRUE), cond, k));
        builtins.put("aggregate_all/3", (a, cond, k) -> aggregateAll(a[0], a[1], a[2], cond, k));
        builtins.put("cut/1", (a, cond, k) -> cut(a[0], cond, k));
        builtins.put("clause/2", (a, cond, k) -> clause(a[0], a[1], null, cond, k));
        builtins.put("clause/3", (a, cond, k) -> clause(a[0], a[1], a[2], cond, k));
        builtins.put("$head_aggregate/5", (a, cond, k) -> headAggregate(a, cond, k));
        builtins.put("aggregate/5", (a, cond, k) -> groupedAggregate(a[0].deref().name(), a[1], a[2], a[3],
                (group, value) -> solver.bindings.unify(a[4], new Struct(",", group, value)), cond, k));
        builtins.put("=>/2", (a, cond, k) -> collect(a[0], a[1], cond, k));
        builtins.put("subquery/2", (a, cond, k) -> subquery(a[0], a[1], Atom.NIL, cond, k));
        builtins.put("subquery/3", (a, cond, k) -> subquery(a[0], a[1], a[2], cond, k));
        builtins.put("subquery/5", (a, cond, k) -> subquery(a[0], a[1], a[2], cond, k));
        builtins.put("select_weighted/5", (a, cond, k) -> selectWeighted(a, cond, k));
    }

    private void first(Term g, Cond cond, Solver.Cont k) {
        int mark = solver.bindings.mark();
        try {
            solver.solve(g, cond, c -> {
                k.accept(c);
                throw Solver.Commit.INSTANCE;
            });
        } catch (Solver.Commit done) {
            solver.bindings.undo(mark);
        }
    }

    /** One solution of an all-solutions goal: the template instance and its condition. */
    private record Solution(Term value, int[] body) {
    }

    private List<Solution> solutions(Term template, Term goal) {
        List<Solution> out = new ArrayList<>();
        solver.collectSolutions(goal, DiagnosticCode.INDIRECT_CALL_CYCLE,
                c -> out.add(new Solution(Terms.copy(template), Cond.toSortedArray(c))));
        return out;
    }

    /**
     * Calls k once per combination of the solutions' conditions, with the list of the values of
     * the solutions that hold in that combination.
     */
    private void combinations(List<Solution> sols, Cond cond, ListCont k) {
        Map<Integer, Integer> literalIndex = new LinkedHashMap<>();
        int[] lit = new int[sols.size()];
        for (int i = 0; i < sols.size(); i++) {
            int[] b = sols.get(i).body;
            if (b.length == 0) {
                lit[i] = 0;
                continue;
            }
            lit[i] = solver.ground.disjunction(List.of(b));
            literalIndex.putIfAbsent(lit[i], literalIndex.size());
        }
        int m = literalIndex.size();
        if (m > MAX_COMBINATION_LITERALS) {
            throw new PrologError(DiagnosticCode.GROUNDING_LIMIT,
                    "an all-solutions call over " + m + " probabilistic solutions");
        }
        Integer[] lits = literalIndex.keySet().toArray(new Integer[0]);
        for (long mask = 0; mask < (1L << m); mask++) {
            List<Term> values = new ArrayList<>();
            for (int i = 0; i < sols.size(); i++) {
                if (lit[i] == 0 || (mask & (1L << literalIndex.get(lit[i]))) != 0) {
                    values.add(sols.get(i).value);
                }
            }
            Cond c = cond;
            for (int j = 0; j < m; j++) {
                c = Cond.with(c, (mask & (1L << j)) != 0 ? lits[j] : -lits[j]);
            }
            k.accept(values, c);
        }
    }

    @FunctionalInterface
    private interface ListCont {
        void accept(List<Term> values, Cond cond);
    }

    private void findall(Term template, Term goal, Term result, Term tail, Cond cond, Solver.Cont k) {
        Term r = result.deref();
        Term rest = r;
        while (rest instanceof Struct s && s.isListCell()) {
            rest = s.arg(1).deref();
        }
        if (!(rest instanceof Var) && rest != Atom.NIL) {
            throw new PrologError(DiagnosticCode.CALL_MODE_ERROR, "findall/3 expects a list or a variable, found " + r);
        }
        List<Solution> sols = solutions(template, goal);
        combinations(sols, cond, (values, c) -> {
            int mark = solver.bindings.mark();
            if (solver.bindings.unify(result, Struct.list(values, tail))) {
                k.accept(c);
            }
            solver.bindings.undo(mark);
        });
    }

    private void all(Term template, Term goal, Term result, Cond cond, Solver.Cont k) {
        combinations(solutions(template, goal), cond, (values, c) -> {
            List<Term> distinct = new ArrayList<>();
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (Term v : values) {
                if (seen.add(Terms.variantKey(v))) {
                    distinct.add(v);
                }
            }
            if (distinct.isEmpty()) {
                return;
            }
            int mark = solver.bindings.mark();
            if (solver.bindings.unify(result, Struct.list(distinct))) {
                k.accept(c);
            }
            solver.bindings.undo(mark);
        });
    }

    private void aggregateAll(Term spec, Term goal, Term result, Cond cond, Solver.Cont k) {
        Term s = spec.deref();
        String op = s.name();
        Term template = s.arity() >= 1 ? s.arg(0) : Atom.NIL;
        if (op.equals("max") && s.arity() == 2 || op.equals("min") && s.arity() == 2) {
            template = new Struct("-", s.arg(0), s.arg(1));
        }
        List<Solution> sols = solutions(template, goal);
        combinations(sols, cond, (values, c) -> {
            Term value = Aggregates.apply(op, s.arity(), values);
            if (value == null) {
                return;
            }
            int mark = solver.bindings.mark();
            if (solver.bindings.unify(result, value)) {
                k.accept(c);
            }
            solver.bindings.undo(mark);
        });
    }

    private void cut(Term goal, Cond cond, Solver.Cont k) {
        Term g = goal.deref();
        Term[] args = new Term[g.arity() + 1];
        args[0] = Terms.freshVar();
        for (int i = 0; i < g.arity(); i++) {
            args[i + 1] = g.arg(i);
        }
        String ind = g.name() + "/" + args.length;
        List<StoredClause> clauses = solver.db.clauses(ind);
        if (clauses == null) {
            throw new PrologError(DiagnosticCode.UNKNOWN_CLAUSE, ind);
        }
        List<Term> indices = new ArrayList<>();
        for (StoredClause c : clauses) {
            Term idx = c.firstArg();
            if (idx != null && idx.isGround() && !indices.contains(idx)) {
                indices.add(idx);
            }
        }
        indices.sort(StandardOrder.INSTANCE);
        Cond c = cond;
        for (Term idx : indices) {
            args[0] = idx;
            Term call = new Struct(g.name(), args.clone());
            List<int[]> bodies = solver.collect(call, DiagnosticCode.NEGATIVE_CYCLE);
            if (bodies.isEmpty()) {
                continue;
            }
            solver.solve(call, c, k);
            boolean certain = bodies.stream().anyMatch(b -> b.length == 0);
            if (certain) {
                return;
            }
            c = Cond.with(c, -solver.ground.disjunction(bodies));
        }
    }

    private void headAggregate(Term[] a, Cond cond, Solver.Cont k) {
        groupedAggregate(a[0].deref().name(), a[1], a[2], a[3],
                (group, value) -> solver.bindings.unify(a[2], group) && solver.bindings.unify(a[4], value), cond, k);
    }

    @FunctionalInterface
    private interface GroupResult {
        boolean bind(Term group, Term value);
    }

    /** Groups the solutions of a goal by a term and aggregates a variable per group. */
    private void groupedAggregate(String op, Term var, Term groupBy, Term goal, GroupResult bind, Cond cond,
            Solver.Cont k) {
        Term pair = new Struct("-", groupBy, var);
        Map<String, List<Solution>> groups = new LinkedHashMap<>();
        for (Solution s : solutions(pair, goal)) {
            groups.computeIfAbsent(Terms.variantKey(s.value.arg(0)), g -> new ArrayList<>()).add(s);
        }
        for (List<Solution> group : groups.values()) {
            Term key = group.get(0).value.arg(0);
            List<Solution> values = new ArrayList<>();
            for (Solution s : group) {
                values.add(new Solution(s.value.arg(1), s.body));
            }
            combinations(values, cond, (vals, c) -> {
                Term v = Aggregates.apply(op, 1, vals);
                if (v == null) {
                    return;
                }
                int mark = solver.bindings.mark();
                if (bind.bind(key, v)) {
                    k.accept(c);
                }
                solver.bindings.undo(mark);
            });
        }
    }

    private void subquery(Term goal, Term prob, Term evidence, Cond cond, Solver.Cont k) {
        var probs = solver.subquery().probabilities(solver.db, Terms.resolve(goal), Builtins.listArg(evidence));
        for (var e : probs.entrySet()) {
            int mark = solver.bindings.mark();
            if (solver.bindings.unify(goal, e.getKey())
                    && solver.bindings.unify(prob, new org.circa.language.FloatTerm(e.getValue()))) {
                k.accept(cond);
            }
            solver.bindings.undo(mark);
        }
    }

    /** select_weighted(Id, Weights, Values, Value, Rest): one value drawn with probability proportional to its weight. */
    private void selectWeighted(Term[] a, Cond cond, Solver.Cont k) {
        List<Term> weights = Builtins.listArg(a[1]);
        List<Term> values = Builtins.listArg(a[2]);
        if (weights.size() != values.size()) {
            throw new PrologError(DiagnosticCode.CALL_MODE_ERROR, "select_weighted/5: weights and values differ in length");
        }
        double[] w = new double[weights.size()];
        double total = 0;
        for (int i = 0; i < w.length; i++) {
            w[i] = Arithmetic.toDouble(Arithmetic.eval(weights.get(i)));
            total += w[i];
        }
        for (int i = 0; i < w.length; i++) {
            w[i] /= total;
        }
        Term key = Terms.resolve(new Struct("select_weighted", a[0], a[1], a[2]));
        for (int i = 0; i < w.length; i++) {
            List<Term> rest = new ArrayList<>(values);
            Term chosen = rest.remove(i);
            int mark = solver.bindings.mark();
            if (solver.bindings.unify(a[3], chosen) && solver.bindings.unify(a[4], Struct.list(rest))) {
                Cond c = cond;
                for (int lit : solver.ground.choice(-1, i, w, key)) {
                    c = Cond.with(c, lit);
                }
                k.accept(c);
            }
            solver.bindings.undo(mark);
        }
    }

    private void collect(Term code, Term spec, Cond cond, Solver.Cont k) {
        Term s = spec.deref();
        Term group = org.circa.language.Atom.of("none");
        if (ProgramLoader.isCall(s, "/", 2)) {
            group = s.arg(0);
            s = s.arg(1).deref();
        }
        Term[] args = new Term[s.arity() + 2];
        args[0] = code;
        args[1] = group;
        for (int i = 0; i < s.arity(); i++) {
            args[i + 2] = s.arg(i);
        }
        solver.solve(new Struct("collect_" + s.name(), args), cond, k);
    }

    private void clause(Term head, Term body, Term prob, Cond cond, Solver.Cont k) {
        Term h = head.deref();
        List<StoredClause> clauses = new ArrayList<>();
        if (h instanceof Var) {
            for (String ind : solver.db.indicators()) {
                if (!ind.startsWith("$") && !solver.db.isLibrary(ind)) {
                    clauses.addAll(solver.db.clauses(ind));
                }
            }
        } else if (solver.db.clauses(h.indicator()) != null) {
            clauses.addAll(solver.db.clauses(h.indicator()));
        }
        for (StoredClause c : clauses) {
            Term[] hb = c.rename();
            Term b = hb[1].deref();
            Term p = new org.circa.language.FloatTerm(1.0);
            if (ProgramLoader.isCall(b, "$choice", 5)) {
                p = b.arg(2).deref().arg(0);
                b = org.circa.language.Atom.TRUE;
            } else if (ProgramLoader.isCall(b, ",", 2) && ProgramLoader.isCall(b.arg(1), "$choice", 5)) {
                p = b.arg(1).deref().arg(2).deref().arg(0);
                b = b.arg(0);
            }
            int mark = solver.bindings.mark();
            if (solver.bindings.unify(h, hb[0]) && solver.bindings.unify(body, b)
                    && (prob == null || solver.bindings.unify(prob, p))) {
                k.accept(cond);
            }
            solver.bindings.undo(mark);
        }
    }
}
