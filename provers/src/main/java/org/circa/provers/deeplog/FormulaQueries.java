package org.circa.provers.deeplog;

import java.util.ArrayList;
import java.util.List;
import org.circa.language.Program;
import org.circa.language.Source;
import org.circa.provers.Engine;

/**
 * The entry point for {@code circa query}: splits a program into its ProbLog part and its
 * formula part, answers the formula queries as printable lines, and prints the parsed formulas
 * for {@code --dump formula}. Stateless.
 */
public final class FormulaQueries {
    /** The answer lines and the rendered diagnostics of a program's formula queries. Immutable. */
    public record Answers(List<String> lines, List<String> errors) {
        /** Copies the lists. */
        public Answers {
            lines = List.copyOf(lines);
            errors = List.copyOf(errors);
        }

        /** Whether some formula could not be read, checked or evaluated. */
        public boolean hasErrors() {
            return !errors.isEmpty();
        }
    }

    private FormulaQueries() {
    }

    /** Whether the program has formula queries or formula declarations. */
    public static boolean hasFormulas(Program program) {
        return program.clauses().stream().anyMatch(c -> Declarations.isFormulaClause(c.term()));
    }

    /** The program without its formula queries and declarations: what the ProbLog pipeline should ground. */
    public static Program withoutFormulas(Program program) {
        return new Program(program.source(), FormulaModel.programClauses(program));
    }

    /** Answers every formula query: {@code formula {X=a}:<TAB>value<TAB>algebra} lines, in query order. */
    public static Answers answer(Program program, Engine engine) {
        FormulaModel model = FormulaModel.load(program, Vocabulary.standard(), engine);
        Source source = program.source();
        List<String> errors = new ArrayList<>();
        model.diagnostics().forEach(d -> errors.add(d.render(source)));
        List<String> lines = new ArrayList<>();
        for (FormulaQuery q : model.queries()) {
            try {
                model.evaluate(q.formula()).forEach(a -> lines.add(a.line()));
            } catch (FormulaException e) {
                for (FormulaDiagnostic d : e.diagnostics()) {
                    FormulaDiagnostic located = d.span().line() > 0 ? d
                            : new FormulaDiagnostic(d.code(), d.message(), q.where().clause());
                    errors.add(located.render(source));
                }
            }
        }
        return new Answers(lines, errors);
    }

    /** For {@code --dump formula}: each formula query with its algebra, then its lifted form when lifting changed it. */
    public static List<String> dump(Program program) {
        FormulaModel model = FormulaModel.load(program);
        List<String> out = new ArrayList<>();
        for (FormulaQuery q : model.queries()) {
            out.add(q.where().clause() + "\t" + q.formula().print() + "\t% " + model.algebraOf(q.formula()));
            String lifted = model.lifted(q.formula()).print();
            if (!lifted.equals(q.formula().print())) {
                out.add("\t% lifted: " + lifted);
            }
        }
        model.diagnostics().forEach(d -> out.add("% " + d.render(program.source()).replace("\n", "\n% ")));
        return out;
    }
}
