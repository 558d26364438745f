package org.circa.grammar;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.LexerNoViableAltException;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.misc.Interval;

/** Collects the lexer's errors (characters that start no token) with plain-words messages. Not thread-safe. */
final class LexicalErrors extends BaseErrorListener {

    /** One lexical error: where it starts (offset, 1-based line, 0-based column) and what it is. */
    record LexicalError(int offset, int line, int column, String message) {
    }

    private final List<LexicalError> errors = new ArrayList<>();

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int column,
                            String msg, RecognitionException e) {
        int offset = e instanceof LexerNoViableAltException lex ? lex.getStartIndex() : -1;
        String message = "unexpected character";
        if (offset >= 0) {
            CharStream input = ((LexerNoViableAltException) e).getInputStream();
            int c = input.getText(Interval.of(offset, offset)).codePointAt(0);
            message = switch (c) {
                case '\'' -> "unterminated quoted atom (it must close on the same line) or bad escape sequence in it";
                case '"' -> "unterminated string (it must close on the same line) or bad escape sequence in it";
                default -> "unexpected character '" + Character.toString(c) + "'";
            };
        }
        errors.add(new LexicalError(offset, line, column, message));
    }

    /** Records an error found outside the lexer's own rules (an unterminated block comment). */
    void add(int offset, int line, int column, String message) {
        errors.add(new LexicalError(offset, line, column, message));
    }

    /** The errors in the order found. */
    List<LexicalError> errors() {
        return errors;
    }
}
