package org.circa.provers.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.circa.circuits.bench.BenchMain;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** {@code circa bench PATH...}: times circuit evaluation (see circuits' BenchMain). Stateless. */
@Command(name = "bench", description = "Benchmark circuit evaluation; prints one TSV row per circuit, algebra, batch, direction.")
final class BenchCommand implements Callable<Integer> {
    @CommandLine.Unmatched
    private List<String> args = new java.util.ArrayList<>();

    @Override
    public Integer call() {
        return BenchMain.run(args.toArray(new String[0]), new PrintStream(System.out, true));
    }
}
