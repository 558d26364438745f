package org.circa.circuits.compile;

/** Thrown when a compilation exceeds its time, node or memory budget; the message says which. */
public final class CompilationLimitException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An exception with the given message. */
    public CompilationLimitException(String message) {
        super(message);
    }
}
