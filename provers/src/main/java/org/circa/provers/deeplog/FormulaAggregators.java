package org.circa.provers.deeplog;

import java.util.List;
import java.util.Set;
import org.circa.language.FloatTerm;
import org.circa.language.IntTerm;
import org.circa.language.Term;
import org.circa.semirings.Aggregator;
import org.circa.semirings.Aggregators;
import org.circa.semirings.Algebra;

/**
 * Resolves an aggregation's name and parameters against its body's algebra: {@code sum} and
 * {@code exists} fold plus, {@code forall} folds times, {@code expectation} weighs each binding by
 * a distribution, {@code pmean(X; P)} and {@code pmean_error(X; P)} are the p-mean quantifiers of
 * Logic Tensor Networks (also {@code exists(X; pmean(P))} and {@code forall(X; pmean(P))}), and
 * user aggregators come from the {@link Vocabulary}. Stateless.
 */
public final class FormulaAggregators {
    /** How an aggregator combines the values of its bindings. */
    public enum Kind {
        /** Folds the body algebra's plus (sum, exists). */
        FOLD_PLUS,
        /** Folds the body algebra's times (forall). */
        FOLD_TIMES,
        /** Σ P(binding) ⊗ value, or weighted model counting for a Boolean body. */
        EXPECTATION,
        /** Any other aggregator of the whole run of values (p-means, user aggregators): enumerated. */
        ENUMERATED
    }

    /** A resolved aggregator: its kind, the function over values, and the algebra of its result. */
    public record Resolved(Kind kind, Aggregator function, String resultAlgebra) {
    }

    /** The built-in aggregator names. */
    public static final Set<String> BUILT_IN = Set.of("sum", "exists", "forall", "expectation", "pmean", "pmean_error");

    private FormulaAggregators() {
    }

    /** Whether a name denotes an aggregator (built-in or user). */
    public static boolean isAggregator(Vocabulary vocabulary, String name) {
        return BUILT_IN.contains(name) || vocabulary.aggregator(name).isPresent();
    }

    /** Resolves the aggregator; throws {@link IllegalArgumentException} saying why it does not apply. */
    public static Resolved resolve(Vocabulary vocabulary, String name, List<Term> params, Algebra body) {
        switch (name) {
            case "sum":
                noParams(name, params);
                return new Resolved(Kind.FOLD_PLUS, Aggregators.foldPlus(body), body.name());
            case "exists":
                if (!params.isEmpty()) {
                    return new Resolved(Kind.ENUMERATED, Aggregators.pMean(pmeanParameter(name, params)), body.name());
                }
                return new Resolved(Kind.FOLD_PLUS, Aggregators.foldPlus(body), body.name());
            case "forall":
                if (!params.isEmpty()) {
                    return new Resolved(Kind.ENUMERATED, Aggregators.pMeanError(pmeanParameter(name, params)), body.name());
                }
                return new Resolved(Kind.FOLD_TIMES, Aggregators.foldTimes(body), body.name());
            case "pmean":
                return new Resolved(Kind.ENUMERATED, Aggregators.pMean(number(name, params)), body.name());
            case "pmean_error":
                return new Resolved(Kind.ENUMERATED, Aggregators.pMeanError(number(name, params)), body.name());
            case "expectation":
                return expectation(body);
            default:
                AggregatorFactory f = vocabulary.aggregator(name).orElseThrow(
                        () -> new IllegalArgumentException("unknown aggregator; known: sum, exists, forall, "
                                + "expectation, pmean, pmean_error and user aggregators"));
                return new Resolved(Kind.ENUMERATED, f.create(body, params), body.name());
        }
    }

    private static Resolved expectation(Algebra body) {
        String n = body.name();
        if (n.equals("boolean")) {
            return new Resolved(Kind.EXPECTATION, Aggregators.foldPlus(body), "probability");
        }
        if (n.equals("real") || n.equals("probability") || n.equals("logprobability")) {
            return new Resolved(Kind.EXPECTATION, Aggregators.foldPlus(body), n);
        }
        throw new IllegalArgumentException("expectation needs a boolean, real, probability or logprobability body, not "
                + n);
    }

    private static void noParams(String name, List<Term> params) {
        if (!params.isEmpty()) {
            throw new IllegalArgumentException(name + " takes no parameters");
        }
    }

    private static double pmeanParameter(String name, List<Term> params) {
        Term t = params.size() == 1 ? params.get(0).deref() : null;
        if (t != null && "pmean".equals(t.name()) && t.arity() == 1) {
            return number(name, List.of(t.arg(0)));
        }
        throw new IllegalArgumentException("the only parameter of " + name + " is pmean(P)");
    }

    private static double number(String name, List<Term> params) {
        if (params.size() == 1) {
            Term t = params.get(0).deref();
            if (t instanceof IntTerm i && i.value() > 0) {
                return i.value();
            }
            if (t instanceof FloatTerm f && f.value() > 0) {
                return f.value();
            }
        }
        throw new IllegalArgumentException(name + " needs one positive number parameter, as in " + name + "(X; 2)");
    }
}
