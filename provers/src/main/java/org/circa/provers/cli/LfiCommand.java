package org.circa.provers.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.circa.language.CircaException;
import org.circa.language.Diagnostic;
import org.circa.language.Program;
import org.circa.language.Source;
import org.circa.provers.Engine;
import org.circa.provers.learn.Examples;
import org.circa.provers.learn.LearnedProgram;
import org.circa.provers.learn.LearningOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code circa lfi MODEL EXAMPLES...}: learns the t(...) probabilities of a program and prints it. */
@Command(name = "lfi", mixinStandardHelpOptions = true,
        description = "Learn the t(...) probabilities of a program from examples (learning from interpretations)"
                + " and print the learned program.")
final class LfiCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "MODEL", description = "the program with t(...) probabilities (.pl)")
    private Path model;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "EXAMPLES",
            description = "evidence files: evidence(Atom[, true|false]) facts, examples separated by '---' lines")
    private List<Path> examples;

    @Option(names = {"-n", "--max-iterations"}, defaultValue = "10000",
            description = "at most this many EM steps (default: ${DEFAULT-VALUE})")
    private int maxIterations;

    @Option(names = {"-d", "--min-improvement"}, defaultValue = "1e-10",
            description = "stop once the log-likelihood improves by no more than this (default: ${DEFAULT-VALUE})")
    private double minImprovement;

    @Option(names = "--seed", defaultValue = "0", description = "seed of the random starting values of t(_) (default: ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--normalize", description = "rescale the learnable heads of each annotated disjunction after every"
            + " step so that they and its fixed heads sum to 1 (ProbLog's --normalize)")
    private boolean normalize;

    @Option(names = "--format", defaultValue = "text",
            description = "text (the learned program) or json (steps, log-likelihood, examples left out, learned values"
                    + " and the program; default: ${DEFAULT-VALUE})")
    private String format;

    @Option(names = {"-O", "--output-model"}, description = "also write the learned program to this file")
    private Path outputModel;

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
        if (maxIterations < 0) {
            err.println("circa: --max-iterations must be at least 0");
            return CircaCli.USAGE_ERROR;
        }
        Source source;
        List<Examples.Example> read;
        try {
            source = Source.read(model);
            read = Examples.read(examples);
        } catch (NoSuchFileException e) {
            err.println("circa: no such file: " + e.getFile());
            return CircaCli.ENVIRONMENT_ERROR;
        } catch (IOException e) {
            err.println("circa: cannot read: " + e.getMessage());
            return CircaCli.ENVIRONMENT_ERROR;
        } catch (CircaException e) {
            e.diagnostics().forEach(d -> err.println(d));
            return CircaCli.PROGRAM_ERROR;
        }
        ProgressPrinter compileProgress = new ProgressPrinter(err);
        Engine engine = engineOptions.build(compileProgress, err, Runtime.getRuntime().availableProcessors());
        if (engine == null) {
            return engineOptions.failure;
        }
        boolean quiet = engineOptions.quiet;
        LearningOptions options = LearningOptions.defaults().withMaxIterations(maxIterations)
                .withMinImprovement(minImprovement).withSeed(seed).withNormalize(normalize)
                .withProgress(quiet ? LearningOptions.SILENT : new StepPrinter(err));
        try {
            Program program = engine.parse(source);
            LearnedProgram learned = engine.learn(program, read, options);
            compileProgress.finish();
            out.print(format.equals("json") ? learned.toJson() : learned.text());
            out.flush();
            if (outputModel != null) {
                Files.writeString(outputModel, learned.text());
            }
            if (!quiet) {
                err.printf("learned %d values from %d examples in %d EM steps; log-likelihood %.6g%n",
                        learned.weights().size(), read.size(), learned.iterations(), learned.logLikelihood());
            }
            return CircaCli.OK;
        } catch (CircaException e) {
            for (Diagnostic d : e.diagnostics()) {
                err.println(d.render(source));
            }
            return CircaCli.PROGRAM_ERROR;
        } catch (IOException e) {
            err.println("circa: cannot write " + outputModel + ": " + e.getMessage());
            return CircaCli.ENVIRONMENT_ERROR;
        }
    }

    /** Prints the EM step and log-likelihood at most every two seconds. */
    private static final class StepPrinter implements LearningOptions.Progress {
        private final PrintWriter err;
        private final long start = System.nanoTime();
        private long last = System.nanoTime();

        StepPrinter(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void compiled(int examples, int distinct) {
            if (System.nanoTime() - start > 2_000_000_000L) {
                err.printf("compiled %d distinct examples of %d%n", distinct, examples);
                err.flush();
            }
        }

        @Override
        public void skipped(String origin) {
            err.println("circa: warning: left out " + origin + ": its evidence is impossible in the program");
            err.flush();
        }

        @Override
        public void step(int iteration, double logLikelihood) {
            long now = System.nanoTime();
            if (now - last > 2_000_000_000L) {
                err.printf("EM step %d: log-likelihood %.9g%n", iteration, logLikelihood);
                err.flush();
                last = now;
            }
        }
    }
}
