/*
 * Grammar of Circa's language: Prolog terms as ProbLog 2 writes them, plus DeepLog-style
 * algebraic annotations.
 *
 * The grammar fixes tokens and bracket structure only. Inside a bracket level a term is a flat
 * sequence of operands, names and the separators ',' and '|'; OperatorResolver (Java) turns that
 * sequence into a tree using the priorities and types of org.circa.language.Operators, which stays
 * the single source of truth for operators.
 *
 * Clauses are split at END tokens before parsing, so each clause is parsed on its own
 * (rule 'clause') and an error in one clause never hides the next.
 */
grammar Circa;

// No @header package: antlr4-maven-plugin derives 'package org.circa.grammar;' from this folder,
// and a second package line in @header would not compile.

@lexer::members {
    /** After an error, skips only the first character of the failed token (not up to where it failed). */
    @Override
    public void recover(LexerNoViableAltException e) {
        _input.seek(_tokenStartCharIndex);
        getInterpreter().setLine(_tokenStartLine);
        getInterpreter().setCharPositionInLine(_tokenStartCharPositionInLine);
        if (_input.LA(1) != EOF) {
            getInterpreter().consume(_input);
        }
    }

    /** Whether the character just after the current position ends a clause: layout, '%' or EOF. */
    private boolean atClauseEnd() {
        int c = _input.LA(1);
        return c == EOF || c == '%' || Character.isWhitespace(c);
    }

    /** The character just before the current token, or -1 at the start of the input. */
    private int charBeforeToken() {
        int i = _tokenStartCharIndex;
        return i <= 0 ? -1 : _input.getText(org.antlr.v4.runtime.misc.Interval.of(i - 1, i - 1)).codePointAt(0);
    }

    /** Whether a '(' at the current token start directly follows a name, making it functional notation. */
    private boolean followsName() {
        int c = charBeforeToken();
        return c >= 0 && (Character.isLetterOrDigit(c) || c == '_' || c == '\'' || c == '!' || c == ';'
                || "+-*/\\^<>=~:.?@#&$".indexOf(c) >= 0);
    }

    /** Whether the current token directly follows a closing ')' or ']' (an annotation suffix). */
    private boolean followsClose() {
        int c = charBeforeToken();
        return c == ')' || c == ']';
    }
}

// ---------------------------------------------------------------- parser

/** One clause or directive, terminated by the end token. */
clause      : term END EOF ;

/** One term on its own (ProgramParser.parseTerm); a final end token is allowed. */
singleTerm  : term END? EOF ;

/** A flat operator/operand sequence; priorities are resolved in Java. */
term        : item+ ;

item        : primary ANNOTATION?                 # operandItem
            | name                                # nameItem
            | COMMA                               # commaItem
            | BAR                                 # barItem
            ;

primary     : name OPEN_CT term CLOSE             # compound
            | OPEN term CLOSE                     # parenthesized
            | LBRACK RBRACK                       # emptyList
            | LBRACK term RBRACK                  # list
            | LBRACE RBRACE                       # emptyCurly
            | LBRACE term RBRACE                  # curly
            | VAR                                 # variable
            | INT                                 # integer
            | FLOAT                               # float
            | CHAR_CODE                           # charCode
            | STRING                              # string
            ;

name        : ATOM | QUOTED | SYMBOL | CUT | SEMI ;

// ---------------------------------------------------------------- lexer

/** '.' followed by layout, '%' or the end of the input. */
END         : '.' {atClauseEnd()}? ;

/** An annotation suffix such as '_probability' right after ')' or ']'. */
ANNOTATION  : '_' [a-z] [a-zA-Z0-9_]* {followsClose()}? ;

FLOAT       : DIGITS '.' DIGITS EXPONENT?
            | DIGITS EXPONENT
            ;

INT         : DIGITS
            | '0x' [0-9a-fA-F]+
            | '0o' [0-7]+
            | '0b' [01]+
            ;

CHAR_CODE   : '0\'' ( ESCAPE | '\'\'' | '\'' | ~['\\\r\n] ) ;

VAR         : [A-Z_] [a-zA-Z0-9_]* ;

ATOM        : [a-z] [a-zA-Z0-9_]* ;

QUOTED      : '\'' ( ESCAPE | '\'\'' | ~['\\\r\n] )* '\'' ;

STRING      : '"' ( ESCAPE | '""' | ~["\\\r\n] )* '"' ;

OPEN_CT     : '(' {followsName()}? ;
OPEN        : '(' ;
CLOSE       : ')' ;
LBRACK      : '[' ;
RBRACK      : ']' ;
LBRACE      : '{' ;
RBRACE      : '}' ;
COMMA       : ',' ;
BAR         : '|' ;
CUT         : '!' ;
SEMI        : ';' ;

BLOCK_COMMENT : '/*' .*? ( '*/' | EOF ) -> channel(HIDDEN) ;

SYMBOL      : [+\-*/\\^<>=~:.?@#&$]+ ;

LINE_COMMENT  : '%' ~[\r\n]* -> channel(HIDDEN) ;

LAYOUT      : [ \t\r\n\f\u000B]+ -> channel(HIDDEN) ;

fragment DIGITS   : [0-9]+ ;
fragment EXPONENT : [eE] [+\-]? DIGITS ;
fragment ESCAPE   : '\\' ( 'x' [0-9a-fA-F]+ '\\' | [0-7]+ '\\' | '\r'? '\n' | ~[x0-7\r\n] ) ;
