package org.circa.circuits.io;

import java.io.BufferedReader;
import java.io.IOException;
import org.circa.circuits.Circuit;
import org.circa.circuits.CircuitBuilder;

/**
 * Reads c2d's d-DNNF format: {@code nnf nodes edges vars}, then one node per line, children
 * before parents and referred to by line index from 0: {@code L lit}, {@code A k c1 … ck},
 * {@code O j k c1 … ck} (j the decision variable or 0); the last node is the root. Stateless.
 */
public final class NnfReader {
    private NnfReader() {
    }

    /** The circuit of the c2d text in {@code in}, with one root. */
    public static Circuit read(BufferedReader in) throws IOException {
        Lines lines = new Lines(in);
        String[] header = lines.next();
        if (header.length < 4 || !header[0].equals("nnf")) {
            throw lines.error("missing 'nnf nodes edges vars' header");
        }
        int count = lines.intAt(header, 1);
        int vars = lines.intAt(header, 3);
        CircuitBuilder b = new CircuitBuilder();
        b.declareVars(vars);
        int[] node = new int[Math.max(0, count)];
        int made = 0;
        for (String[] t = lines.next(); t.length > 0; t = lines.next()) {
            if (made == count) {
                throw lines.error("more nodes than the header's " + count);
            }
            node[made++] = switch (t[0]) {
                case "L" -> {
                    int lit = lines.intAt(t, 1);
                    if (lit == 0 || Math.abs(lit) > vars) {
                        throw lines.error("literal " + lit + " outside 1.." + vars);
                    }
                    yield b.literal(lit);
                }
                case "A" -> b.and(children(t, 1, node, made - 1, lines));
                case "O" -> b.or(children(t, 2, node, made - 1, lines));
                default -> throw lines.error("unknown NNF line '" + t[0] + "' (expected L, A or O)");
            };
        }
        if (made != count || count == 0) {
            throw new CircuitFormatException(lines.number(), "the header promises " + count + " nodes, found " + made);
        }
        return b.build(node[made - 1]);
    }

    private static int[] children(String[] t, int countAt, int[] node, int self, Lines lines) throws CircuitFormatException {
        int k = lines.intAt(t, countAt);
        if (k < 0 || t.length != countAt + 1 + k) {
            throw lines.error("a node of " + k + " children needs " + (countAt + 1 + k) + " fields");
        }
        int[] kids = new int[k];
        for (int i = 0; i < k; i++) {
            int c = lines.intAt(t, countAt + 1 + i);
            if (c < 0 || c >= self) {
                throw lines.error("child " + c + " is not an earlier node");
            }
            kids[i] = node[c];
        }
        return kids;
    }
}
