package org.circa.grammar;

import java.util.LinkedHashSet;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/** Plain-words descriptions of tokens and token sets for syntax error messages. Stateless. */
final class Describe {
    private static final String SYMBOL_CHARS = "+-*/\\^<>=~:.?@#&$";

    private Describe() {
    }

    /** How a found token reads in a message, for example {@code ')'} or {@code end of input}. */
    static String token(Token token) {
        return switch (token.getType()) {
            case Token.EOF -> "end of input";
            case CircaLexer.END -> "'.' (end of clause)";
            default -> "'" + token.getText() + "'";
        };
    }

    /** How a set of expected tokens reads, for example {@code a term or ')'}. */
    static String expected(IntervalSet set) {
        Set<String> words = new LinkedHashSet<>();
        for (int type : set.toArray()) {
            words.add(switch (type) {
                case CircaLexer.ATOM, CircaLexer.QUOTED, CircaLexer.SYMBOL, CircaLexer.CUT, CircaLexer.SEMI,
                     CircaLexer.VAR, CircaLexer.INT, CircaLexer.FLOAT, CircaLexer.CHAR_CODE, CircaLexer.STRING,
                     CircaLexer.OPEN, CircaLexer.OPEN_CT, CircaLexer.LBRACK, CircaLexer.LBRACE -> "a term";
                case CircaLexer.END -> "'.' ending the clause";
                case CircaLexer.CLOSE -> "')'";
                case CircaLexer.RBRACK -> "']'";
                case CircaLexer.RBRACE -> "'}'";
                case CircaLexer.COMMA -> "','";
                case CircaLexer.BAR -> "'|'";
                case Token.EOF -> "end of input";
                default -> "";
            });
        }
        words.remove("");
        if (words.contains("a term")) {
            words.remove("','");
            words.remove("'|'");
        }
        if (words.isEmpty()) {
            return "something else";
        }
        String[] list = words.toArray(String[]::new);
        if (list.length == 1) {
            return list[0];
        }
        return String.join(", ", java.util.Arrays.copyOf(list, list.length - 1)) + " or " + list[list.length - 1];
    }

    /** Whether the text is made of symbol characters only. */
    static boolean isSymbolChars(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (SYMBOL_CHARS.indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return !s.isEmpty();
    }
}
