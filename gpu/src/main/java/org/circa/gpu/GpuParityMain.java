package org.circa.gpu;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.circa.circuits.Circuit;
import org.circa.circuits.bench.RandomCircuits;
import org.circa.circuits.bench.SyntheticCircuits;
import org.circa.circuits.eval.CircuitEvaluator;
import org.circa.circuits.eval.EvaluatorBackend;
import org.circa.circuits.eval.LeafWeights;
import org.circa.circuits.eval.PlanEvaluator;
import org.circa.circuits.io.CircuitReader;
import org.circa.circuits.plan.CircuitPlan;
import org.circa.semirings.Algebra;
import org.circa.semirings.Algebras;

/**
 * The GPU parity check, runnable without Maven on a machine with a GPU: for every built-in
 * algebra, random circuits (and the circuit files of the folders given), and several batch
 * sizes, compares the GPU evaluator's values and gradients with {@link PlanEvaluator}'s (see
 * {@link ParityCheck} for the tolerances) and prints one line per case. Exit code 0 when all
 * agree, 1 on any mismatch or failure, 2 on bad usage, 3 when the GPU cannot run here. Stateless.
 */
public final class GpuParityMain {
    static final String USAGE = """
            usage: java -cp circa-cli.jar org.circa.gpu.GpuParityMain [--batches 1,33,256] [--algebras LIST] [FOLDER|FILE...]
              checks the gpu backend against the CPU evaluator on random circuits and on the circuit files given
              (.sdd/.nnf/.ddnnf), for every built-in algebra unless --algebras names some""";

    private GpuParityMain() {
    }

    /** Command-line entry point. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, new GpuBackend()));
    }

    /** Runs the check on {@code backend}; returns the exit code. */
    static int run(String[] args, PrintStream out, EvaluatorBackend backend) {
        int[] batches = {1, 33, 256};
        List<Algebra> algebras = Algebras.builtIns();
        List<Path> paths = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--batches" -> batches = Arrays.stream(value(args, ++i).split(",")).mapToInt(Integer::parseInt).toArray();
                    case "--algebras" -> algebras = Arrays.stream(value(args, ++i).split(",")).map(Algebras::byName).toList();
                    default -> {
                        if (args[i].startsWith("-")) {
                            throw new IllegalArgumentException("unknown option " + args[i]);
                        }
                        paths.add(Path.of(args[i]));
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            System.err.println("GpuParityMain: " + e.getMessage() + "\n" + USAGE);
            return 2;
        }
        EvaluatorBackend.Availability availability = backend.availability();
        if (!availability.available()) {
            System.err.println("GpuParityMain: the " + backend.name() + " backend cannot run here: " + availability.reason());
            return 3;
        }
        out.println("# " + backend.name() + ": " + availability.reason());
        Map<String, Circuit> circuits;
        try {
            circuits = circuits(paths);
        } catch (IOException e) {
            System.err.println("GpuParityMain: " + e.getMessage());
            return 1;
        }
        int failures = 0;
        int cases = 0;
        for (Map.Entry<String, Circuit> c : circuits.entrySet()) {
            CircuitPlan plan = CircuitPlan.of(c.getValue());
            for (Algebra algebra : algebras) {
                for (int batch : batches) {
                    cases++;
                    failures += check(c.getKey(), plan, algebra, batch, backend, out) ? 0 : 1;
                }
            }
        }
        out.println("# " + (cases - failures) + " of " + cases + " cases agree");
        return failures == 0 ? 0 : 1;
    }

    /** Compares one case and prints its line; false on a mismatch or an exception. */
    static boolean check(String name, CircuitPlan plan, Algebra algebra, int batch, EvaluatorBackend backend, PrintStream out) {
        String head = String.join("\t", name, algebra.name(), "batch=" + batch);
        long seed = 31L * batch + name.hashCode();
        LeafWeights w = ParityCheck.weights(plan.numVars(), batch, algebra, seed);
        double[][] seeds = ParityCheck.seeds(plan.rootCount(), batch, seed);
        try (CircuitEvaluator reference = new PlanEvaluator(plan, algebra, batch);
                CircuitEvaluator candidate = backend.open(plan, algebra, batch)) {
            ParityCheck.Outcome o = ParityCheck.compare(reference, candidate, w, seeds);
            out.println(String.join("\t", o.ok() ? "ok" : "MISMATCH", head,
                    String.format(Locale.ROOT, "value_err=%.3g", o.valueError()),
                    String.format(Locale.ROOT, "grad_err=%.3g", o.gradientError()),
                    "tol=" + ParityCheck.tolerance(algebra), "nan=" + o.nanEntries(),
                    o.ok() ? "" : "worst " + o.worst()).strip());
            return o.ok();
        } catch (RuntimeException e) {
            out.println(String.join("\t", "ERROR", head, e.toString().replace('\n', ' ')));
            return false;
        }
    }

    /**
     * Random circuits (narrow and wide gates, several roots), a small layered one, one whose root
     * has 1,500 children (a wide gate, reduced by a block per column), then the files under {@code paths}.
     */
    static Map<String, Circuit> circuits(List<Path> paths) throws IOException {
        Map<String, Circuit> out = new LinkedHashMap<>();
        out.put("random-12v-300g-fanin4", RandomCircuits.generate(12, 300, 4, 3, 1));
        out.put("random-30v-2000g-fanin9", RandomCircuits.generate(30, 2000, 9, 5, 2));
        out.put("random-5v-60g-fanin2", RandomCircuits.generate(5, 60, 2, 2, 3));
        SyntheticCircuits.Shape shape = new SyntheticCircuits.Shape(6, 500);
        out.put(shape.name(), SyntheticCircuits.generate(shape, 3, 4));
        SyntheticCircuits.Shape wideRoot = new SyntheticCircuits.Shape(2, 1500);
        out.put(wideRoot.name(), SyntheticCircuits.generate(wideRoot, 3, 5));
        for (Path p : paths) {
            List<Path> files = new ArrayList<>();
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(CircuitReader::isCircuitFile).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new IOException("no such file or folder: " + p);
            }
            for (Path f : files) {
                out.put(f.getFileName().toString(), CircuitReader.read(f));
            }
        }
        return out;
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }
}
