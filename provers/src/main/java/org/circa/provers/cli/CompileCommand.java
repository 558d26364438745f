package org.circa.provers.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.circa.circuits.compile.CompileMain;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** {@code circa compile FILE.cnf}: knowledge-compiles a DIMACS CNF (see circuits' CompileMain). Stateless. */
@Command(name = "compile", description = "Compile a DIMACS CNF to d-DNNF: model count, weighted count, size, time.")
final class CompileCommand implements Callable<Integer> {
    @CommandLine.Unmatched
    private List<String> args = new java.util.ArrayList<>();

    @Override
    public Integer call() {
        return CompileMain.run(args.toArray(new String[0]), new PrintStream(System.out, true),
                new PrintStream(System.err, true));
    }
}
