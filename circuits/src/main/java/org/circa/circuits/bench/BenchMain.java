package org.circa.circuits.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.circa.circuits.Circuit;
import org.circa.circuits.eval.BackendUnavailableException;
import org.circa.circuits.eval.Backends;
import org.circa.circuits.eval.CircuitEvaluator;
import org.circa.circuits.eval.DeviceResident;
import org.circa.circuits.eval.EvaluatorBackend;
import org.circa.circuits.eval.LeafWeights;
import org.circa.circuits.io.CircuitReader;
import org.circa.circuits.plan.CircuitPlan;
import org.circa.semirings.Algebra;

/**
 * {@code circa bench PATH...}: evaluates each circuit (files, and synthetic layered ones) with
 * random leaf weights under each algebra, batch size and direction, on the chosen backend (CPU or
 * GPU), and prints one TSV row each with the median time, edge evaluations per second, memory,
 * and the same figures for the per-node recursive baseline. The last column says what a row
 * times: {@code host}, whole calls (leaf weights from the Java heap, roots back to it), or
 * {@code resident}, a {@link DeviceResident} evaluator's pass repeated on inputs it already holds.
 * Stateless.
 */
public final class BenchMain {
    static final String HEADER = "circuit\tnodes\tedges\tlevels\talgebra\tbatch\tdirection\tmedian_ms"
            + "\tedge_evals_per_s\tmin_ms\tbest_edge_evals_per_s\tmemory_bytes\tthreads\tbaseline_ms\tspeedup\tinputs";

    private BenchMain() {
    }

    /**
     * Runs the benchmark; returns 0 on success, 1 when a circuit cannot be read, 2 on bad usage
     * (an algebra the backend does not run included), 3 when the backend cannot run here.
     */
    public static int run(String[] args, PrintStream out) {
        BenchOptions options;
        EvaluatorBackend backend;
        try {
            options = BenchOptions.parse(args);
            backend = Backends.select(options.backend(), options.threads());
        } catch (BackendUnavailableException e) {
            System.err.println("circa bench: " + e.getMessage());
            return 3;
        } catch (IllegalArgumentException e) {
            System.err.println("circa bench: " + e.getMessage());
            System.err.println(BenchOptions.USAGE);
            return 2;
        }
        List<Path> files;
        try {
            files = options.paths().isEmpty() ? List.of() : circuitFiles(options.paths());
        } catch (IOException e) {
            System.err.println("circa bench: " + e.getMessage());
            return 1;
        }
        try {
            warmUp(options, backend);
            out.println(HEADER);
            for (Path file : files) {
                Circuit circuit;
                try {
                    circuit = CircuitReader.read(file);
                } catch (IOException e) {
                    System.err.println("circa bench: " + e.getMessage());
                    return 1;
                }
                bench(file.getFileName().toString(), circuit, options, backend, out);
            }
            for (SyntheticCircuits.Shape shape : options.synthetic()) {
                bench(shape.name(), SyntheticCircuits.generate(shape, 3, options.seed()), options, backend, out);
            }
        } catch (IllegalArgumentException e) {
            System.err.println("circa bench: " + e.getMessage());
            return 2;
        }
        return 0;
    }

    static void bench(String name, Circuit circuit, BenchOptions options, EvaluatorBackend backend, PrintStream out) {
        CircuitPlan plan = CircuitPlan.of(circuit);
        for (Algebra algebra : options.algebras()) {
            for (int batch : options.batches()) {
                LeafWeights w = LeafWeights.random(circuit.numVars(), batch, algebra, batch);
                try (CircuitEvaluator evaluator = backend.open(plan, algebra, batch)) {
                    benchRows(name, circuit, plan, algebra, batch, w, evaluator, options, out);
                }
            }
        }
    }

