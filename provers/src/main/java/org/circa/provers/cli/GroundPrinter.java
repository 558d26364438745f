package org.circa.provers.cli;

import java.io.PrintWriter;
import org.circa.language.GroundProgram;
import org.circa.language.TermPrinter;

/** Prints a ground program as readable clauses over numbered atoms. Stateless. */
final class GroundPrinter {
    private GroundPrinter() {
    }

    static void print(GroundProgram g, PrintWriter out) {
        for (int a = 1; a <= g.atomCount(); a++) {
            String name = TermPrinter.print(g.name(a));
            if (g.isChoice(a)) {
                out.println(a + ": " + g.probability(a) + "::" + name + ".");
                continue;
            }
            for (int[] body : g.bodies(a)) {
                StringBuilder sb = new StringBuilder();
                for (int lit : body) {
                    sb.append(sb.isEmpty() ? "" : ", ").append(lit < 0 ? "\\+" : "").append(Math.abs(lit));
                }
                out.println(a + ": " + name + (body.length == 0 ? "." : " :- " + sb + "."));
            }
        }
        for (GroundProgram.Evidence e : g.evidence()) {
            out.println("evidence(" + TermPrinter.print(e.atom()) + ", " + e.value() + ") = " + lit(e.literal()));
        }
        for (GroundProgram.Query q : g.queries()) {
            out.println("query(" + TermPrinter.print(q.atom()) + ") = " + lit(q.literal()));
        }
    }

    private static String lit(int l) {
        return l == GroundProgram.TRUE ? "true" : l == GroundProgram.FALSE ? "false" : Integer.toString(l);
    }
}
