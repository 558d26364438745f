package org.circa.provers.learn;

/**
 * Options of parameter learning: at most {@code maxIterations} EM steps, stopping once the
 * log-likelihood improves by no more than {@code minImprovement} (ProbLog's defaults: 10,000 and
 * 1e-10); {@code seed} draws the initial values of {@code t(_)}; {@code normalize} rescales the
 * learnable heads of an annotated disjunction after each step so that some head is always chosen
 * when the body holds (ProbLog's {@code --normalize}, which its own LFI tests use; plain EM, the
 * default, learns the probability that no head is chosen too); {@code progress} hears of each
 * step. Immutable.
 */
public record LearningOptions(int maxIterations, double minImprovement, long seed, boolean normalize, Progress progress) {

    /** Hears of learning as it goes. */
    public interface Progress {
        /** Called after the examples are compiled. */
        default void compiled(int examples, int distinct) {
        }

        /** Called when an example is left out because its evidence is impossible in the program. */
        default void skipped(String origin) {
        }

        /** Called after each EM step with the log-likelihood of the examples before the step. */
        default void step(int iteration, double logLikelihood) {
        }
    }

    /** No progress reports. */
    public static final Progress SILENT = new Progress() {
    };

    /** ProbLog's defaults, seed 0, no progress reports. */
    public static LearningOptions defaults() {
        return new LearningOptions(10_000, 1e-10, 0, false, SILENT);
    }

    /** These options with another iteration cap. */
    public LearningOptions withMaxIterations(int n) {
        return new LearningOptions(n, minImprovement, seed, normalize, progress);
    }

    /** These options with another convergence threshold. */
    public LearningOptions withMinImprovement(double d) {
        return new LearningOptions(maxIterations, d, seed, normalize, progress);
    }

    /** These options with another random seed. */
    public LearningOptions withSeed(long s) {
        return new LearningOptions(maxIterations, minImprovement, s, normalize, progress);
    }

    /** These options reporting to {@code p}. */
    public LearningOptions withProgress(Progress p) {
        return new LearningOptions(maxIterations, minImprovement, seed, normalize, p);
    }

    /** These options with annotated disjunctions rescaled after each step, or not. */
    public LearningOptions withNormalize(boolean n) {
        return new LearningOptions(maxIterations, minImprovement, seed, n, progress);
    }
}
