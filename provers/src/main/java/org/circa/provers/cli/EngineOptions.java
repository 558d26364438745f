package org.circa.provers.cli;

import java.io.PrintWriter;
import java.time.Duration;
import org.circa.circuits.compile.ProgressListener;
import org.circa.provers.Engine;
import org.circa.provers.pipeline.CompiledQueries;
import picocli.CommandLine.Option;

/** The options that build the {@link Engine} of {@code circa query} and {@code circa lfi}: a picocli mixin. */
final class EngineOptions {
    @Option(names = "--backend", defaultValue = "cpu",
            description = "where circuits are evaluated: cpu, gpu or auto (a GPU when one runs here, else the CPU; default: ${DEFAULT-VALUE})")
    private String backend;

    @Option(names = "--compiler", defaultValue = "auto",
            description = "how circuits are compiled: auto (top-down, then a BDD, then top-down with another"
                    + " branching rule), top-down or bdd (default: ${DEFAULT-VALUE})")
    private String compiler;

    @Option(names = "--threads", description = "CPU threads a circuit pass may use (default: 1 for query,"
            + " every core for lfi, whose passes evaluate many examples at once)")
    private Integer threads;

    @Option(names = "--quiet", description = "no progress reports on standard error")
    boolean quiet;

    @Option(names = "--time-limit", defaultValue = "3600",
            description = "seconds each of grounding and compilation may take (default: ${DEFAULT-VALUE})")
    private long timeLimit;

    /**
     * The engine these options ask for ({@code defaultThreads} CPU threads unless {@code --threads}
     * says otherwise), reporting compilation progress to {@code progress}; null
     * after printing the reason to {@code err} when an option is wrong ({@link #failure} says the
     * exit code).
     */
    Engine build(ProgressListener progress, PrintWriter err, int defaultThreads) {
        failure = CircaCli.OK;
        int cpuThreads = threads == null ? defaultThreads : threads;
        if (cpuThreads < 1) {
            err.println("circa: --threads must be at least 1");
            failure = CircaCli.USAGE_ERROR;
            return null;
        }
        Engine.Builder builder = Engine.builder()
                .groundTimeLimit(Duration.ofSeconds(timeLimit))
                .compileTimeLimit(Duration.ofSeconds(timeLimit))
                .compileProgress(quiet ? ProgressListener.NONE : progress);
        try {
            builder.backend(backend, cpuThreads);
        } catch (org.circa.circuits.eval.BackendUnavailableException e) {
            err.println("circa: " + e.getMessage());
            failure = CircaCli.ENVIRONMENT_ERROR;
            return null;
        } catch (IllegalArgumentException e) {
            err.println("circa: --backend: " + e.getMessage());
            failure = CircaCli.USAGE_ERROR;
            return null;
        }
        switch (compiler) {
            case "auto" -> builder.compileRoute(CompiledQueries.Route.AUTO);
            case "top-down" -> builder.compileRoute(CompiledQueries.Route.TOP_DOWN);
            case "bdd" -> builder.compileRoute(CompiledQueries.Route.BDD);
            default -> {
                err.println("circa: --compiler: expected auto, top-down or bdd, got '" + compiler + "'");
                failure = CircaCli.USAGE_ERROR;
                return null;
            }
        }
        return builder.build();
    }

    /** The exit code of the last {@link #build} that returned null. */
    int failure;
}
