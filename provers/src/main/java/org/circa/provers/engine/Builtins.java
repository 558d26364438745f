package org.circa.provers.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.circa.language.Atom;
import org.circa.language.DiagnosticCode;
import org.circa.language.FloatTerm;
import org.circa.language.IntTerm;
import org.circa.language.StringTerm;
import org.circa.language.Struct;
import org.circa.language.Term;
import org.circa.language.Var;

/**
 * The builtin predicates implemented in Java: unification and comparison, arithmetic, type
 * checks, term construction and inspection, atoms and strings, sorting. Control and
 * all-solutions predicates live in {@link ControlBuiltins}. Not thread-safe (bound to a solver).
 */
final class Builtins {
    /** A builtin predicate: calls k once per solution. */
    @FunctionalInterface
    interface Builtin {
        void call(Term[] args, Cond cond, Solver.Cont k);
    }

    /** A deterministic test or function: true when it succeeded (bindings made on the trail). */
    @FunctionalInterface
    interface Det {
        boolean test(Term[] args);
    }

    private final Map<String, Builtin> table = new HashMap<>();
    private final Solver solver;

    Builtins(Solver solver) {
        this.solver = solver;
        registerBasics();
        registerTypes();
        registerTerms();
        registerAtoms();
        new ControlBuiltins(solver, this).register();
    }

    Builtin get(String indicator) {
        return table.get(indicator);
    }

    void put(String indicator, Builtin b) {
        table.put(indicator, b);
    }

    void det(String indicator, Det d) {
        table.put(indicator, (args, cond, k) -> {
            int mark = solver.bindings.mark();
            if (d.test(args)) {
                k.accept(cond);
            }
            solver.bindings.undo(mark);
        });
    }

    private boolean unify(Term a, Term b) {
        return solver.bindings.unify(a, b);
    }

