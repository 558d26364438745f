package org.circa.provers.deeplog;

import java.util.ArrayList;
import java.util.List;
import org.circa.semirings.Algebra;

/**
 * Rewrites aggregations so that they do not enumerate the Cartesian product of their domains
 * when the body decomposes. The rewrites (Kind from {@link FormulaAggregators}):
 * <ol>
 *   <li>a fold or expectation over several variables nests: {@code agg(X, Y): φ} becomes
 *       {@code agg(X): agg(Y): φ} (folds of a commutative monoid; the expectation's distribution
 *       is a product);</li>
 *   <li>factors that do not mention X leave a fold of plus over times when times distributes
 *       ({@code sum(X): a ⊗ g(X)} → {@code a ⊗ sum(X): g(X)}), and an expectation over times
 *       (linearity);</li>
 *   <li>a fold of plus over plus, of times over times, and an expectation over + splits per
 *       operand ({@code forall(X): a ∧ g(X)} → {@code forall(X): a ∧ forall(X): g(X)}), and in a
 *       lattice a fold of times keeps X-free disjuncts outside;</li>
 *   <li>an aggregation whose body does not mention its variable is evaluated once and folded
 *       |D| times (in {@link Evaluator}).</li>
 * </ol>
 * With sub-formulas evaluated once per binding of their own free variables, {@code sum(X, Y):
 * f(X) ⊗ g(Y)} costs |X| + |Y| atom evaluations. Enumerated: p-means and user aggregators
 * (over the product of their variables), bodies whose operands all mention the variable under a
 * non-splitting operator (or, not, casts), and compiled parts (the compiler decomposes those).
 * Not thread-safe (uses the typing cache).
 */
final class Lifter {
    private final Typing typing;
    private final FreeVariables free;

    Lifter(Typing typing, FreeVariables free) {
        this.typing = typing;
        this.free = free;
    }

    /** An equivalent formula with the rewrites applied everywhere outside compiled parts. */
    Formula lift(Formula f) {
        if (EvaluationRule.mode(f, typing) == EvaluationRule.Mode.COMPILE) {
            return f;
        }
        return switch (f) {
            case AtomFormula a -> a;
            case CastFormula c -> {
                Formula inner = lift(c.inner());
                yield inner == c.inner() ? c : typed(new CastFormula(inner, c.algebra()), c);
            }
            case OperatorFormula o -> {
                List<Formula> ops = new ArrayList<>();
                boolean changed = false;
                for (Formula x : o.operands()) {
                    Formula y = lift(x);
                    changed |= y != x;
                    ops.add(y);
                }
                yield changed ? typed(new OperatorFormula(o.operator(), ops), o) : o;
            }
            case Aggregation g -> aggregation(g);
        };
    }

    private Formula typed(Formula made, Formula like) {
        typing.algebra(made);
        return made;
    }

    private Formula aggregation(Aggregation g) {
        Algebra bodyAlgebra = typing.algebra(g.body());
        FormulaAggregators.Kind kind = FormulaAggregators.resolve(typing.vocabulary(), g.aggregator(), g.parameters(),
                bodyAlgebra).kind();
        Formula body = lift(g.body());
        if (kind == FormulaAggregators.Kind.ENUMERATED) {
            return body == g.body() ? g : typed(g.with(g.variables(), body), g);
        }
        if (g.variables().size() > 1) {
            Aggregation inner = g.with(g.variables().subList(1, g.variables().size()), body);
            typing.algebra(inner);
            Aggregation outer = g.with(List.of(g.variables().get(0)), lift(inner));
            typing.algebra(outer);
            return lift1(outer, kind);
        }
        Aggregation one = body == g.body() ? g : (Aggregation) typed(g.with(g.variables(), body), g);
        return lift1(one, kind);
    }

    /** Applies rules 2 and 3 to a one-variable aggregation whose body is already lifted. */
    private Formula lift1(Aggregation g, FormulaAggregators.Kind kind) {
        if (!(g.body() instanceof OperatorFormula o) || o.operands().size() < 2) {
            return g;
        }
        Algebra alg = typing.algebra(o);
        Role role = FormulaOperators.resolve(typing.vocabulary(), alg, o.operator()).orElseThrow().role();
        String x = g.variables().get(0).name();
        List<Formula> outside = new ArrayList<>();
        List<Formula> inside = new ArrayList<>();
        for (Formula op : o.operands()) {
            (free.of(op).contains(x) ? inside : outside).add(op);
        }
        boolean pull = !outside.isEmpty() && !inside.isEmpty();
        boolean split = switch (kind) {
            case FOLD_PLUS -> role == Role.PLUS;
            case FOLD_TIMES -> role == Role.TIMES;
            case EXPECTATION -> role == Role.PLUS && alg.plusOp() == org.circa.semirings.BinaryOp.ADD;
            default -> false;
        };
        if (split) {
            List<Formula> parts = new ArrayList<>();
            for (Formula op : o.operands()) {
                parts.add(lift1(freshAggregation(g, op), kind));
            }
            return typed(new OperatorFormula(o.operator(), parts), o);
        }
        boolean pullOut = pull && switch (kind) {
            case FOLD_PLUS -> role == Role.TIMES && alg.isDistributive();
            case FOLD_TIMES -> role == Role.PLUS && AlgebraCatalog.isLattice(alg);
            case EXPECTATION -> role == Role.TIMES && alg.isDistributive();
            default -> false;
        };
        if (!pullOut) {
            return g;
        }
        Formula rest = inside.size() == 1 ? inside.get(0) : typed(new OperatorFormula(o.operator(), inside), o);
        Formula aggregated = lift1(freshAggregation(g, rest), kind);
        List<Formula> parts = new ArrayList<>();
        for (Formula op : o.operands()) {
            if (outside.contains(op)) {
                parts.add(op);
            } else if (op == inside.get(0)) {
                parts.add(aggregated);
            }
        }
        return typed(new OperatorFormula(o.operator(), parts), o);
    }

    private Aggregation freshAggregation(Aggregation like, Formula body) {
        Aggregation a = like.with(like.variables(), body);
        typing.algebra(a);
        return a;
    }
}
