/**
 * DeepLog formulas in Circa: annotated atoms {@code p(t)_R}, operators resolved against the
 * algebra of their operands, casts {@code (φ)_S} and aggregations {@code op(X; params): φ}, read
 * from the same parsed {@link org.circa.language.Program} as ProbLog clauses, type-checked with
 * diagnostics, lifted where an aggregation's body decomposes, and evaluated: fuzzy and other
 * direct algebras by walking the formula, Boolean formulas cast into a compiled algebra by
 * knowledge compilation and weighted model counting (see {@link org.circa.provers.deeplog.EvaluationRule}).
 */
package org.circa.provers.deeplog;
