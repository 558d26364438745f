package org.circa.provers.engine;

import java.util.ArrayList;
import java.util.List;
import org.circa.language.Struct;
import org.circa.language.Term;
import org.circa.language.Var;

/**
 * Rewrites ProbLog's head aggregates ({@code dept_salary(D, avg<S>) :- Body}, parsed as
 * {@code '$aggregate'(avg, S)}) into a call of {@code '$head_aggregate'/5}, which groups the
 * body's solutions by the other head arguments. Stateless.
 */
final class HeadAggregates {
    private HeadAggregates() {
    }

    /** The clause unchanged, or rewritten when its head holds an aggregate: {head, body}. */
    static Term[] rewrite(Term head, Term body) {
        if (head instanceof Struct scoped && scoped.name().equals(":") && scoped.arity() == 2) {
            Term[] inner = rewrite(scoped.arg(1).deref(), body);
            return new Term[] {new Struct(":", scoped.arg(0), inner[0]), inner[1]};
        }
        if (!(head instanceof Struct s)) {
            return new Term[] {head, body};
        }
        int at = -1;
        for (int i = 0; i < s.arity(); i++) {
            Term a = s.arg(i).deref();
            if (a instanceof Struct as && as.name().equals("$aggregate") && as.arity() == 2) {
                at = i;
            }
        }
        if (at < 0) {
            return new Term[] {head, body};
        }
        Term agg = s.arg(at).deref();
        Var result = new Var("AggregateResult");
        Term[] args = s.args();
        args[at] = result;
        List<Term> group = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (i != at) {
                group.add(args[i]);
            }
        }
        Term call = new Struct("$head_aggregate", agg.arg(0), agg.arg(1), Struct.list(group), body, result);
        return new Term[] {new Struct(s.name(), args), call};
    }
}
