package org.circa.neural;

/**
 * How the program turns network outputs into a value of a query: probabilistic (weighted model
 * counting on the compiled d-DNNF circuit) or one of the fuzzy logics (the ground rules
 * evaluated directly with a t-norm for conjunction, its dual t-conorm for disjunction and
 * {@code 1 − x} for negation). Immutable.
 */
public enum Semantics {
    /** Distribution semantics: P(query | evidence) by weighted model counting. */
    PROBABILISTIC,
    /** Gödel logic: min and max. */
    GODEL,
    /** Product logic: product and probabilistic sum. */
    PRODUCT,
    /** Łukasiewicz logic: max(0, a + b − 1) and min(1, a + b). */
    LUKASIEWICZ;

    /** The semantics named {@code name} (case-insensitive; also "probability", "goedel"). */
    public static Semantics byName(String name) {
        return switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "probabilistic", "probability", "prob" -> PROBABILISTIC;
            case "godel", "goedel", "gödel" -> GODEL;
            case "product" -> PRODUCT;
            case "lukasiewicz", "łukasiewicz" -> LUKASIEWICZ;
            default -> throw new IllegalArgumentException("unknown semantics '" + name
                    + "'; known: probabilistic, godel, product, lukasiewicz");
        };
    }
}
