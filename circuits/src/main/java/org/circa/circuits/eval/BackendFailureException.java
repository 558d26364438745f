package org.circa.circuits.eval;

/**
 * Thrown when an evaluator backend that runs on this machine fails while it works (a GPU out of
 * memory, a driver error); the message names what failed. Immutable.
 */
public class BackendFailureException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An exception with the given message. */
    public BackendFailureException(String message) {
        super(message);
    }
}
