package org.circa.language;

/**
 * The catalogue of diagnostics: each has a stable code and a message template. ProbLog's error
 * kinds keep their names inside the message, so users of ProbLog recognise them.
 */
public enum DiagnosticCode {
    SYNTAX_ERROR("C100", "syntax error: %s"),
    INVALID_CLAUSE("C101", "invalid clause: %s"),
    INVALID_PROBABILITY("C102", "invalid probability: %s"),
    UNKNOWN_CLAUSE("C200", "UnknownClause: no clauses for %s"),
    NEGATIVE_CYCLE("C201", "NegativeCycle: negation in a cycle through %s"),
    NON_GROUND_PROBABILISTIC_CLAUSE("C202", "NonGroundProbabilisticClause: %s"),
    NON_GROUND_QUERY("C203", "NonGroundQuery: query %s is not ground"),
    INCONSISTENT_EVIDENCE("C204", "InconsistentEvidenceError: the evidence has probability 0"),
    CALL_MODE_ERROR("C205", "CallModeError: %s"),
    INDIRECT_CALL_CYCLE("C206", "IndirectCallCycleError: %s"),
    ARITHMETIC_ERROR("C207", "ArithmeticError: %s"),
    TYPE_ERROR("C208", "TypeError: %s"),
    CONSULT_ERROR("C209", "ConsultError: %s"),
    UNSUPPORTED("C210", "unsupported: %s"),
    GROUNDING_LIMIT("C211", "grounding limit reached: %s"),
    COMPILATION_LIMIT("C300", "compilation limit reached: %s"),
    /** Formulas: an operator that the algebra of its operands does not define. */
    UNKNOWN_OPERATOR("C400", "operator '%s' is unknown to algebra %s (it knows: %s)"),
    /** Formulas: a cast between two algebras with no registered path. */
    NO_CAST_PATH("C401", "no registered cast from %s to %s"),
    /** Formulas: an aggregation variable (or a free variable) without a domain to range over. */
    UNBOUND_VARIABLE("C402", "variable %s has no domain: declare variable('%s', Domain), "
            + "write %s:Domain, or declare domain(%s, ...)"),
    /** Formulas: operands of one operator read in different algebras. */
    MIXED_ALGEBRAS("C403", "operands of '%s' are in different algebras: %s"),
    /** Formulas: an annotation naming no algebra. */
    UNKNOWN_ALGEBRA("C404", "unknown algebra '%s'; known: %s"),
    /** Formulas: an aggregator that is unknown or does not apply to its body's algebra. */
    BAD_AGGREGATOR("C405", "aggregator '%s': %s"),
    /** Formulas: an atom without a label in its algebra, or a random variable without a distribution. */
    MISSING_LABEL("C406", "%s"),
    /** Formulas: a term that is not a formula (for example an atom without an algebra annotation). */
    NOT_A_FORMULA("C407", "not a formula: %s"),
    /** Formulas: a declaration (domain, variable, label) that cannot be read. */
    BAD_DECLARATION("C408", "invalid declaration: %s");

    private final String code;
    private final String template;

    DiagnosticCode(String code, String template) {
        this.code = code;
        this.template = template;
    }

    /** The stable code, for example {@code C200}. */
    public String code() {
        return code;
    }

    /** The message for the given arguments. */
    public String format(Object... args) {
        return String.format(template, args);
    }
}
