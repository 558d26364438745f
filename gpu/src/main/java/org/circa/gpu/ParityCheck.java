package org.circa.gpu;

import java.util.Random;
import org.circa.circuits.eval.CircuitEvaluator;
import org.circa.circuits.eval.LeafWeights;
import org.circa.semirings.Algebra;
import org.circa.semirings.Precision;

/**
 * Compares a candidate evaluator (the GPU's) with a reference ({@link org.circa.circuits.eval.PlanEvaluator})
 * on the same plan, algebra and batch: root values, leaf gradients, and the fused
 * forward-and-backward call. Errors are relative, to {@value #FLOAT32_TOLERANCE} in float32 and
 * {@value #FLOAT64_TOLERANCE} in float64, with two allowances: log-space values (algebras whose
 * zero is −∞) are compared relative to {@code max(1, |value|)}, as their absolute error is a
 * relative error of the probability, and log-space gradients, which exponentiate differences of
 * log values, get the tolerance times {@code max(1, largest |root value|)}; entries below a
 * millionth of their array's largest magnitude are compared against that millionth, and
 * subnormal ones against the precision's smallest normal number (they carry fewer bits). Equal
 * infinities agree. Where values overflow (random circuits that are not decomposable do), NaN on
 * one side agrees with ±∞ or NaN on the other: the CPU divides a wide product by one factor where
 * the GPU multiplies the others, so ∞/∞ gives NaN on one side and ∞ on the other. Such entries are
 * counted in {@link Outcome#nanEntries()}. Stateless.
 */
final class ParityCheck {
    /** Relative tolerance in float32. */
    static final double FLOAT32_TOLERANCE = 1e-5;
    /** Relative tolerance in float64. */
    static final double FLOAT64_TOLERANCE = 1e-12;

    private ParityCheck() {
    }

    /**
     * The largest errors found, each divided by its tolerance (a pass has both at most 1), where the
     * worst one is, and how many entries were NaN on one side and not finite on the other.
     */
    record Outcome(double valueError, double gradientError, String worst, int nanEntries) {
        /** Whether values and gradients agree within tolerance. */
        boolean ok() {
            return valueError <= 1 && gradientError <= 1;
        }
    }

    /** The relative tolerance of {@code algebra}'s precision. */
    static double tolerance(Algebra algebra) {
        return algebra.precision() == Precision.FLOAT32 ? FLOAT32_TOLERANCE : FLOAT64_TOLERANCE;
    }

    /**
     * Random labels as {@link LeafWeights#random} draws them, then about one label in eight set to
     * the algebra's zero (zero factors, −∞ in log space) and one variable in eight copying another
     * one's labels (ties for max and min).
     */
    static LeafWeights weights(int numVars, int batch, Algebra algebra, long seed) {
        LeafWeights w = LeafWeights.random(numVars, batch, algebra, seed);
        Random random = new Random(seed ^ 0x5DEECE66DL);
        for (int v = 1; v <= numVars; v++) {
            for (int b = 0; b < batch; b++) {
                if (random.nextInt(8) == 0) {
                    (random.nextBoolean() ? w.pos(v) : w.neg(v))[b] = algebra.zero();
                }
            }
            if (v > 1 && random.nextInt(8) == 0) {
                int other = 1 + random.nextInt(v - 1);
                System.arraycopy(w.pos(other), 0, w.pos(v), 0, batch);
                System.arraycopy(w.neg(other), 0, w.neg(v), 0, batch);
            }
        }
        return w;
    }

    /** Seeds drawn uniformly from [0.5, 1.5) for every root and column. */
    static double[][] seeds(int roots, int batch, long seed) {
        Random random = new Random(seed);
        double[][] s = new double[roots][batch];
        for (double[] row : s) {
            for (int b = 0; b < batch; b++) {
                row[b] = 0.5 + random.nextDouble();
            }
        }
        return s;
    }

