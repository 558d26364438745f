package org.circa.provers.deeplog;

import org.circa.language.DiagnosticCode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.circa.circuits.compile.CompileOptions;
import org.circa.language.Term;

/** What evaluation reads: names, domains, labels, distributions and the program's atoms. Not thread-safe (caches). */
final class ModelParts {
    final Vocabulary vocabulary;
    final Domains domains;
    final Labels labels;
    final Distributions distributions;
    final ProgramAtoms program;
    final CompileOptions compileOptions;
    private final Map<AggregationVariable, List<Term>> values = new HashMap<>();

    ModelParts(Vocabulary vocabulary, Domains domains, Labels labels, Distributions distributions, ProgramAtoms program,
            CompileOptions compileOptions) {
        this.vocabulary = vocabulary;
        this.domains = domains;
        this.labels = labels;
        this.distributions = distributions;
        this.program = program;
        this.compileOptions = compileOptions;
    }

    /** The values of an aggregation variable's domain (checked beforehand by {@link Typing#check}). */
    List<Term> domainOf(AggregationVariable v) {
        return values.computeIfAbsent(v, k -> {
            Term spec = domains.specOf(k).orElseThrow(() -> new FormulaException(FormulaDiagnostic.of(
                    DiagnosticCode.UNBOUND_VARIABLE, org.circa.language.SourceSpan.NONE, k.name(), k.name(), k.name(),
                    k.name().toLowerCase())));
            return domains.values(spec, vocabulary);
        });
    }

    /** P(X = v) over the domain of an expectation's variable. */
    double[] distribution(AggregationVariable v, List<Term> parameters) {
        try {
            return distributions.of(v.name(), domainOf(v), parameters, labels);
        } catch (IllegalArgumentException e) {
            throw new FormulaException(FormulaDiagnostic.of(DiagnosticCode.MISSING_LABEL,
                    org.circa.language.SourceSpan.NONE, e.getMessage()));
        }
    }
}
