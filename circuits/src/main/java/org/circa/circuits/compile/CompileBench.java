package org.circa.circuits.compile;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.circa.circuits.CircuitBuilder;

/**
 * The random 3-CNF benchmark: clause/variable ratio 2, fixed seeds 1..5, variable counts 40, 60,
 * 80 and 100 (or those given as arguments); prints one TSV row per run and a median row per size.
 * Options: {@code --seeds K}, {@code --time-limit S} (per run, default 120), {@code --branching B}
 * (a {@link Branching} name, default balanced), {@code --node-limit N} (default 20 M),
 * {@code --threads T} (default: the available processors). Stateless.
 */
public final class CompileBench {
    private CompileBench() {
    }

    /** Runs the benchmark and prints the table on standard output. */
    public static void main(String[] args) {
        List<Integer> sizes = new ArrayList<>();
        int seeds = 5;
        double limit = 120;
        Branching branching = Branching.BALANCED;
        long nodeLimit = CompileOptions.DEFAULT_NODE_BUDGET;
        int threads = Runtime.getRuntime().availableProcessors();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seeds" -> seeds = Integer.parseInt(args[++i]);
                case "--time-limit" -> limit = Double.parseDouble(args[++i]);
                case "--branching" -> branching = Branching.valueOf(args[++i].toUpperCase(Locale.ROOT));
                case "--node-limit" -> nodeLimit = Long.parseLong(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                default -> sizes.add(Integer.parseInt(args[i]));
            }
        }
        if (sizes.isEmpty()) {
            sizes = List.of(40, 60, 80, 100);
        }
        CompileProgress[] last = new CompileProgress[1];
        DnnfCompiler compiler = new DnnfCompiler(CompileOptions.defaults()
                .withTimeBudget(Duration.ofMillis((long) (limit * 1000))).withBranching(branching)
                .withNodeBudget(nodeLimit).withThreads(threads).withProgress(p -> last[0] = p));
        warmUp(compiler);
        System.out.println("# threads: " + threads);
        System.out.println("vars\tclauses\tseed\tseconds\tcpu_seconds\tnodes\tedges\tcount_bits\tdecisions\tcache_hits\tconflicts\tstatus");
        List<String> summary = new ArrayList<>();
        for (int n : sizes) {
            double[] secs = new double[seeds];
            double[] cpus = new double[seeds];
            long[] nodes = new long[seeds];
            long[] edges = new long[seeds];
            int done = 0;
            for (int seed = 1; seed <= seeds; seed++) {
                Cnf cnf = RandomCnf.threeCnf(n, 2.0, seed);
                CircuitBuilder builder = new CircuitBuilder();
                long start = System.nanoTime();
                long cpuStart = processCpuNanos();
                String row;
                try {
                    int root = compiler.compile(cnf, builder);
                    secs[seed - 1] = (System.nanoTime() - start) / 1e9;
                    cpus[seed - 1] = (processCpuNanos() - cpuStart) / 1e9;
                    var circuit = builder.build(root);
                    CircuitSize size = CircuitSize.of(circuit, root);
                    nodes[seed - 1] = size.nodes();
                    edges[seed - 1] = size.edges();
                    int bits = ModelCounter.count(circuit, root, n).bitLength();
                    done++;
                    row = String.format(Locale.ROOT, "%.3f\t%.3f\t%d\t%d\t%d\t%s\tok", secs[seed - 1],
                            cpus[seed - 1], nodes[seed - 1], edges[seed - 1], bits, stats(last[0]));
                } catch (CompilationLimitException e) {
                    secs[seed - 1] = Double.POSITIVE_INFINITY;
                    cpus[seed - 1] = Double.POSITIVE_INFINITY;
                    nodes[seed - 1] = Long.MAX_VALUE;
                    edges[seed - 1] = Long.MAX_VALUE;
                    row = "-\t-\t-\t-\t-\t" + stats(last[0]) + "\taborted: " + e.getMessage();
                }
                System.out.println(n + "\t" + cnf.clauseCount() + "\t" + seed + "\t" + row);
                last[0] = null;
            }
            summary.add(n + "\t" + medianText(secs) + "\t" + medianText(cpus) + "\t"
                    + medianText(nodes) + "\t" + medianText(edges) + "\t" + done + "/" + seeds);
        }
        System.out.println();
        System.out.println("vars\tmedian_seconds\tmedian_cpu_seconds\tmedian_nodes\tmedian_edges\tcompleted");
        summary.forEach(System.out::println);
    }

    private static String stats(CompileProgress p) {
        return p == null ? "-\t-\t-" : p.decisions() + "\t" + p.cacheHits() + "\t" + p.conflicts();
    }

    /** CPU time of the whole process (compiler, JIT and GC threads), or 0 where unsupported. */
    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }

    private static void warmUp(DnnfCompiler compiler) {
        for (int seed = 100; seed < 120; seed++) {
            compiler.compile(RandomCnf.threeCnf(40, 2.0, seed), new CircuitBuilder());
        }
    }

    private static String medianText(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        double m = s[s.length / 2];
        return Double.isInfinite(m) ? "aborted" : String.format(Locale.ROOT, "%.3f", m);
    }

    private static String medianText(long[] values) {
        long[] s = values.clone();
        Arrays.sort(s);
        long m = s[s.length / 2];
        return m == Long.MAX_VALUE ? "aborted" : Long.toString(m);
    }
}
