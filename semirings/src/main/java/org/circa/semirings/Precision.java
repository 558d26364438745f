package org.circa.semirings;

/** The floating-point type that an evaluator stores an algebra's values in. Immutable. */
public enum Precision {
    /** IEEE double precision (the default; probabilities of large circuits need it or the log algebra). */
    FLOAT64,
    /** IEEE single precision: half the memory and twice the vector lanes, underflows near 1e-38. */
    FLOAT32
}