    private void registerBasics() {
        det("true/0", a -> true);
        det("otherwise/0", a -> true);
        det("fail/0", a -> false);
        det("false/0", a -> false);
        det("=/2", a -> unify(a[0], a[1]));
        det("\\=/2", a -> {
            int mark = solver.bindings.mark();
            boolean u = unify(a[0], a[1]);
            solver.bindings.undo(mark);
            return !u;
        });
        det("==/2", a -> StandardOrder.INSTANCE.compare(a[0], a[1]) == 0);
        det("\\==/2", a -> StandardOrder.INSTANCE.compare(a[0], a[1]) != 0);
        det("@</2", a -> StandardOrder.INSTANCE.compare(a[0], a[1]) < 0);
        det("@>/2", a -> StandardOrder.INSTANCE.compare(a[0], a[1]) > 0);
        det("@=</2", a -> StandardOrder.INSTANCE.compare(a[0], a[1]) <= 0);
        det("@>=/2", a -> StandardOrder.INSTANCE.compare(a[0], a[1]) >= 0);
        det("compare/3", a -> {
            int c = StandardOrder.INSTANCE.compare(a[1], a[2]);
            return unify(a[0], Atom.of(c < 0 ? "<" : c > 0 ? ">" : "="));
        });
        det("is/2", a -> unify(a[0], Arithmetic.eval(a[1])));
        det("=:=/2", a -> Arithmetic.compare(Arithmetic.eval(a[0]), Arithmetic.eval(a[1])) == 0);
        det("=\\=/2", a -> Arithmetic.compare(Arithmetic.eval(a[0]), Arithmetic.eval(a[1])) != 0);
        det("</2", a -> Arithmetic.compare(Arithmetic.eval(a[0]), Arithmetic.eval(a[1])) < 0);
        det(">/2", a -> Arithmetic.compare(Arithmetic.eval(a[0]), Arithmetic.eval(a[1])) > 0);
        det("=</2", a -> Arithmetic.compare(Arithmetic.eval(a[0]), Arithmetic.eval(a[1])) <= 0);
        det(">=/2", a -> Arithmetic.compare(Arithmetic.eval(a[0]), Arithmetic.eval(a[1])) >= 0);
        det("succ/2", a -> {
            Term x = a[0].deref();
            if (x instanceof IntTerm i) {
                return unify(a[1], new IntTerm(i.value() + 1));
            }
            Term y = a[1].deref();
            if (y instanceof IntTerm j && j.value() > 0) {
                return unify(a[0], new IntTerm(j.value() - 1));
            }
            throw new PrologError(DiagnosticCode.CALL_MODE_ERROR, "succ/2 needs an integer");
        });
        det("plus/3", a -> {
            Term x = a[0].deref();
            Term y = a[1].deref();
            Term z = a[2].deref();
            if (x instanceof IntTerm && y instanceof IntTerm) {
                return unify(z, Arithmetic.eval(new Struct("+", x, y)));
            }
            if (x instanceof IntTerm && z instanceof IntTerm) {
                return unify(y, Arithmetic.eval(new Struct("-", z, x)));
            }
            if (y instanceof IntTerm && z instanceof IntTerm) {
                return unify(x, Arithmetic.eval(new Struct("-", z, y)));
            }
            throw new PrologError(DiagnosticCode.CALL_MODE_ERROR, "plus/3 needs two integers");
        });
        put("between/3", (a, cond, k) -> {
            long lo = intArg(a[0]);
            Term hiT = a[1].deref();
            long hi = hiT instanceof Atom at && (at.name().equals("inf") || at.name().equals("infinite"))
                    ? Long.MAX_VALUE : intArg(hiT);
            Term x = a[2].deref();
            if (x instanceof IntTerm xi) {
                if (xi.value() >= lo && xi.value() <= hi) {
                    k.accept(cond);
                }
                return;
            }
            for (long i = lo; i <= hi; i++) {
                int mark = solver.bindings.mark();
                if (unify(x, new IntTerm(i))) {
                    k.accept(cond);
                }
                solver.bindings.undo(mark);
            }
        });
        put("length/2", (a, cond, k) -> {
            Term t = a[0].deref();
            int n = 0;
            while (t instanceof Struct s && s.isListCell()) {
                n++;
                t = s.arg(1).deref();
            }
            if (t == Atom.NIL) {
                int mark = solver.bindings.mark();
                if (unify(a[1], new IntTerm(n))) {
                    k.accept(cond);
                }
                solver.bindings.undo(mark);
                return;
            }
            if (!(t instanceof Var)) {
                return;
            }
            Term len = a[1].deref();
            long from = n;
            long to = len instanceof IntTerm li ? li.value() : Long.MAX_VALUE;
            if (to == Long.MAX_VALUE && !(len instanceof Var)) {
                throw new PrologError(DiagnosticCode.TYPE_ERROR, "length/2: integer expected");
            }
            for (long m = from; m <= to; m++) {
                List<Term> fresh = new ArrayList<>();
                for (long i = n; i < m; i++) {
                    fresh.add(Terms.freshVar());
                }
                int mark = solver.bindings.mark();
                if (unify(t, Struct.list(fresh)) && unify(len, new IntTerm(m))) {
                    k.accept(cond);
                }
                solver.bindings.undo(mark);
            }
        });
    }

    static long intArg(Term t) {
        Term v = Arithmetic.eval(t);
        if (v instanceof IntTerm i) {
            return i.value();
        }
        throw new PrologError(DiagnosticCode.TYPE_ERROR, "integer expected, found " + t);
    }

    private void registerTypes() {
        det("var/1", a -> a[0].deref() instanceof Var);
        det("nonvar/1", a -> !(a[0].deref() instanceof Var));
        det("atom/1", a -> a[0].deref() instanceof Atom);
        det("number/1", a -> a[0].deref() instanceof IntTerm || a[0].deref() instanceof FloatTerm);
        det("integer/1", a -> a[0].deref() instanceof IntTerm);
        det("float/1", a -> a[0].deref() instanceof FloatTerm);
        det("string/1", a -> a[0].deref() instanceof StringTerm);
        det("atomic/1", a -> {
            Term t = a[0].deref();
            return !(t instanceof Var) && !(t instanceof Struct);
        });
        det("compound/1", a -> a[0].deref() instanceof Struct);
        det("callable/1", a -> a[0].deref() instanceof Struct || a[0].deref() instanceof Atom);
        // As ProbLog does: a partial list with an unbound tail counts as a list.
        det("is_list/1", a -> {
            Term t = a[0].deref();
            while (t instanceof Struct s && s.isListCell()) {
                t = s.arg(1).deref();
            }
            return t == Atom.NIL || t instanceof Var;
        });
        det("ground/1", a -> a[0].deref().isGround());
    }

