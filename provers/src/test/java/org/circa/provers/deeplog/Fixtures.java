package org.circa.provers.deeplog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.circa.grammar.ProgramParser;
import org.circa.language.Source;

/** Helpers shared by the formula tests. */
final class Fixtures {
    private Fixtures() {
    }

    /** A model read from program text. */
    static FormulaModel model(String program) {
        return FormulaModel.load(ProgramParser.parse(Source.of("test.pl", program)).program());
    }

    /** The values of every formula query of a program, in order (bindings in domain order), after checking there are no diagnostics. */
    static double[] values(String program) {
        FormulaModel m = model(program);
        assertEquals(List.of(), m.diagnostics(), "diagnostics");
        return m.queries().stream().flatMap(q -> m.evaluate(q.formula()).stream()).mapToDouble(FormulaAnswer::value)
                .toArray();
    }

    /** The value of the single formula query of a program. */
    static double value(String program) {
        double[] v = values(program);
        assertEquals(1, v.length, "answers");
        return v[0];
    }
}
