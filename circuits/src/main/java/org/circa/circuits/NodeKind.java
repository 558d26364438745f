package org.circa.circuits;

/** The kinds of circuit nodes. */
public enum NodeKind {
    /** The constant true (the algebra's one). */
    TRUE,
    /** The constant false (the algebra's zero). */
    FALSE,
    /** A literal: a variable or its negation, labelled by a leaf weight. */
    LITERAL,
    /** A conjunction (times). */
    AND,
    /** A disjunction (plus). */
    OR
}