    private static void benchRows(String name, Circuit circuit, CircuitPlan plan, Algebra algebra, int batch,
            LeafWeights w, CircuitEvaluator evaluator, BenchOptions options, PrintStream out) {
        RecursiveEvaluator baseline = new RecursiveEvaluator(circuit, algebra);
        double[][] seed = new double[plan.rootCount()][batch];
        java.util.Arrays.fill(seed[0], 1.0);
        LeafWeights grads = new LeafWeights(circuit.numVars(), batch);
        for (int dir = 0; dir < 2; dir++) {
            boolean backward = dir == 1;
            if (backward ? !options.backward() : !options.forward()) {
                continue;
            }
            double baseMs = Double.NaN;
            if (options.baseline()) {
                baseMs = Stopwatch.medianMs(() -> {
                    if (backward) {
                        baseline.forwardBackward(w);
                    } else {
                        baseline.forward(w);
                    }
                }, Math.min(3, options.samples()), Math.min(20, options.warmupMs()), Math.min(50, options.warmupMs()));
            }
            Runnable call = () -> {
                if (backward) {
                    evaluator.forwardAndBackward(w, seed, grads);
                } else {
                    evaluator.forward(w);
                }
            };
            if (options.hostInputs()) {
                printRow(name, plan, algebra, batch, backward, "host", time(call, options), baseMs, evaluator, out);
            }
            if (options.residentInputs() && evaluator instanceof DeviceResident resident) {
                call.run();
                Runnable repeat = backward ? resident::repeatForwardAndBackward : resident::repeatForward;
                printRow(name, plan, algebra, batch, backward, "resident", time(repeat, options), baseMs, evaluator, out);
            }
        }
    }

    private static Stopwatch.Timing time(Runnable call, BenchOptions options) {
        return Stopwatch.time(call, options.samples(), Math.min(5, options.warmupMs()), options.warmupMs());
    }

    private static void printRow(String name, CircuitPlan plan, Algebra algebra, int batch, boolean backward,
            String inputs, Stopwatch.Timing timing, double baseMs, CircuitEvaluator evaluator, PrintStream out) {
        double ms = timing.medianMs();
        double rate = (double) plan.edges() * batch / (ms / 1e3);
        out.println(String.join("\t", name, Integer.toString(plan.rows()), Integer.toString(plan.edges()),
                Integer.toString(plan.levels()), algebra.name(), Integer.toString(batch),
                backward ? "forward+backward" : "forward", fmt("%.4f", ms), fmt("%.3e", rate),
                fmt("%.4f", timing.minMs()), fmt("%.3e", rate * ms / timing.minMs()),
                Long.toString(evaluator.bytes()), Integer.toString(evaluator.threads()),
                fmt("%.4f", baseMs), fmt("%.1f", baseMs / ms), inputs));
        out.flush();
    }

    /**
     * Runs every selected algebra's kernels on a random circuit first, so that no row times the
     * JIT compiler (nor, on the GPU, the run-time compilation of the kernels).
     */
    static void warmUp(BenchOptions options, EvaluatorBackend backend) {
        Circuit c = RandomCircuits.generate(40, 3000, 3, 1, 1);
        CircuitPlan plan = CircuitPlan.of(c);
        for (Algebra algebra : options.algebras()) {
            for (int batch : new int[] {1, 128}) {
                LeafWeights w = LeafWeights.random(c.numVars(), batch, algebra, 1);
                try (CircuitEvaluator e = backend.open(plan, algebra, batch)) {
                    Stopwatch.medianMs(() -> {
                        e.forward(w);
                        e.backward(0);
                    }, 1, 1, 4 * options.warmupMs() / 3);
                }
            }
        }
    }

    private static String fmt(String format, double x) {
        return Double.isNaN(x) ? "-" : String.format(Locale.ROOT, format, x);
    }

    static List<Path> circuitFiles(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(Files::isRegularFile).filter(CircuitReader::isCircuitFile).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new IOException("no such file or folder: " + p);
            }
        }
        if (files.isEmpty()) {
            throw new IOException("no circuit files (.sdd, .nnf, .ddnnf) in " + paths);
        }
        return files;
    }

    /** Command-line entry point. */
    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }
}
