package org.circa.grammar;

import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.Token;
import org.circa.language.Clause;
import org.circa.language.Diagnostic;
import org.circa.language.DiagnosticCode;
import org.circa.language.Term;

/**
 * Parses the tokens of one clause (or one standalone term) with the ANTLR parser and builds its
 * term; remembers the error of the last call. Reusable for many clauses of one file. Not thread-safe.
 */
final class ClauseParser {
    private final String file;
    private final CircaParser parser = new CircaParser(null);
    private final FirstParseError listener = new FirstParseError();
    private Diagnostic error;

    /** A parser for clauses of the named file. */
    ClauseParser(String file) {
        this.file = file;
        parser.removeErrorListeners();
        parser.addErrorListener(listener);
    }

    /** The clause made of these tokens (the last is the end token), or empty with {@link #error()} set. */
    Optional<Clause> parse(List<Token> tokens) {
        return run(tokens, () -> {
            CircaParser.ClauseContext ctx = parser.clause();
            return checked(() -> {
                Token end = ctx.END().getSymbol();
                Term term = new TermBuilder().build(ctx.term(), end);
                return new Clause(term, Spans.between(file, tokens.getFirst(), end));
            });
        });
    }

    /** The standalone term made of these tokens, or empty with {@link #error()} set. */
    Optional<Term> parseTerm(List<Token> tokens) {
        return run(tokens, () -> {
            CircaParser.SingleTermContext ctx = parser.singleTerm();
            return checked(() -> {
                Token end = ctx.END() != null ? ctx.END().getSymbol() : ctx.EOF().getSymbol();
                return new TermBuilder().build(ctx.term(), end);
            });
        });
    }

    /** The syntax error of the last call, if it failed. */
    Optional<Diagnostic> error() {
        return Optional.ofNullable(error);
    }

    private interface Step<T> {
        T get();
    }

    private <T> Optional<T> run(List<Token> tokens, Step<T> step) {
        error = null;
        listener.reset();
        parser.setTokenStream(new CommonTokenStream(new ListTokenSource(tokens)));
        try {
            return Optional.ofNullable(step.get());
        } catch (SyntaxError e) {
            error = diagnostic(e.token(), e.getMessage());
        } catch (StackOverflowError e) {
            error = diagnostic(tokens.isEmpty() ? null : tokens.getFirst(), "term nested too deeply");
        }
        return Optional.empty();
    }

    /** Builds only when the ANTLR parse had no error; otherwise reports that error. */
    private <T> T checked(Step<T> build) {
        SyntaxError parseError = listener.first();
        if (parseError != null) {
            throw parseError;
        }
        return build.get();
    }

    private Diagnostic diagnostic(Token token, String message) {
        return Diagnostic.of(DiagnosticCode.SYNTAX_ERROR,
                token == null ? org.circa.language.SourceSpan.NONE : Spans.of(file, token), message);
    }
}
