package org.circa.provers.deeplog;

import org.circa.language.Source;
import org.circa.language.SourceSpan;

/**
 * Points a diagnostic at a token inside a clause: the parsed terms carry a span per clause only,
 * so the token's first occurrence as a whole word at or after the clause start is used (the
 * clause's own start when it is not found). Stateless.
 */
final class SpanFinder {
    private SpanFinder() {
    }

    /** The span of {@code token} inside the clause starting at {@code clause}, or {@code clause} itself. */
    static SourceSpan find(Source source, SourceSpan clause, String token) {
        if (source == null || clause.line() <= 0 || token.isEmpty()) {
            return clause;
        }
        String[] lines = source.text().split("\n", -1);
        for (int line = clause.line(); line <= Math.min(lines.length, Math.max(clause.endLine(), clause.line())); line++) {
            String text = lines[line - 1];
            int from = line == clause.line() ? Math.max(0, clause.column() - 1) : 0;
            int at = wordIndex(text, token, from);
            if (at >= 0) {
                return new SourceSpan(clause.file(), line, at + 1, line, at + token.length());
            }
        }
        return clause;
    }

    private static int wordIndex(String text, String token, int from) {
        int at = text.indexOf(token, from);
        while (at >= 0) {
            boolean wordToken = Character.isLetterOrDigit(token.charAt(0)) || token.charAt(0) == '_';
            boolean startOk = !wordToken || at == 0 || !isWord(text.charAt(at - 1)) || token.charAt(0) == '_';
            int end = at + token.length();
            boolean endOk = !wordToken || end >= text.length() || !isWord(text.charAt(end));
            if (startOk && endOk) {
                return at;
            }
            at = text.indexOf(token, at + 1);
        }
        return -1;
    }

    private static boolean isWord(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
