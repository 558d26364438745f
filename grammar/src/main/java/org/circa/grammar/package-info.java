/**
 * The ANTLR 4 grammar of Circa's language ({@code Circa.g4}) and the builder that turns source
 * text into a {@link org.circa.language.Program} of clauses plus syntax diagnostics; the entry
 * point is {@link org.circa.grammar.ProgramParser}.
 */
package org.circa.grammar;
