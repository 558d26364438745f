package org.circa.provers.deeplog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.circa.semirings.Algebra;
import org.circa.semirings.Algebras;
import org.circa.semirings.BinaryOp;
import org.circa.semirings.BooleanAlgebra;
import org.circa.semirings.FuzzyAlgebra;
import org.circa.semirings.PossibilityAlgebra;

/**
 * The algebras that annotations name: every algebra of {@link Algebras} plus {@code real}, and
 * short aliases ({@code _b}, {@code _p}, …). Stateless; thread-safe.
 */
public final class AlgebraCatalog {
    /** Short names and the algebras they stand for. */
    public static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("b", "boolean"), Map.entry("bool", "boolean"),
            Map.entry("p", "probability"), Map.entry("prob", "probability"),
            Map.entry("lp", "logprobability"), Map.entry("log", "logprobability"),
            Map.entry("r", "real"), Map.entry("g", "godel"), Map.entry("pr", "product"),
            Map.entry("l", "lukasiewicz"), Map.entry("poss", "possibility"), Map.entry("nec", "necessity"));

    private AlgebraCatalog() {
    }

    /** The canonical name of an algebra name or alias (the name itself when it is no alias). */
    public static String canonical(String name) {
        return ALIASES.getOrDefault(name, name);
    }

    /** The built-in or service-loaded algebra of this name or alias, if any. */
    public static Optional<Algebra> find(String name) {
        String c = canonical(name);
        if (c.equals("real")) {
            return Optional.of(RealAlgebra.INSTANCE);
        }
        return Algebras.find(c);
    }

    /** The names annotations accept, for messages. */
    public static List<String> names() {
        List<String> out = new ArrayList<>(Algebras.names());
        out.add("real");
        return out;
    }

    /**
     * Whether the algebra is a logic whose operators are {@code and}/{@code or}/{@code not}/{@code implies}
     * (boolean, fuzzy, possibilistic) rather than {@code times}/{@code plus}/{@code negate}/{@code divide}.
     */
    public static boolean isLogic(Algebra a) {
        return a instanceof BooleanAlgebra || a instanceof FuzzyAlgebra || a instanceof PossibilityAlgebra;
    }

    /** Whether plus is max and times is min (a lattice, where either role distributes over the other). */
    public static boolean isLattice(Algebra a) {
        return a.plusOp() == BinaryOp.MAX && a.timesOp() == BinaryOp.MIN;
    }

    /** Whether times folds to the same value however often a value repeats ({@code a ⊗ a = a}). */
    public static boolean isTimesIdempotent(Algebra a) {
        return a.timesOp() == BinaryOp.MIN;
    }
}
