package org.circa.circuits.eval;

import java.util.Objects;
import org.circa.circuits.plan.CircuitPlan;
import org.circa.semirings.Algebra;

/**
 * A device that evaluates circuit plans, found through {@link java.util.ServiceLoader} (the CPU
 * one is built in; see {@link Backends}). Implementations are immutable and thread-safe.
 */
public interface EvaluatorBackend {
    /** The backend's name as {@code --backend} takes it, for example {@code cpu} or {@code gpu}. */
    String name();

    /** Whether this machine can run the backend, and if not, what is missing. */
    Availability availability();

    /** Whether the backend evaluates circuits under {@code algebra} (the GPU runs built-in algebras only). */
    default boolean supports(Algebra algebra) {
        return true;
    }

    /**
     * An evaluator of {@code plan} under {@code algebra} for {@code batch} columns; throws
     * {@link BackendUnavailableException} when the machine lacks what the backend needs and
     * {@link IllegalArgumentException} when it does not support the algebra.
     */
    CircuitEvaluator open(CircuitPlan plan, Algebra algebra, int batch);

    /** Whether a backend can run here, with a sentence saying what it runs on or what is missing. Immutable. */
    record Availability(boolean available, String reason) {
        /** Checks the reason is given. */
        public Availability {
            Objects.requireNonNull(reason, "reason");
        }

        /** An available backend, described (for example the device's name). */
        public static Availability available(String description) {
            return new Availability(true, description);
        }

        /** An unavailable backend, with what is missing and what to install. */
        public static Availability unavailable(String reason) {
            return new Availability(false, reason);
        }
    }
}
