package org.circa.provers.deeplog;

/** A formula asked in a program ({@code query(F).}) and where it was written. Immutable. */
public record FormulaQuery(Formula formula, Locator where) {
}
