package org.circa.semirings;

import java.util.Objects;

/**
 * Another algebra computed in float32: same roles and primitive operations, every result rounded
 * to single precision, and evaluators store values in float arrays. Immutable and thread-safe.
 */
public final class Float32Algebra implements Algebra {
    private final Algebra base;

    private Float32Algebra(Algebra base) {
        this.base = base;
    }

    /** The float32 version of {@code base} (itself when it already is float32). */
    public static Algebra of(Algebra base) {
        Objects.requireNonNull(base, "base");
        return base.precision() == Precision.FLOAT32 ? base : new Float32Algebra(base);
    }

    /** The float64 algebra this one rounds. */
    public Algebra base() {
        return base;
    }

    private static double round(double x) {
        return (float) x;
    }

    @Override
    public String name() {
        return base.name() + "32";
    }

    @Override
    public double zero() {
        return round(base.zero());
    }

    @Override
    public double one() {
        return round(base.one());
    }

    @Override
    public double plus(double a, double b) {
        BinaryOp op = base.plusOp();
        return op == BinaryOp.GENERIC ? round(base.plus(a, b)) : op.apply((float) a, (float) b);
    }

    @Override
    public double times(double a, double b) {
        BinaryOp op = base.timesOp();
        return op == BinaryOp.GENERIC ? round(base.times(a, b)) : op.apply((float) a, (float) b);
    }

    @Override
    public double negate(double a) {
        return round(base.negate(a));
    }

    @Override
    public boolean hasNegation() {
        return base.hasNegation();
    }

    @Override
    public boolean isNegationInvolutive() {
        return base.isNegationInvolutive();
    }

    @Override
    public double divide(double a, double b) {
        return round(base.divide(a, b));
    }

    @Override
    public boolean hasDivision() {
        return base.hasDivision();
    }

    @Override
    public double residuum(double a, double b) {
        return round(base.residuum(a, b));
    }

    @Override
    public boolean hasResiduum() {
        return base.hasResiduum();
    }

    @Override
    public boolean needsCompiledCircuit() {
        return base.needsCompiledCircuit();
    }

    @Override
    public boolean needsSmoothing() {
        return base.needsSmoothing();
    }

    @Override
    public boolean isDistributive() {
        return base.isDistributive();
    }

    @Override
    public double fromProbability(double p) {
        return round(base.fromProbability(p));
    }

    @Override
    public double toProbability(double v) {
        return base.toProbability(v);
    }

    @Override
    public BinaryOp plusOp() {
        return base.plusOp();
    }

    @Override
    public BinaryOp timesOp() {
        return base.timesOp();
    }

    @Override
    public Precision precision() {
        return Precision.FLOAT32;
    }

    @Override
    public String toString() {
        return name();
    }
}
