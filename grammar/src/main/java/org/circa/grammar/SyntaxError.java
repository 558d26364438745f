package org.circa.grammar;

import org.antlr.v4.runtime.Token;

/** Internal signal for a syntax error at a token; turned into a diagnostic at the clause level. */
final class SyntaxError extends RuntimeException {
    private final transient Token token;

    /** An error at this token with a plain-words message. */
    SyntaxError(Token token, String message) {
        super(message, null, false, false);
        this.token = token;
    }

    /** The offending token. */
    Token token() {
        return token;
    }
}
