package org.circa.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.circa.language.Clause;
import org.circa.language.Diagnostic;
import org.circa.language.DiagnosticCode;
import org.circa.language.Source;
import org.junit.jupiter.api.Test;

/** Whole programs: clause order, directives, spans, variable scope and error recovery. */
class ProgramParserTest {

    private static ParseResult parse(String text) {
        return ProgramParser.parse(Source.of("test.pl", text));
    }

    private static List<String> canonicalClauses(ParseResult r) {
        return r.program().clauses().stream().map(c -> Canonical.of(c.term())).toList();
    }

    @Test
    void parsesProblogProgramInSourceOrder() {
        ParseResult r = parse("""
                :- use_module(library(lists)).
                :- consult('other.pl').
                0.3::a.
                0.3::a; 0.5::b :- c.
                nn(mnist_net, [X], Y, [0,1,2,3,4,5,6,7,8,9]) :: digit(X, Y).
                a <- b.
                query(a).
                evidence(a, true).
                p(X) :- X is 3 mod 2.
                """);
        assertFalse(r.hasErrors(), () -> r.diagnostics().toString());
        assertEquals(List.of(
                "':-'('use_module'('library'('lists')))",
                "':-'('consult'('other.pl'))",
                "'::'(0.3,'a')",
                "':-'(';'('::'(0.3,'a'),'::'(0.5,'b')),'c')",
                "'::'('nn'('mnist_net','.'(X,'[]'),Y,'.'(0,'.'(1,'.'(2,'.'(3,'.'(4,'.'(5,'.'(6,'.'(7,'.'(8,'.'(9,'[]'))))))))))),"
                        + "'digit'(X,Y))",
                "'<-'('a','b')",
                "'query'('a')",
                "'evidence'('a','true')",
                "':-'('p'(X),'is'(X,'mod'(3,2)))"), canonicalClauses(r));
    }

    @Test
    void clauseSpanStartsAtFirstTokenAndEndsAtTheDot() {
        ParseResult r = parse("% header\n\n  foo(X) :-\n    bar(X).\nbaz.");
        List<Clause> clauses = r.program().clauses();
        assertEquals(2, clauses.size());
        var span = clauses.get(0).span();
        assertEquals("test.pl", span.file());
        assertEquals(3, span.line());
        assertEquals(3, span.column());
        assertEquals(4, span.endLine());
        assertEquals(11, span.endColumn());
        assertEquals(5, clauses.get(1).span().line());
        assertEquals(1, clauses.get(1).span().column());
    }

    @Test
    void variablesAreSharedWithinAClauseButNotAcrossClauses() {
        ParseResult r = parse("p(X) :- q(X).\np(X).");
        var first = r.program().clauses().get(0).term();
        var second = r.program().clauses().get(1).term();
        assertEquals(first.arg(0).arg(0), first.arg(1).arg(0));
        assertNotSame(first.arg(0).arg(0), second.arg(0));
    }

    @Test
    void endTokenNeedsLayoutPercentOrEndOfInput() {
        ParseResult r = parse("a.%c\nb.\tc.");
        assertEquals(List.of("'a'", "'b'", "'c'"), canonicalClauses(r));
        assertFalse(r.hasErrors());
        assertEquals(List.of("'='(X,'.')"), canonicalClauses(parse("X = '.'.\n")));
    }

    @Test
    void reportsEveryBrokenClauseAndKeepsTheGoodOnes() {
        ParseResult r = parse("""
                good(1).
                bad(1 :- .
                /* a block
                   comment */ good(2).
                bad2 = = x.
                good(3). % trailing comment
                'unterminated :- x.
                good(4).
                """);
        assertEquals(List.of("'good'(1)", "'good'(2)", "'good'(3)", "'good'(4)"), canonicalClauses(r));
        assertTrue(r.hasErrors());
        List<Diagnostic> d = r.diagnostics();
        assertEquals(3, d.size(), d::toString);
        assertEquals(List.of(2, 5, 7), d.stream().map(x -> x.span().line()).toList());
        assertEquals(List.of(10, 10, 1), d.stream().map(x -> x.span().column()).toList());
        for (Diagnostic x : d) {
            assertEquals(DiagnosticCode.SYNTAX_ERROR, x.code());
            assertEquals("test.pl", x.span().file());
        }
        assertEquals("syntax error: unexpected '.' (end of clause), expected ')'", d.get(0).message());
        assertEquals("syntax error: expected an operator, found 'x'", d.get(1).message());
        assertTrue(d.get(2).message().contains("unterminated quoted atom"), d.get(2).message());
    }

    @Test
    void reportsMissingFinalDotUnterminatedCommentAndStrayCharacters() {
        ParseResult r = parse("a. `b.\nc.\nd(x");
        assertEquals(List.of("'a'", "'c'"), canonicalClauses(r));
        assertEquals(2, r.diagnostics().size());
        assertTrue(r.diagnostics().get(0).message().contains("unexpected character '`'"));
        assertEquals(3, r.diagnostics().get(1).span().line());
        assertTrue(r.diagnostics().get(1).message().contains("expected '.'"));

        ParseResult comment = parse("a.\n/* never closed\nb.");
        assertEquals(List.of("'a'"), canonicalClauses(comment));
        assertEquals(1, comment.diagnostics().size());
        assertTrue(comment.diagnostics().getFirst().message().contains("unterminated block comment"));
    }

    @Test
    void emptyProgramAndCommentsOnlyHaveNoClauses() {
        assertTrue(parse("").program().clauses().isEmpty());
        ParseResult r = parse("% nothing\n/* here */\n");
        assertTrue(r.program().clauses().isEmpty());
        assertFalse(r.hasErrors());
    }

    @Test
    void neverThrowsOnGarbage() {
        String[] garbage = {"((((", ")))).", "'", "\"", "0'", ":- :- :- .", "[|].", "a(.", "{.", "f(x)_.", ". . .",
                "\u00e9t\u00e9.", "0x.", "1e.", "a :- b :- c.", "X = [a|].", "p :- - .", "\\", "/*", "*/."};
        for (String g : garbage) {
            ParseResult r = parse(g);
            assertTrue(r.hasErrors() || !r.program().clauses().isEmpty(), g);
        }
    }

    @Test
    void diagnosticRendersWithCaret() {
        Source src = Source.of("test.pl", "ok.\nfoo(a b).\n");
        ParseResult r = ProgramParser.parse(src);
        assertEquals("test.pl:2:7: error C100: syntax error: expected an operator, found 'b'\nfoo(a b).\n      ^",
                r.diagnostics().getFirst().render(src));
    }
}
