package org.circa.semirings;

import java.util.Objects;

/**
 * A fuzzy-logic algebra on [0, 1]: a t-norm for conjunction, its dual t-conorm for disjunction,
 * the standard negation {@code 1 − x}, the residuum and S-implication, and quantifiers (folds by
 * default, or the p-mean quantifiers of Logic Tensor Networks). Evaluates formulas directly,
 * without a compiled circuit. Immutable and thread-safe.
 */
public final class FuzzyAlgebra implements Algebra {
    /** Gödel logic (min, max). */
    public static final FuzzyAlgebra GODEL = new FuzzyAlgebra(TNorm.GODEL, null, null);
    /** Product logic (product, probabilistic sum). */
    public static final FuzzyAlgebra PRODUCT = new FuzzyAlgebra(TNorm.PRODUCT, null, null);
    /** Łukasiewicz logic (bounded difference, bounded sum). */
    public static final FuzzyAlgebra LUKASIEWICZ = new FuzzyAlgebra(TNorm.LUKASIEWICZ, null, null);

    private final TNorm logic;
    private final Aggregator exists;
    private final Aggregator forall;

    private FuzzyAlgebra(TNorm logic, Aggregator exists, Aggregator forall) {
        this.logic = logic;
        this.exists = exists == null ? Aggregators.foldPlus(this) : exists;
        this.forall = forall == null ? Aggregators.foldTimes(this) : forall;
    }

    /** The built-in algebra of the given t-norm, with fold quantifiers. */
    public static FuzzyAlgebra of(TNorm logic) {
        return switch (Objects.requireNonNull(logic, "logic")) {
            case GODEL -> GODEL;
            case PRODUCT -> PRODUCT;
            case LUKASIEWICZ -> LUKASIEWICZ;
        };
    }

    /** The same logic with p-mean quantifiers: exists is {@link Aggregators#pMean}, forall {@link Aggregators#pMeanError}. */
    public FuzzyAlgebra withPMeanQuantifiers(double pExists, double pForall) {
        return new FuzzyAlgebra(logic, Aggregators.pMean(pExists), Aggregators.pMeanError(pForall));
    }

    /** The t-norm this algebra is built on. */
    public TNorm logic() {
        return logic;
    }

    @Override
    public String name() {
        return logic.algebraName();
    }

    @Override
    public double zero() {
        return 0.0;
    }

    @Override
    public double one() {
        return 1.0;
    }

    @Override
    public double plus(double a, double b) {
        return logic.tConorm().apply(a, b);
    }

    @Override
    public double times(double a, double b) {
        return logic.tNorm().apply(a, b);
    }

    @Override
    public double negate(double a) {
        return 1.0 - a;
    }

    @Override
    public boolean hasNegation() {
        return true;
    }

    @Override
    public double residuum(double a, double b) {
        return logic.residuum(a, b);
    }

    @Override
    public boolean hasResiduum() {
        return true;
    }

    @Override
    public boolean needsCompiledCircuit() {
        return false;
    }

    /** Only Gödel logic (a distributive lattice) distributes conjunction over disjunction. */
    @Override
    public boolean isDistributive() {
        return logic == TNorm.GODEL;
    }

    @Override
    public Aggregator exists() {
        return exists;
    }

    @Override
    public Aggregator forall() {
        return forall;
    }

    @Override
    public BinaryOp plusOp() {
        return logic.tConorm();
    }

    @Override
    public BinaryOp timesOp() {
        return logic.tNorm();
    }

    @Override
    public String toString() {
        return name();
    }
}