    /** Runs both evaluators forward, backward, and fused, on the same labels and seeds, and measures their disagreement. */
    static Outcome compare(CircuitEvaluator reference, CircuitEvaluator candidate, LeafWeights weights, double[][] seed) {
        Algebra algebra = reference.algebra();
        double tol = tolerance(algebra);
        boolean logSpace = algebra.zero() == Double.NEGATIVE_INFINITY;
        double[][] wantValues = reference.forward(weights);
        LeafWeights wantGrads = reference.backward(seed);
        double[][] gotValues = candidate.forward(weights);
        LeafWeights gotGrads = candidate.backward(seed);
        LeafWeights fusedGrads = new LeafWeights(weights.numVars(), weights.batch());
        double[][] fusedValues = candidate.forwardAndBackward(weights, seed, fusedGrads);
        double largestRoot = 0;
        for (double[] row : wantValues) {
            for (double x : row) {
                largestRoot = Double.isFinite(x) ? Math.max(largestRoot, Math.abs(x)) : largestRoot;
            }
        }
        double gradTol = logSpace ? tol * Math.max(1, largestRoot) : tol;
        // below the smallest normal number a value has fewer significant bits than tol assumes
        double tiny = algebra.precision() == Precision.FLOAT32 ? Float.MIN_NORMAL : Double.MIN_NORMAL;
        double[] want = flatten(wantValues);
        double[] wantG = flatten(wantGrads);
        Worst values = new Worst();
        values.scan("values", want, flatten(gotValues), tol, logSpace ? 1 : tiny);
        values.scan("fused values", want, flatten(fusedValues), tol, logSpace ? 1 : tiny);
        Worst grads = new Worst();
        grads.scan("gradients", wantG, flatten(gotGrads), gradTol, tiny);
        grads.scan("fused gradients", wantG, flatten(fusedGrads), gradTol, tiny);
        String worst = values.error >= grads.error ? values.where : grads.where;
        return new Outcome(values.error, grads.error, worst, values.nanEntries + grads.nanEntries);
    }

    /** The largest scaled error seen so far and a description of where. */
    private static final class Worst {
        double error;
        String where = "-";
        int nanEntries;

        void scan(String what, double[] want, double[] got, double tol, double floor) {
            double largest = 0;
            for (double x : want) {
                largest = Double.isFinite(x) ? Math.max(largest, Math.abs(x)) : largest;
            }
            double scale = Math.max(floor, largest * 1e-6);
            for (int i = 0; i < want.length; i++) {
                if ((Double.isNaN(want[i]) || Double.isNaN(got[i])) && !Double.isFinite(want[i]) && !Double.isFinite(got[i])) {
                    nanEntries++;
                    continue;
                }
                double e = scaledError(want[i], got[i], tol, scale);
                if (e > error) {
                    error = e;
                    where = what + "[" + i + "]: want " + want[i] + ", got " + got[i];
                }
            }
        }
    }

    /** |want − got| / (tol · max(|want|, |got|, scale)); 0 for equal values (infinities and NaNs included), ∞ when only one is finite or infinities differ. */
    static double scaledError(double want, double got, double tol, double scale) {
        if (want == got || Double.isNaN(want) && Double.isNaN(got)) {
            return 0;
        }
        if (!Double.isFinite(want) || !Double.isFinite(got)) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.abs(want - got) / (tol * Math.max(scale, Math.max(Math.abs(want), Math.abs(got))));
    }

    private static double[] flatten(double[][] rows) {
        int n = 0;
        for (double[] r : rows) {
            n += r.length;
        }
        double[] out = new double[n];
        int k = 0;
        for (double[] r : rows) {
            System.arraycopy(r, 0, out, k, r.length);
            k += r.length;
        }
        return out;
    }

    private static double[] flatten(LeafWeights w) {
        double[] out = new double[2 * w.numVars() * w.batch()];
        int k = 0;
        for (int v = 1; v <= w.numVars(); v++) {
            System.arraycopy(w.pos(v), 0, out, k, w.batch());
            System.arraycopy(w.neg(v), 0, out, k + w.batch(), w.batch());
            k += 2 * w.batch();
        }
        return out;
    }
}
