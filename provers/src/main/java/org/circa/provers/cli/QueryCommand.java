package org.circa.provers.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.circa.language.CircaException;
import org.circa.language.Clause;
import org.circa.language.Diagnostic;
import org.circa.language.GroundProgram;
import org.circa.language.Program;
import org.circa.language.Source;
import org.circa.language.TermPrinter;
import org.circa.provers.Engine;
import org.circa.provers.Results;
import org.circa.provers.deeplog.FormulaQueries;
import org.circa.provers.pipeline.CompiledQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code circa query FILE}: prints the probability of every query of a program. Stateless. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Answer the queries of a program: one 'atom:<TAB>probability' line each, sorted.")
final class QueryCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "the program (.pl)")
    private Path file;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    private String format;

    @Option(names = "--dump", description = "print an intermediate form instead: ast, ground, cnf (weighted DIMACS), circuit or formula")
    private String dump;

    @Option(names = "--semiring", defaultValue = "probability",
            description = "the algebra of the answers (default: ${DEFAULT-VALUE})")
    private String semiring;

    @Option(names = "--timings", description = "print the time of each stage on standard error")
    private boolean timings;

    @picocli.CommandLine.Mixin
    private EngineOptions engineOptions;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!format.equals("text") && !format.equals("json")) {
            err.println("circa: --format must be text or json, not " + format);
            return CircaCli.USAGE_ERROR;
        }
        if (dump != null && !dump.matches("ast|ground|cnf|circuit|formula")) {
            err.println("circa: --dump must be ast, ground, cnf, circuit or formula, not " + dump);
            return CircaCli.USAGE_ERROR;
        }
        if (!semiring.equals("probability")) {
            err.println("circa: only --semiring probability answers queries so far; got " + semiring);
            return CircaCli.USAGE_ERROR;
        }
        Source source;
        try {
            source = Source.read(file);
        } catch (NoSuchFileException e) {
            err.println("circa: no such file: " + file);
            return CircaCli.ENVIRONMENT_ERROR;
        } catch (IOException e) {
            err.println("circa: cannot read " + file + ": " + e.getMessage());
            return CircaCli.ENVIRONMENT_ERROR;
        }
        ProgressPrinter progress = new ProgressPrinter(err);
        Engine engine = engineOptions.build(progress, err, 1);
        if (engine == null) {
            return engineOptions.failure;
        }
        try {
            if (dump != null) {
                dump(engine, source, out);
                return CircaCli.OK;
            }
            long parseStart = System.nanoTime();
            Program program = engine.parse(source);
            double parseSeconds = (System.nanoTime() - parseStart) / 1e9;
            FormulaQueries.Answers formulas = FormulaQueries.hasFormulas(program)
                    ? FormulaQueries.answer(program, engine) : null;
            if (formulas != null && formulas.hasErrors()) {
                formulas.errors().forEach(err::println);
                return CircaCli.PROGRAM_ERROR;
            }
            Results results = engine.query(program);
            progress.finish();
            out.print(format.equals("json") ? results.toJson() : results.toText());
            if (formulas != null) {
                formulas.lines().forEach(out::println);
            }
            if (timings) {
                Results.Timings t = results.timings();
                err.printf("parse %.3fs, ground %.3fs, compile %.3fs (%s), evaluate %.3fs%n",
                        parseSeconds, t.ground(), t.compile(), t.compileMethod(), t.evaluate());
            }
            return CircaCli.OK;
        } catch (CircaException e) {
            for (Diagnostic d : e.diagnostics()) {
                err.println(d.render(source));
            }
            return CircaCli.PROGRAM_ERROR;
        }
    }

    private void dump(Engine engine, Source source, PrintWriter out) {
        Program parsed = engine.parse(source);
        if (dump.equals("formula")) {
            FormulaQueries.dump(parsed).forEach(out::println);
            return;
        }
        Program program = FormulaQueries.withoutFormulas(parsed);
        if (dump.equals("ast")) {
            for (Clause c : program.clauses()) {
                out.println(c.span() + "\t" + TermPrinter.print(c.term()) + ".");
            }
            return;
        }
        GroundProgram ground = engine.ground(program);
        if (dump.equals("ground")) {
            GroundPrinter.print(ground, out);
            return;
        }
        if (dump.equals("cnf")) {
            org.circa.provers.pipeline.QueryEncoding.of(ground).writeDimacs(out);
            return;
        }
        CompiledQueries compiled = engine.compile(ground);
        out.println("% " + compiled.encodingSummary());
        CircuitPrinter.print(compiled.circuit(), out);
    }

    static boolean exists(Path p) {
        return Files.exists(p);
    }
}
