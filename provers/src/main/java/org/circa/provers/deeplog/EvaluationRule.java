package org.circa.provers.deeplog;

import java.util.List;
import org.circa.semirings.Algebra;

/**
 * THE rule that decides how each part of a formula is evaluated, in one place.
 *
 * <ul>
 *   <li>{@link Mode#COMPILE}: a Boolean formula whose value is asked for in an algebra that
 *       {@linkplain Algebra#needsCompiledCircuit() needs a compiled circuit} — a cast
 *       {@code (φ)_probability} (or {@code _logprobability}) of a Boolean φ, or an
 *       {@code expectation} over a Boolean body. Its atoms are random events, possibly
 *       correlated through the program's rules, so its value is a weighted model count: the
 *       Boolean formula is grounded (Boolean aggregations expand into and/or), knowledge-compiled
 *       to a d-DNNF circuit, and the circuit is evaluated in the target algebra by role
 *       (and→times, or→plus, not→negate) — see {@link CompiledRegions}.</li>
 *   <li>{@link Mode#DIRECT}: everything else — fuzzy, possibilistic, real and Boolean formulas,
 *       casts between direct algebras, aggregations — is evaluated by walking the formula with
 *       one value per atom, no compilation (see {@link Evaluator}).</li>
 * </ul>
 * A formula that mixes them compiles each COMPILE part (its value is then a number inside the
 * direct walk), and inside a compiled part any sub-formula that is not Boolean and/or/not/
 * implies/exists/forall is evaluated directly and enters the circuit as a constant. Stateless.
 */
public final class EvaluationRule {
    /** How a formula node is evaluated. */
    public enum Mode {
        /** Knowledge compilation and weighted model counting. */
        COMPILE,
        /** Direct evaluation of the formula tree. */
        DIRECT
    }

    private EvaluationRule() {
    }

    /** The mode of a node: COMPILE for a Boolean formula cast (first cast step) into a compiled algebra, or a Boolean expectation. */
    public static Mode mode(Formula f, Typing typing) {
        if (f instanceof CastFormula c && compilesCast(c, typing)) {
            return Mode.COMPILE;
        }
        if (f instanceof Aggregation g && g.aggregator().equals("expectation")
                && typing.algebra(g.body()).name().equals("boolean")) {
            return Mode.COMPILE;
        }
        return Mode.DIRECT;
    }

    /** Whether the first step of a cast's path moves a Boolean formula into an algebra that needs compilation. */
    static boolean compilesCast(CastFormula c, Typing typing) {
        Algebra from = typing.algebra(c.inner());
        if (!from.name().equals("boolean")) {
            return false;
        }
        List<Cast> path = CastPaths.find(typing.vocabulary(), from.name(), typing.algebra(c).name()).orElseThrow();
        return !path.isEmpty() && typing.vocabulary().algebra(path.get(0).to()).orElseThrow().needsCompiledCircuit();
    }
}
