package org.circa.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.circa.language.Atom;
import org.circa.language.CircaException;
import org.circa.language.DiagnosticCode;
import org.circa.language.FloatTerm;
import org.circa.language.IntTerm;
import org.circa.language.StringTerm;
import org.circa.language.Term;
import org.circa.language.Var;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Structure of single terms: operators, priorities, literals, lists, annotations. */
class TermSyntaxTest {

    private static String canon(String text) {
        return Canonical.of(ProgramParser.parseTerm(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "@@", quoteCharacter = '"', textBlock = """
            a :- b, c ; d            @@ ':-'('a',';'(','('b','c'),'d'))
            1-2-3                    @@ '-'('-'(1,2),3)
            2^3^4                    @@ '^'(2,'^'(3,4))
            2**3                     @@ '**'(2,3)
            a = b, c = d             @@ ','('='('a','b'),'='('c','d'))
            a :- b -> c ; d          @@ ':-'('a',';'('->'('b','c'),'d'))
            a :- b | c               @@ ':-'('a',';'('b','c'))
            (a | b)                  @@ ';'('a','b')
            1 + 2 * 3                @@ '+'(1,'*'(2,3))
            (1 + 2) * 3              @@ '*'('+'(1,2),3)
            X is 3 mod 2             @@ 'is'(X,'mod'(3,2))
            X is 7 // 2 rem 3        @@ 'is'(X,'rem'('//'(7,2),3))
            a xor b                  @@ 'xor'('a','b')
            X =.. [f, a]             @@ '=..'(X,'.'('f','.'('a','[]')))
            X \\== Y                 @@ '\\\\=='(X,Y)
            X @=< Y                  @@ '@=<'(X,Y)
            X =:= Y                  @@ '=:='(X,Y)
            X =\\= Y                 @@ '=\\\\='(X,Y)
            scope(1):a               @@ ':'('scope'(1),'a')
            a:b:c                    @@ ':'('a',':'('b','c'))
            a => b                   @@ '=>'('a','b')
            a <- b                   @@ '<-'('a','b')
            a --> b                  @@ '-->'('a','b')
            a *-> b                  @@ '*->'('a','b')
            \\+ a                    @@ '\\\\+'('a')
            \\+ a, b                 @@ ','('\\\\+'('a'),'b')
            \\+ \\+ a                @@ '\\\\+'('\\\\+'('a'))
            \\+ a = b                @@ '\\\\+'('='('a','b'))
            - a = b                  @@ '='('-'('a'),'b')
            - 1                      @@ '-'(1)
            -1                       @@ -1
            -(1)                     @@ '-'(1)
            - (1)                    @@ '-'(1)
            -1.5                     @@ -1.5
            - - 1                    @@ '-'('-'(1))
            a- -1                    @@ '-'('a',-1)
            a - 1                    @@ '-'('a',1)
            a-1                      @@ '-'('a',1)
            3-(1)                    @@ '-'(3,1)
            X is 3*(2+1)             @@ 'is'(X,'*'(3,'+'(2,1)))
            a:-(b,c)                 @@ ':-'('a',','('b','c'))
            -1^2                     @@ '^'(-1,2)
            - 1^2                    @@ '-'('^'(1,2))
            \\ 5                     @@ '\\\\'(5)
            + a                      @@ '+'('a')
            X = (+)                  @@ '='(X,'+')
            X = -                    @@ '='(X,'-')
            maplist(=, L)            @@ 'maplist'('=',L)
            Op =.. [+, 1, 2]         @@ '=..'(Op,'.'('+','.'(1,'.'(2,'[]'))))
            f(-, -)                  @@ 'f'('-','-')
            [-]                      @@ '.'('-','[]')
            f(:- a)                  @@ 'f'(':-'('a'))
            {a, b}                   @@ '{}'(','('a','b'))
            {}                       @@ '{}'
            '{}'(x)                  @@ '{}'('x')
            [a, b | T]               @@ '.'('a','.'('b',T))
            [a|[b]]                  @@ '.'('a','.'('b','[]'))
            [ ]                      @@ '[]'
            []                       @@ '[]'
            !                        @@ '!'
            ;                        @@ ';'
            f(a;b)                   @@ 'f'(';'('a','b'))
            f((a,b))                 @@ 'f'(','('a','b'))
            f(a, (b :- c))           @@ 'f'('a',':-'('b','c'))
            0.3::a                   @@ '::'(0.3,'a')
            0.3::a; 0.5::b :- c      @@ ':-'(';'('::'(0.3,'a'),'::'(0.5,'b')),'c')
            1/9::a                   @@ '::'('/'(1,9),'a')
            P::a :- P = 0.3          @@ ':-'('::'(P,'a'),'='(P,0.3))
            t(_)::a                  @@ '::'('t'(_),'a')
            t(0.5)::a                @@ '::'('t'(0.5),'a')
            0.5::a(X) :- b(X), \\+ c(X) @@ ':-'('::'(0.5,'a'(X)),','('b'(X),'\\\\+'('c'(X))))
            0.5::\\+a :- c           @@ ':-'('::'(0.5,'\\\\+'('a')),'c')
            ?::b(X)                  @@ '::'('?','b'(X))
            :- use_module(library(lists)) @@ ':-'('use_module'('library'('lists')))
            ?- q                     @@ '?-'('q')
            p(X)_probability         @@ '$algebra'('p'(X),'probability')
            (a ; b)_real             @@ '$algebra'(';'('a','b'),'real')
            =(A,true)_boolean        @@ '$algebra'('='(A,'true'),'boolean')
            [a]_set                  @@ '$algebra'('.'('a','[]'),'set')
            rain_probability         @@ 'rain_probability'
            X_1                      @@ X_1
            f(x) _p                  @@ ERROR
            d(avg<X>)                @@ 'd'('$aggregate'('avg',X))
            a = b = c                @@ ERROR
            f(a :- b)                @@ 'f'(':-'('a','b'))
            [a :- b, c]              @@ '.'(':-'('a','b'),'.'('c','[]'))
            f((a :- b) :- c)         @@ 'f'(':-'(':-'('a','b'),'c'))
            f(a :- b :- c)           @@ ERROR
            f(a,)                    @@ ERROR
            f(                       @@ ERROR
            X(a)                     @@ ERROR
            f (a)                    @@ ERROR
            [a|b|c]                  @@ ERROR
            [a|b,c]                  @@ ERROR
            a. b                     @@ ERROR
            )                        @@ ERROR
            """)
    void parsesOperatorsAndPriorities(String text, String expected) {
        if (expected.equals("ERROR")) {
            CircaException e = assertThrows(CircaException.class, () -> ProgramParser.parseTerm(text));
            assertEquals(DiagnosticCode.SYNTAX_ERROR, e.code());
        } else {
            assertEquals(expected, canon(text));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            42            | 42
            0x1F          | 31
            0xff          | 255
            0o17          | 15
            0b101         | 5
            0'a           | 97
            "0' "         | 32
            0'\\n         | 10
            0''           | 39
            0'''          | 39
            -0x10         | -16
            9223372036854775807 | 9223372036854775807
            """)
    void parsesIntegers(String text, long expected) {
        assertEquals(new IntTerm(expected), ProgramParser.parseTerm(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            1.5      | 1.5
            1.0e-3   | 0.001
            1e10     | 1e10
            2.5E+2   | 250
            -0.25    | -0.25
            """)
    void parsesFloats(String text, double expected) {
        assertEquals(new FloatTerm(expected), ProgramParser.parseTerm(text));
    }

    @Test
    void rejectsIntegerTooLarge() {
        CircaException e = assertThrows(CircaException.class, () -> ProgramParser.parseTerm("9223372036854775808"));
        assertTrue(e.diagnostics().getFirst().message().contains("too large"), e.getMessage());
    }

    @Test
    void decodesQuotedAtomEscapes() {
        assertSame(Atom.of("it's"), ProgramParser.parseTerm("'it''s'"));
        assertSame(Atom.of("a\nb\tc'd\\e"), ProgramParser.parseTerm("'a\\nb\\tc\\'d\\\\e'"));
        assertSame(Atom.of("A"), ProgramParser.parseTerm("'\\x41\\'"));
        assertSame(Atom.of("A"), ProgramParser.parseTerm("'\\101\\'"));
        assertSame(Atom.of("ab"), ProgramParser.parseTerm("'a\\\nb'"));
        assertSame(Atom.of("hello world"), ProgramParser.parseTerm("'hello world'"));
        assertSame(Atom.of(""), ProgramParser.parseTerm("''"));
        assertThrows(CircaException.class, () -> ProgramParser.parseTerm("'\\q'"));
    }

    @Test
    void quotedOperatorNamesAreAtomsNotOperators() {
        assertEquals("'f'('-')", canon("f('-')"));
        assertEquals("'-'(1,2)", canon("'-'(1, 2)"));
        assertThrows(CircaException.class, () -> ProgramParser.parseTerm("a '+' b"));
    }

    @Test
    void parsesSymbolAndSoloAtoms() {
        assertSame(Atom.of("=.."), ProgramParser.parseTerm("=.."));
        assertSame(Atom.of("+"), ProgramParser.parseTerm("+"));
        assertSame(Atom.of("#&$"), ProgramParser.parseTerm("#&$"));
        assertEquals("'f'('[]','{}','!',';')", canon("f([], {}, !, ;)"));
    }

    @Test
    void parsesStrings() {
        assertEquals(new StringTerm("abc"), ProgramParser.parseTerm("\"abc\""));
        assertEquals(new StringTerm("a\"b\nc"), ProgramParser.parseTerm("\"a\"\"b\\nc\""));
        assertEquals(new StringTerm(""), ProgramParser.parseTerm("\"\""));
    }

    @Test
    void sameNameIsSameVariableAndUnderscoreIsAlwaysFresh() {
        Term t = ProgramParser.parseTerm("f(X, Y, X, _, _, _A, _A)");
        assertSame(t.arg(0), t.arg(2));
        assertNotSame(t.arg(0), t.arg(1));
        assertNotSame(t.arg(3), t.arg(4));
        assertSame(t.arg(5), t.arg(6));
        assertInstanceOf(Var.class, t.arg(3));
        assertEquals("_", ((Var) t.arg(3)).varName());
    }

    @Test
    void ignoresComments() {
        assertEquals("'f'('a','b')", canon("f(a, % line comment\n /* block\n comment */ b)"));
    }

    @Test
    void parseTermAcceptsOneFinalEndToken() {
        assertEquals("'foo'", canon("foo."));
        assertEquals("'foo'", canon("foo. % done"));
    }

    @Test
    void parseTermReportsPositionAndWords() {
        CircaException e = assertThrows(CircaException.class, () -> ProgramParser.parseTerm("f(a,\n  b c)"));
        var d = e.diagnostics().getFirst();
        assertEquals(DiagnosticCode.SYNTAX_ERROR, d.code());
        assertEquals(2, d.span().line());
        assertEquals(5, d.span().column());
        assertEquals("syntax error: expected an operator, found 'c'", d.message());
    }
}
