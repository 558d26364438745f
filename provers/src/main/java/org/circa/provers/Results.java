package org.circa.provers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.circa.language.TermPrinter;
import org.circa.provers.pipeline.QueryResult;

/** The answers to a program's queries, sorted by atom text, with the time each stage took. Immutable. */
public record Results(List<QueryResult> answers, Timings timings) {

    /** Seconds spent per stage, and how the circuit was compiled (see {@code CompiledQueries.method}). */
    public record Timings(double parse, double ground, double compile, double evaluate, String compileMethod) {
    }

    /** Results sorted by the printed atom. */
    public Results {
        List<QueryResult> sorted = new ArrayList<>(answers);
        sorted.sort(Comparator.comparing(r -> TermPrinter.print(r.atom())));
        answers = List.copyOf(sorted);
    }

    /** The value of the query atom with this printed text, if it was asked. */
    public java.util.OptionalDouble valueOf(String atomText) {
        for (QueryResult r : answers) {
            if (TermPrinter.print(r.atom()).equals(atomText)) {
                return java.util.OptionalDouble.of(r.value());
            }
        }
        return java.util.OptionalDouble.empty();
    }

    /** ProbLog's text format: one {@code atom:<TAB>value} line per query. */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        for (QueryResult r : answers) {
            sb.append(TermPrinter.print(r.atom())).append(":\t").append(formatValue(r.value())).append('\n');
        }
        return sb.toString();
    }

    /** A JSON object mapping each atom to its value. */
    public String toJson() {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < answers.size(); i++) {
            QueryResult r = answers.get(i);
            sb.append(i == 0 ? "\n  " : ",\n  ").append('"')
                    .append(TermPrinter.print(r.atom()).replace("\\", "\\\\").replace("\"", "\\\""))
                    .append("\": ").append(r.value());
        }
        return sb.append(answers.isEmpty() ? "}" : "\n}").append('\n').toString();
    }

    /** A probability with up to 10 significant digits and no trailing zeros. */
    public static String formatValue(double v) {
        if (v == 0) {
            return "0";
        }
        if (v == 1) {
            return "1";
        }
        String s = new java.math.BigDecimal(v).round(new java.math.MathContext(10)).stripTrailingZeros().toPlainString();
        return s;
    }
}
