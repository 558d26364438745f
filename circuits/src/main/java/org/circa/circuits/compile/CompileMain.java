package org.circa.circuits.compile;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import org.circa.circuits.Circuit;
import org.circa.circuits.CircuitBuilder;

/**
 * The body of {@code circa compile FILE.cnf [--out F.nnf] [--time-limit S] [--node-limit N] [--threads T]}:
 * compiles a DIMACS CNF and prints the model count, the weighted count when the file has
 * weights, the circuit's nodes and edges and the seconds taken. Stateless.
 */
public final class CompileMain {
    /** Exit status: success. */
    public static final int OK = 0;
    /** Exit status: unreadable input or a budget exceeded. */
    public static final int FAILED = 1;
    /** Exit status: bad command line. */
    public static final int USAGE = 2;

    private static final String USAGE_TEXT = "usage: circa compile FILE.cnf [--out FILE.nnf]"
            + " [--time-limit SECONDS] [--node-limit NODES] [--threads T] [--quiet]";

    private CompileMain() {
    }

    /** Command-line entry for running without the {@code circa} launcher. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command; returns the exit status (0 ok, 1 bad input or limit, 2 usage). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Path input = null;
        Path output = null;
        CompileOptions options = CompileOptions.defaults().withThreads(Runtime.getRuntime().availableProcessors());
        boolean quiet = false;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--out" -> output = Path.of(value(args, ++i));
                    case "--time-limit" -> options = options.withTimeBudget(
                            Duration.ofMillis((long) (1000 * Double.parseDouble(value(args, ++i)))));
                    case "--node-limit" -> options = options.withNodeBudget(Long.parseLong(value(args, ++i)));
                    case "--threads" -> options = options.withThreads(Integer.parseInt(value(args, ++i)));
                    case "--quiet" -> quiet = true;
                    case "-h", "--help" -> {
                        out.println(USAGE_TEXT);
                        return OK;
                    }
                    default -> {
                        if (args[i].startsWith("-") || input != null) {
                            throw new IllegalArgumentException("unexpected argument '" + args[i] + "'");
                        }
                        input = Path.of(args[i]);
                    }
                }
            }
            if (input == null) {
                throw new IllegalArgumentException("missing FILE.cnf");
            }
        } catch (IllegalArgumentException e) {
            err.println("circa compile: " + e.getMessage());
            err.println(USAGE_TEXT);
            return USAGE;
        }
        if (!quiet) {
            options = options.withProgress(p -> {
                if (p.elapsed().toSeconds() >= 2) {
                    err.println("c progress " + p.summary());
                }
            });
        }
        return compile(input, output, options, out, err);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    private static int compile(Path input, Path output, CompileOptions options, PrintStream out,
            PrintStream err) {
        try {
            WeightedCnf problem = Dimacs.readWeighted(input);
            Cnf cnf = problem.cnf();
            long start = System.nanoTime();
            CircuitBuilder builder = new CircuitBuilder();
            int root = new DnnfCompiler(options).compile(cnf, builder);
            double seconds = (System.nanoTime() - start) / 1e9;
            Circuit circuit = builder.build(root);
            BigInteger count = ModelCounter.count(circuit, root, cnf.numVars());
            out.println("vars\t" + cnf.numVars());
            out.println("clauses\t" + cnf.clauseCount());
            out.println("count\t" + count);
            problem.weights().ifPresent(w -> out.println("weighted\t"
                    + ModelCounter.weightedCount(circuit, root, w.pos(), w.neg())));
            CircuitSize size = CircuitSize.of(circuit, root);
            out.println("nodes\t" + size.nodes());
            out.println("edges\t" + size.edges());
            out.println(String.format("seconds\t%.3f", seconds));
            if (output != null) {
                try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                    Dimacs.writeNnf(circuit, root, w);
                }
                out.println("written\t" + output);
            }
            return OK;
        } catch (NoSuchFileException e) {
            err.println("circa compile: no such file " + e.getFile());
        } catch (IOException e) {
            err.println("circa compile: cannot read or write: " + e.getMessage());
        } catch (IllegalArgumentException | CompilationLimitException e) {
            err.println("circa compile: " + e.getMessage());
        } catch (OutOfMemoryError e) {
            err.println("circa compile: ran out of memory; give the JVM more memory (for example"
                    + " CIRCA_JAVA_OPTS=-Xmx16g bin/circa compile …) or lower the node limit");
        }
        return FAILED;
    }
}
