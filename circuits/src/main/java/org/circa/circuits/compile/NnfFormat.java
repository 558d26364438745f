package org.circa.circuits.compile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import org.circa.circuits.Circuit;
import org.circa.circuits.CircuitBuilder;
import org.circa.circuits.NodeKind;

/** c2d's {@code .nnf} text format, both directions. Stateless. */
final class NnfFormat {
    private NnfFormat() {
    }

    static void write(Circuit c, int root, Writer out) throws IOException {
        boolean[] reached = Reachable.from(c, root);
        int[] index = new int[root + 1];
        int nodes = 0;
        long edges = 0;
        for (int n = 0; n <= root; n++) {
            if (reached[n]) {
                index[n] = nodes++;
                edges += c.childCount(n);
            }
        }
        StringBuilder line = new StringBuilder();
        out.write("nnf " + nodes + " " + edges + " " + c.numVars() + "\n");
        for (int n = 0; n <= root; n++) {
            if (!reached[n]) {
                continue;
            }
            line.setLength(0);
            switch (c.kind(n)) {
                case TRUE -> line.append("A 0");
                case FALSE -> line.append("O 0 0");
                case LITERAL -> line.append("L ").append(c.literal(n));
                case AND -> line.append("A ").append(c.childCount(n));
                case OR -> line.append("O ").append(decisionVariable(c, n)).append(' ')
                        .append(c.childCount(n));
            }
            for (int i = 0; i < c.childCount(n); i++) {
                line.append(' ').append(index[c.child(n, i)]);
            }
            out.write(line.append('\n').toString());
        }
        out.flush();
    }

    /** The variable on which a binary OR decides, or 0. */
    private static int decisionVariable(Circuit c, int n) {
        if (c.childCount(n) != 2) {
            return 0;
        }
        for (int a : literalsOf(c, c.child(n, 0))) {
            for (int b : literalsOf(c, c.child(n, 1))) {
                if (a == -b) {
                    return Math.abs(a);
                }
            }
        }
        return 0;
    }

    private static int[] literalsOf(Circuit c, int n) {
        if (c.kind(n) == NodeKind.LITERAL) {
            return new int[] {c.literal(n)};
        }
        if (c.kind(n) != NodeKind.AND) {
            return new int[0];
        }
        return java.util.Arrays.stream(c.children(n))
                .filter(k -> c.kind(k) == NodeKind.LITERAL).map(c::literal).toArray();
    }

    static int read(BufferedReader in, CircuitBuilder builder) throws IOException {
        String header = in.readLine();
        String[] h = header == null ? new String[0] : header.strip().split("\\s+");
        if (h.length != 4 || !h[0].equals("nnf")) {
            throw new IllegalArgumentException("line 1: expected 'nnf NODES EDGES VARS'");
        }
        int count = Integer.parseInt(h[1]);
        builder.declareVars(Integer.parseInt(h[3]));
        int[] ids = new int[count];
        for (int n = 0; n < count; n++) {
            String line = in.readLine();
            if (line == null) {
                throw new IllegalArgumentException("expected " + count + " nodes, found " + n);
            }
            String[] t = line.strip().split("\\s+");
            ids[n] = switch (t[0]) {
                case "L" -> builder.literal(Integer.parseInt(t[1]));
                case "A" -> builder.and(children(t, 1, ids, n));
                case "O" -> builder.or(children(t, 2, ids, n));
                default -> throw new IllegalArgumentException("line " + (n + 2) + ": bad node");
            };
        }
        if (count == 0) {
            throw new IllegalArgumentException("empty circuit");
        }
        return ids[count - 1];
    }

    private static int[] children(String[] t, int countAt, int[] ids, int n) {
        int k = Integer.parseInt(t[countAt]);
        int[] kids = new int[k];
        for (int i = 0; i < k; i++) {
            int child = Integer.parseInt(t[countAt + 1 + i]);
            if (child < 0 || child >= n) {
                throw new IllegalArgumentException("line " + (n + 2) + ": child " + child
                        + " is not an earlier node");
            }
            kids[i] = ids[child];
        }
        return kids;
    }
}
