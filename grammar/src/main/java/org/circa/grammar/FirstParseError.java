package org.circa.grammar;

import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/** Keeps the first parser error of one clause, with a plain-words message. Not thread-safe. */
final class FirstParseError extends BaseErrorListener {
    private SyntaxError first;

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int column,
                            String msg, RecognitionException e) {
        if (first != null || !(offendingSymbol instanceof Token token)) {
            return;
        }
        IntervalSet expected = e != null && e.getExpectedTokens() != null ? e.getExpectedTokens()
                : ((Parser) recognizer).getExpectedTokens();
        first = new SyntaxError(token, "unexpected " + Describe.token(token) + ", expected "
                + Describe.expected(expected));
    }

    /** Clears the error before the next clause. */
    void reset() {
        first = null;
    }

    /** The first error since the last reset, or {@code null} when there was none. */
    SyntaxError first() {
        return first;
    }
}
