package org.circa.circuits.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.circa.semirings.Algebra;
import org.circa.semirings.Algebras;

/** Parsed command-line options of {@code circa bench}. Immutable. */
record BenchOptions(List<Path> paths, List<SyntheticCircuits.Shape> synthetic, int[] batches, List<Algebra> algebras,
        boolean forward, boolean backward, boolean baseline, int samples, int threads, int warmupMs, String backend,
        long seed, boolean hostInputs, boolean residentInputs) {

    static final String USAGE = """
            usage: circa bench [options] PATH...   (PATH: a circuit file .sdd/.nnf/.ddnnf or a folder of them)
              --synthetic LIST    also (or instead) layered random circuits LEVELSxWIDTH, comma-separated,
                                  such as 40x20000 (fan-in 2-3, AND/OR alternating by level, one OR root)
              --seed N            seed of the synthetic circuits (default 1)
              --backend NAME      cpu, gpu or auto (a GPU when one runs here, else the CPU; default cpu)
              --inputs LIST       host (each call sends the leaf weights from the Java heap and returns the
                                  roots to it), resident (a device backend repeats the pass on weights it
                                  already holds: the device work alone) or both (default host)
              --batch LIST        batch sizes, comma-separated (default 1,16,128,1024)
              --algebra LIST      algebras by name (default probability32,probability,logprobability32,logprobability)
              --direction LIST    forward, backward (= forward+backward) or both (default both)
              --no-baseline       do not time the per-node recursive evaluator
              --samples N         timed samples per row, the median is reported (default 15)
              --threads N         most threads per evaluation (default: all cores)
              --warmup-ms N       warm-up time per row before timing (default 300)
            prints one TSV row per circuit x algebra x batch x direction""";

    /** Parses {@code args}; throws {@link IllegalArgumentException} with a message on bad input. */
    static BenchOptions parse(String[] args) {
        List<Path> paths = new ArrayList<>();
        int[] batches = {1, 16, 128, 1024};
        List<Algebra> algebras = new ArrayList<>();
        for (String name : List.of("probability32", "probability", "logprobability32", "logprobability")) {
            algebras.add(Algebras.byName(name));
        }
        boolean forward = true;
        boolean backward = true;
        boolean baseline = true;
        int samples = 15;
        int threads = Runtime.getRuntime().availableProcessors();
        int warmupMs = 300;
        List<SyntheticCircuits.Shape> synthetic = new ArrayList<>();
        String backend = "cpu";
        long seed = 1;
        boolean hostInputs = true;
        boolean residentInputs = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--batch", "--batches" -> batches = Arrays.stream(value(args, ++i, a).split(","))
                        .mapToInt(s -> positive(s, a)).toArray();
                case "--algebra", "--algebras" -> {
                    algebras = new ArrayList<>();
                    for (String name : value(args, ++i, a).split(",")) {
                        algebras.add(Algebras.byName(name.strip()));
                    }
                }
                case "--direction", "--directions" -> {
                    String d = value(args, ++i, a);
                    forward = d.contains("forward") && !d.equals("forward+backward") || d.equals("both");
                    backward = d.contains("backward") || d.equals("both");
                    if (!forward && !backward) {
                        throw new IllegalArgumentException("--direction takes forward, backward or both, got " + d);
                    }
                }
                case "--no-baseline" -> baseline = false;
                case "--samples" -> samples = positive(value(args, ++i, a), a);
                case "--threads" -> threads = positive(value(args, ++i, a), a);
                case "--warmup-ms" -> warmupMs = positive(value(args, ++i, a), a);
                case "--synthetic" -> {
                    for (String shape : value(args, ++i, a).split(",")) {
                        synthetic.add(SyntheticCircuits.Shape.parse(shape));
                    }
                }
                case "--seed" -> seed = positive(value(args, ++i, a), a);
                case "--backend" -> backend = value(args, ++i, a).strip();
                case "--inputs" -> {
                    String in = value(args, ++i, a).strip();
                    if (!List.of("host", "resident", "both").contains(in)) {
                        throw new IllegalArgumentException("--inputs takes host, resident or both, got " + in);
                    }
                    hostInputs = !in.equals("resident");
                    residentInputs = !in.equals("host");
                }
                default -> {
                    if (a.startsWith("-")) {
                        throw new IllegalArgumentException("unknown option " + a);
                    }
                    paths.add(Path.of(a));
                }
            }
        }
        if (paths.isEmpty() && synthetic.isEmpty()) {
            throw new IllegalArgumentException("no circuit file or folder given (nor --synthetic)");
        }
        return new BenchOptions(List.copyOf(paths), List.copyOf(synthetic), batches, List.copyOf(algebras), forward,
                backward, baseline, samples, threads, warmupMs, backend, seed, hostInputs, residentInputs);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int positive(String s, String option) {
        try {
            int n = Integer.parseInt(s.strip());
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " takes positive integers, got '" + s + "'");
    }
}
