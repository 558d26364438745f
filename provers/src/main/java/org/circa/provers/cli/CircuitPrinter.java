package org.circa.provers.cli;

import java.io.PrintWriter;
import org.circa.circuits.Circuit;

/** Prints a circuit one node per line: id, kind, literal or children. Stateless. */
final class CircuitPrinter {
    private CircuitPrinter() {
    }

    static void print(Circuit c, PrintWriter out) {
        out.println("% " + c);
        for (int n = 0; n < c.size(); n++) {
            StringBuilder sb = new StringBuilder().append(n).append(' ').append(c.kind(n));
            switch (c.kind(n)) {
                case LITERAL -> sb.append(' ').append(c.literal(n));
                case AND, OR -> {
                    for (int i = 0; i < c.childCount(n); i++) {
                        sb.append(' ').append(c.child(n, i));
                    }
                }
                default -> {
                }
            }
            out.println(sb);
        }
        StringBuilder roots = new StringBuilder("roots");
        for (int r : c.roots()) {
            roots.append(' ').append(r);
        }
        out.println(roots);
    }
}
