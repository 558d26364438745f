package org.circa.grammar;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.circa.language.CircaException;
import org.circa.language.Clause;
import org.circa.language.Diagnostic;
import org.circa.language.DiagnosticCode;
import org.circa.language.Program;
import org.circa.language.Source;
import org.circa.language.Term;

/**
 * Parses Circa source text into a {@link Program} of clauses (plain Prolog terms) plus syntax
 * diagnostics (code C100). Every clause is parsed on its own, so one broken clause yields one
 * diagnostic and parsing goes on at the next clause. Stateless; thread-safe.
 */
public final class ProgramParser {
    private static final String TERM_SOURCE_NAME = "<term>";

    private ProgramParser() {
    }

    /** Parses a whole program; never throws on bad input, which is reported as diagnostics instead. */
    public static ParseResult parse(Source source) {
        String file = source.name();
        LexicalErrors lexical = new LexicalErrors();
        List<Token> tokens = lex(source.text(), file, lexical);
        ClauseParser clauseParser = new ClauseParser(file);
        List<Clause> clauses = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Token> segment = new ArrayList<>();
        int segmentStart = 0;
        for (Token token : tokens) {
            if (token.getChannel() != Token.DEFAULT_CHANNEL) {
                continue;
            }
            segment.add(token);
            if (token.getType() == CircaLexer.END) {
                Diagnostic lexError = firstLexicalError(lexical, file, segmentStart, token.getStopIndex());
                if (lexError != null) {
                    diagnostics.add(lexError);
                } else {
                    clauseParser.parse(segment).ifPresent(clauses::add);
                    clauseParser.error().ifPresent(diagnostics::add);
                }
                segment = new ArrayList<>();
                segmentStart = token.getStopIndex() + 1;
            }
        }
        Diagnostic lexError = firstLexicalError(lexical, file, segmentStart, Integer.MAX_VALUE);
        if (lexError != null) {
            diagnostics.add(lexError);
        } else if (!segment.isEmpty()) {
            Token last = segment.getLast();
            diagnostics.add(Diagnostic.of(DiagnosticCode.SYNTAX_ERROR, Spans.of(file, last),
                    "expected '.' ending the clause after " + Describe.token(last) + ", found end of input"));
        }
        return new ParseResult(new Program(source, clauses), diagnostics);
    }

    /**
     * Parses one term written on its own (no final '.' needed, one allowed), as builtins such as
     * {@code term_to_atom} do; throws {@link CircaException} with the syntax diagnostics on error.
     */
    public static Term parseTerm(String text) {
        LexicalErrors lexical = new LexicalErrors();
        List<Token> tokens = lex(text, TERM_SOURCE_NAME, lexical);
        Diagnostic lexError = firstLexicalError(lexical, TERM_SOURCE_NAME, 0, Integer.MAX_VALUE);
        if (lexError != null) {
            throw new CircaException(lexError);
        }
        List<Token> visible = tokens.stream().filter(t -> t.getChannel() == Token.DEFAULT_CHANNEL).toList();
        ClauseParser parser = new ClauseParser(TERM_SOURCE_NAME);
        return parser.parseTerm(visible).orElseThrow(() -> new CircaException(parser.error().orElseThrow()));
    }

    /** All tokens of the text (hidden channel included); lexical errors go to {@code lexical}. */
    private static List<Token> lex(String text, String file, LexicalErrors lexical) {
        CircaLexer lexer = new CircaLexer(CharStreams.fromString(text, file));
        lexer.removeErrorListeners();
        lexer.addErrorListener(lexical);
        List<Token> tokens = new ArrayList<>(lexer.getAllTokens());
        for (Token t : tokens) {
            if (t.getType() == CircaLexer.BLOCK_COMMENT && (t.getText().length() < 4 || !t.getText().endsWith("*/"))) {
                lexical.add(t.getStartIndex(), t.getLine(), t.getCharPositionInLine(),
                        "unterminated block comment: '/*' without a closing '*/'");
            }
        }
        return tokens;
    }

    /** The first lexical error with an offset in [from, to], as a diagnostic, or {@code null}. */
    private static Diagnostic firstLexicalError(LexicalErrors lexical, String file, int from, int to) {
        for (LexicalErrors.LexicalError e : lexical.errors()) {
            if (e.offset() >= from && e.offset() <= to) {
                return Diagnostic.of(DiagnosticCode.SYNTAX_ERROR, Spans.at(file, e.line(), e.column()), e.message());
            }
        }
        return null;
    }
}
