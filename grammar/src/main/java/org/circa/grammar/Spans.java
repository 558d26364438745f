package org.circa.grammar;

import org.antlr.v4.runtime.Token;
import org.circa.language.SourceSpan;

/** Source spans of tokens (1-based lines and columns). Stateless. */
final class Spans {
    private Spans() {
    }

    /** The span of one token. */
    static SourceSpan of(String file, Token token) {
        return between(file, token, token);
    }

    /** The span from the first character of {@code first} to the last character of {@code last}. */
    static SourceSpan between(String file, Token first, Token last) {
        int length = Math.max(1, last.getStopIndex() - last.getStartIndex() + 1);
        return new SourceSpan(file, first.getLine(), first.getCharPositionInLine() + 1,
                last.getLine(), last.getCharPositionInLine() + length);
    }

    /** The span of a single character position. */
    static SourceSpan at(String file, int line, int columnZeroBased) {
        return new SourceSpan(file, line, columnZeroBased + 1, line, columnZeroBased + 1);
    }
}
