package org.circa.language;

/** One problem found in a program, with where it is. Immutable. */
public record Diagnostic(DiagnosticCode code, String message, SourceSpan span) {

    /** A diagnostic whose message is the code's template filled with the arguments. */
    public static Diagnostic of(DiagnosticCode code, SourceSpan span, Object... args) {
        return new Diagnostic(code, code.format(args), span);
    }

    /** {@code file:line:col: error C200: message}, then the source line and a caret when known. */
    public String render(Source source) {
        StringBuilder sb = new StringBuilder();
        if (span != null && span.line() > 0) {
            sb.append(span.file()).append(':').append(span.line()).append(':').append(span.column()).append(": ");
        }
        sb.append("error ").append(code.code()).append(": ").append(message);
        if (source != null && span != null && span.line() > 0 && span.file().equals(source.name())) {
            String line = source.line(span.line());
            if (!line.isEmpty()) {
                sb.append('\n').append(line).append('\n');
                sb.append(" ".repeat(Math.max(0, span.column() - 1))).append('^');
            }
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return render(null);
    }
}
