package org.circa.grammar;

import java.math.BigInteger;
import org.antlr.v4.runtime.Token;

/** Decodes the text of literal tokens: quoted names, strings, numbers, character codes. Stateless. */
final class Literals {
    private static final BigInteger MAX_LONG = BigInteger.valueOf(Long.MAX_VALUE);

    private Literals() {
    }

    /** The value of an integer token: decimal, {@code 0x}, {@code 0o} or {@code 0b}. */
    static long integer(Token token) {
        String text = token.getText();
        BigInteger value;
        if (text.length() > 2 && text.charAt(0) == '0' && "xob".indexOf(text.charAt(1)) >= 0) {
            int radix = switch (text.charAt(1)) {
                case 'x' -> 16;
                case 'o' -> 8;
                default -> 2;
            };
            value = new BigInteger(text.substring(2), radix);
        } else {
            value = new BigInteger(text);
        }
        if (value.compareTo(MAX_LONG) > 0) {
            throw new SyntaxError(token, "integer " + text + " is too large (the maximum is " + Long.MAX_VALUE + ")");
        }
        return value.longValue();
    }

    /** The value of a float token. */
    static double floating(Token token) {
        double d = Double.parseDouble(token.getText());
        if (Double.isInfinite(d)) {
            throw new SyntaxError(token, "float " + token.getText() + " is too large");
        }
        return d;
    }

    /** The code of a {@code 0'c} token. */
    static long charCode(Token token) {
        String body = token.getText().substring(2);
        if (body.equals("''")) {
            return '\'';
        }
        String decoded = unescape(token, body, '\'');
        return decoded.codePointAt(0);
    }

    /** The text between the quotes of a quoted name or string token, with escapes decoded. */
    static String quoted(Token token) {
        String text = token.getText();
        char quote = text.charAt(0);
        return unescape(token, text.substring(1, text.length() - 1), quote);
    }

    private static String unescape(Token token, String body, char quote) {
        StringBuilder sb = new StringBuilder(body.length());
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == quote && i + 1 < body.length() && body.charAt(i + 1) == quote) {
                sb.append(quote);
                i += 2;
            } else if (c == '\\') {
                i = escape(token, body, i + 1, sb);
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    /** Decodes the escape starting after the backslash at {@code i}; returns the index after it. */
    private static int escape(Token token, String body, int i, StringBuilder sb) {
        char e = body.charAt(i);
        switch (e) {
            case 'n' -> sb.append('\n');
            case 't' -> sb.append('\t');
            case 'r' -> sb.append('\r');
            case 'a' -> sb.append('\u0007');
            case 'b' -> sb.append('\b');
            case 'f' -> sb.append('\f');
            case 'v' -> sb.append('\u000B');
            case 'e' -> sb.append('\u001B');
            case 's' -> sb.append(' ');
            case '\\', '\'', '"', '`' -> sb.append(e);
            case '\n' -> sb.append("");
            case '\r' -> {
                return i + 1 < body.length() && body.charAt(i + 1) == '\n' ? i + 2 : i + 1;
            }
            case 'x' -> {
                int end = body.indexOf('\\', i);
                sb.appendCodePoint(codePoint(token, body.substring(i + 1, end), 16));
                return end + 1;
            }
            default -> {
                if (e >= '0' && e <= '7') {
                    int end = body.indexOf('\\', i);
                    sb.appendCodePoint(codePoint(token, body.substring(i, end), 8));
                    return end + 1;
                }
                throw new SyntaxError(token, "unknown escape sequence '\\" + e + "' in " + token.getText());
            }
        }
        return i + 1;
    }

    private static int codePoint(Token token, String digits, int radix) {
        try {
            int cp = Integer.parseInt(digits, radix);
            if (Character.isValidCodePoint(cp)) {
                return cp;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new SyntaxError(token, "invalid character code '" + digits + "' in " + token.getText());
    }
}
