package org.circa.provers.deeplog;

import org.circa.language.DiagnosticCode;
import org.circa.language.Source;
import org.circa.language.SourceSpan;

/**
 * One problem in a formula, with where it is: the span points at the offending token (the
 * operator, the annotation, the variable) inside its clause when it can be found. Immutable.
 */
public record FormulaDiagnostic(DiagnosticCode code, String message, SourceSpan span) {

    /** A diagnostic whose message is the code's template filled with the arguments. */
    public static FormulaDiagnostic of(DiagnosticCode code, SourceSpan span, Object... args) {
        return new FormulaDiagnostic(code, code.format(args), span);
    }

    /** {@code file:line:col: error C400: message}, then the source line and a caret when known. */
    public String render(Source source) {
        StringBuilder sb = new StringBuilder();
        if (span.line() > 0) {
            sb.append(span.file()).append(':').append(span.line()).append(':').append(span.column()).append(": ");
        }
        sb.append("error ").append(code.code()).append(": ").append(message);
        if (source != null && span.line() > 0 && span.file().equals(source.name())) {
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
