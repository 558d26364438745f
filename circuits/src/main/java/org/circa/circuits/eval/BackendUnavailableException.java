package org.circa.circuits.eval;

/**
 * Thrown when an evaluator backend was asked for but cannot run on this machine (no GPU, no
 * driver, module not installed); the message says what is missing. Immutable.
 */
public final class BackendUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An exception with the given message (what is missing and what to add). */
    public BackendUnavailableException(String message) {
        super(message);
    }
}
