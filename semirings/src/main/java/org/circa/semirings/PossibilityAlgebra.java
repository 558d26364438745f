package org.circa.semirings;

/**
 * Possibility theory on [0, 1]: the (max, min) algebra that Π-NeSy (Baaj et al.) composes
 * possibility distributions with, in two dual readings. {@link #POSSIBILITY} labels are
 * possibility degrees Π; {@link #NECESSITY} labels are necessity degrees N, linked by
 * {@code N(φ) = 1 − Π(¬φ)}: labelling each literal l with {@code 1 − Π(¬l)} and evaluating
 * gives the necessity that the dual circuit's possibility gives by De Morgan. The order-reversing
 * negation {@code 1 − x} maps one reading to the other. Evaluates formulas directly. Thread-safe.
 */
public final class PossibilityAlgebra implements Algebra {
    /** Possibility degrees: plus max, times min. */
    public static final PossibilityAlgebra POSSIBILITY = new PossibilityAlgebra("possibility");
    /** Necessity degrees, the dual of possibility: plus max, times min, over N-labels. */
    public static final PossibilityAlgebra NECESSITY = new PossibilityAlgebra("necessity");

    private final String name;

    private PossibilityAlgebra(String name) {
        this.name = name;
    }

    /** The necessity of φ from the possibility of its negation: {@code 1 − Π(¬φ)}. */
    public static double necessityFromPossibilityOfNegation(double possibilityOfNegation) {
        return 1.0 - possibilityOfNegation;
    }

    @Override
    public String name() {
        return name;
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
        return Math.max(a, b);
    }

    @Override
    public double times(double a, double b) {
        return Math.min(a, b);
    }

    /** The order-reversing map {@code 1 − x} of the possibility scale (Π(φ) ↦ N(¬φ)). */
    @Override
    public double negate(double a) {
        return 1.0 - a;
    }

    @Override
    public boolean hasNegation() {
        return true;
    }

    /** The Gödel residuum, the implication of possibilistic logic's min-based conditioning. */
    @Override
    public double residuum(double a, double b) {
        return a <= b ? 1.0 : b;
    }

    @Override
    public boolean hasResiduum() {
        return true;
    }

    @Override
    public boolean needsCompiledCircuit() {
        return false;
    }

    @Override
    public BinaryOp plusOp() {
        return BinaryOp.MAX;
    }

    @Override
    public BinaryOp timesOp() {
        return BinaryOp.MIN;
    }

    @Override
    public String toString() {
        return name;
    }
}
