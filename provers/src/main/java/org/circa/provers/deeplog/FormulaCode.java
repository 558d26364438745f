package org.circa.provers.deeplog;

/**
 * Diagnostic codes of formulas (C4xx), kept here until they move into
 * {@link org.circa.language.DiagnosticCode}; each has a stable code and a message template. Immutable.
 */
public enum FormulaCode {
    /** An operator that the algebra of its operands does not define. */
    UNKNOWN_OPERATOR("C400", "operator '%s' is unknown to algebra %s (it knows: %s)"),
    /** A cast between two algebras with no registered path. */
    NO_CAST_PATH("C401", "no registered cast from %s to %s"),
    /** An aggregation variable (or a free variable) without a domain to range over. */
    UNBOUND_VARIABLE("C402", "variable %s has no domain: declare variable('%s', Domain), "
            + "write %s:Domain, or declare domain(%s, ...)"),
    /** Operands of one operator read in different algebras. */
    MIXED_ALGEBRAS("C403", "operands of '%s' are in different algebras: %s"),
    /** An annotation naming no algebra. */
    UNKNOWN_ALGEBRA("C404", "unknown algebra '%s'; known: %s"),
    /** An aggregator that is unknown or does not apply to its body's algebra. */
    BAD_AGGREGATOR("C405", "aggregator '%s': %s"),
    /** An atom without a label in its algebra, or a random variable without a distribution. */
    MISSING_LABEL("C406", "%s"),
    /** A term that is not a formula (for example an atom without an algebra annotation). */
    NOT_A_FORMULA("C407", "not a formula: %s"),
    /** A declaration (domain, variable, label) that cannot be read. */
    BAD_DECLARATION("C408", "invalid declaration: %s");

    private final String code;
    private final String template;

    FormulaCode(String code, String template) {
        this.code = code;
        this.template = template;
    }

    /** The stable code, for example {@code C400}. */
    public String code() {
        return code;
    }

    /** The message for the given arguments. */
    public String format(Object... args) {
        return String.format(template, args);
    }
}
