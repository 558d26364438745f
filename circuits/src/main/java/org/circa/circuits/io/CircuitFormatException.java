package org.circa.circuits.io;

import java.io.IOException;

/** A circuit file that does not follow its format, with the line where reading stopped. Immutable. */
public final class CircuitFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    private final int line;

    /** An error at 1-based line {@code line} (0 when not tied to a line). */
    public CircuitFormatException(int line, String message) {
        super(line > 0 ? "line " + line + ": " + message : message);
        this.line = line;
    }

    private CircuitFormatException(String fullMessage, int line, CircuitFormatException cause) {
        super(fullMessage, cause);
        this.line = line;
    }

    /** The same error with a context (such as the file and format) in front of its message. */
    public CircuitFormatException withContext(String context) {
        return new CircuitFormatException(context + ": " + getMessage(), line, this);
    }

    /** The 1-based line of the error, 0 when not tied to a line. */
    public int line() {
        return line;
    }
}