    private void registerTerms() {
        det("functor/3", a -> {
            Term t = a[0].deref();
            if (t instanceof Var) {
                Term name = a[1].deref();
                int n = (int) intArg(a[2]);
                if (n == 0) {
                    return unify(t, name);
                }
                Term[] args = new Term[n];
                for (int i = 0; i < n; i++) {
                    args[i] = Terms.freshVar();
                }
                return unify(t, new Struct(name.name(), args));
            }
            Term name = t instanceof Struct s ? Atom.of(s.name()) : t;
            return unify(a[1], name) && unify(a[2], new IntTerm(t.arity()));
        });
        det("arg/3", a -> {
            int n = (int) intArg(a[0]);
            Term t = a[1].deref();
            return n >= 1 && n <= t.arity() && unify(a[2], t.arg(n - 1));
        });
        det("=../2", a -> {
            Term t = a[0].deref();
            if (t instanceof Var) {
                List<Term> items = Terms.listItems(a[1]);
                if (items == null || items.isEmpty()) {
                    throw new PrologError(DiagnosticCode.CALL_MODE_ERROR, "=.. needs a list");
                }
                Term head = items.get(0).deref();
                if (items.size() == 1) {
                    return unify(t, head);
                }
                return unify(t, new Struct(head.name(), items.subList(1, items.size()).toArray(new Term[0])));
            }
            List<Term> items = new ArrayList<>();
            items.add(t instanceof Struct s ? Atom.of(s.name()) : t);
            if (t instanceof Struct s) {
                items.addAll(List.of(s.argsUnsafe()));
            }
            return unify(a[1], Struct.list(items));
        });
        det("copy_term/2", a -> unify(a[1], Terms.copy(a[0])));
        det("sort/2", a -> unify(a[1], Struct.list(sorted(a[0], true))));
        det("msort/2", a -> unify(a[1], Struct.list(sorted(a[0], false))));
        det("keysort/2", a -> {
            List<Term> items = new ArrayList<>(listArg(a[0]));
            items.sort((x, y) -> StandardOrder.INSTANCE.compare(x.arg(0), y.arg(0)));
            return unify(a[1], Struct.list(items));
        });
        det("sort/4", a -> {
            int key = (int) intArg(a[0]);
            String order = a[1].deref().name();
            List<Term> items = new ArrayList<>(listArg(a[2]));
            java.util.Comparator<Term> cmp = (x, y) -> StandardOrder.INSTANCE.compare(
                    key == 0 ? x : x.deref().arg(key - 1), key == 0 ? y : y.deref().arg(key - 1));
            if (order.startsWith("@>")) {
                cmp = cmp.reversed();
            }
            items.sort(cmp);
            if (order.equals("@<") || order.equals("@>")) {
                List<Term> dedup = new ArrayList<>();
                for (Term t : items) {
                    if (dedup.isEmpty() || cmp.compare(dedup.get(dedup.size() - 1), t) != 0) {
                        dedup.add(t);
                    }
                }
                items = dedup;
            }
            return unify(a[3], Struct.list(items));
        });
    }

    static List<Term> listArg(Term t) {
        List<Term> items = Terms.listItems(t);
        if (items == null) {
            throw new PrologError(DiagnosticCode.CALL_MODE_ERROR, "a list was expected, found " + t);
        }
        return items;
    }

    private static List<Term> sorted(Term list, boolean dedup) {
        List<Term> items = new ArrayList<>(listArg(list));
        items.sort(StandardOrder.INSTANCE);
        if (!dedup) {
            return items;
        }
        List<Term> out = new ArrayList<>();
        for (Term t : items) {
            if (out.isEmpty() || StandardOrder.INSTANCE.compare(out.get(out.size() - 1), t) != 0) {
                out.add(t);
            }
        }
        return out;
    }

    private void registerAtoms() {
        new TextBuiltins(this, solver).register();
    }
}
