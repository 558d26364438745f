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
    COMPILATION_LIMIT("C300", "compilation limit reached: %s");

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
