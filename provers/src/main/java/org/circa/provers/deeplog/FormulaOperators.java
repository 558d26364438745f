package org.circa.provers.deeplog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.circa.semirings.Algebra;

/**
 * Resolves an operator name against the algebra of its operands: {@code and}/{@code or}/{@code not}/
 * {@code implies} in logics (boolean, fuzzy, possibilistic), {@code times}/{@code plus}/{@code negate}/
 * {@code divide} in the others (where the algebra has the role), then user operators. Stateless.
 */
public final class FormulaOperators {
    /** A resolved operator: its role, arity (−1: two or more operands) and function. */
    public record Resolved(String name, Role role, int arity, OperatorFunction function) {
        /** Whether it accepts this many operands. */
        public boolean accepts(int n) {
            return arity < 0 ? n >= 2 : n == arity;
        }
    }

    private FormulaOperators() {
    }

    /** The operator of this name in the algebra, if it is defined there (any arity). */
    public static Optional<Resolved> resolve(Vocabulary vocabulary, Algebra algebra, String name) {
        for (Vocabulary.UserOperator u : vocabulary.operators()) {
            if (u.algebra().equals(algebra.name()) && u.name().equals(name)) {
                return Optional.of(new Resolved(name, u.role(), u.arity(), u.function()));
            }
        }
        return builtIn(algebra).stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /** The names known to the algebra, for messages. */
    public static List<String> known(Vocabulary vocabulary, Algebra algebra) {
        List<String> out = new ArrayList<>();
        for (Resolved r : builtIn(algebra)) {
            out.add(r.name());
        }
        for (Vocabulary.UserOperator u : vocabulary.operators()) {
            if (u.algebra().equals(algebra.name()) && !out.contains(u.name())) {
                out.add(u.name());
            }
        }
        return out;
    }

    private static List<Resolved> builtIn(Algebra a) {
        boolean logic = AlgebraCatalog.isLogic(a);
        List<Resolved> l = new ArrayList<>();
        l.add(new Resolved(logic ? "and" : "times", Role.TIMES, -1, v -> fold(a, v, true)));
        l.add(new Resolved(logic ? "or" : "plus", Role.PLUS, -1, v -> fold(a, v, false)));
        if (a.hasNegation()) {
            l.add(new Resolved(logic ? "not" : "negate", Role.NEGATE, 1, v -> a.negate(v[0])));
        }
        if (!logic && a.hasDivision()) {
            l.add(new Resolved("divide", Role.DIVIDE, 2, v -> a.divide(v[0], v[1])));
        }
        if (logic && a.hasResiduum()) {
            l.add(new Resolved("implies", Role.IMPLIES, 2, v -> a.residuum(v[0], v[1])));
        } else if (logic && a.hasNegation()) {
            l.add(new Resolved("implies", Role.IMPLIES, 2, v -> a.sImplication(v[0], v[1])));
        }
        return l;
    }

    private static double fold(Algebra a, double[] v, boolean times) {
        double acc = v[0];
        for (int i = 1; i < v.length; i++) {
            acc = times ? a.times(acc, v[i]) : a.plus(acc, v[i]);
        }
        return acc;
    }
}
