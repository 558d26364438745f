package org.circa.provers.deeplog;

import org.circa.language.Source;
import org.circa.language.SourceSpan;

/**
 * Where a formula was written (its source and clause span), so diagnostics can point at a token
 * inside it. Immutable.
 */
public record Locator(Source source, SourceSpan clause) {
    /** For formulas built in Java: no position. */
    public static final Locator NONE = new Locator(null, SourceSpan.NONE);

    /** The span of a token inside the clause (the clause's start when not found). */
    public SourceSpan at(String token) {
        return SpanFinder.find(source, clause, token);
    }
}
