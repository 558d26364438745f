package org.circa.provers.cli;

import java.io.PrintWriter;
import org.circa.circuits.eval.BackendFailureException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code circa} command line: subcommands query, lfi, compile and bench. Stateless. */
@Command(name = "circa", mixinStandardHelpOptions = true, version = "circa 0.1.0",
        description = "Neurosymbolic reasoning: probabilistic logic programs compiled to algebraic circuits.",
        subcommands = {QueryCommand.class, LfiCommand.class, CompileCommand.class, BenchCommand.class})
public final class CircaCli implements Runnable {
    /** Exit code: success. */
    public static final int OK = 0;
    /** Exit code: an error in the program (syntax, grounding, evidence). */
    public static final int PROGRAM_ERROR = 1;
    /** Exit code: wrong command-line usage. */
    public static final int USAGE_ERROR = 2;
    /** Exit code: something missing in the environment (file, GPU, library). */
    public static final int ENVIRONMENT_ERROR = 3;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: query, lfi, compile or bench");
    }

    /** Runs the command line and returns the exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new CircaCli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("circa: " + ex.getMessage());
            err.println("Try 'circa --help'.");
            err.flush();
            return USAGE_ERROR;
        });
        cl.setExecutionExceptionHandler((ex, line, parsed) -> failure(ex, err));
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * The exit code of a command that threw {@code ex}: a backend failure (a CUDA error, say) is
     * told in one line, exit code {@link #ENVIRONMENT_ERROR}; anything else is a bug and goes on
     * to picocli, which prints its stack trace.
     */
    static int failure(Exception ex, PrintWriter err) throws Exception {
        if (ex instanceof BackendFailureException) {
            err.println("circa: the evaluator backend failed: " + ex.getMessage());
            err.flush();
            return ENVIRONMENT_ERROR;
        }
        throw ex;
    }

    /** The command-line entry point. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(execute(args, out, err));
    }
}
