package org.circa.circuits.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.circa.circuits.Circuit;
import org.circa.circuits.CircuitBuilder;

/**
 * Reads an SDD as the SDD library's {@code sdd_save} writes it: {@code sdd N}, then bottom-up
 * {@code F id}, {@code T id}, {@code L id vtree lit}, {@code D id vtree k p1 s1 … pk sk}; a
 * decision node is the OR of its elements {@code AND(prime, sub)}; the last node is the root.
 * Vtrees are not needed. Stateless.
 */
public final class SddReader {
    private SddReader() {
    }

    /** The circuit of the SDD text in {@code in}, with one root. */
    public static Circuit read(BufferedReader in) throws IOException {
        Lines lines = new Lines(in);
        CircuitBuilder b = new CircuitBuilder();
        Map<Integer, Integer> node = new HashMap<>();
        int last = -1;
        boolean header = false;
        for (String[] t = lines.next(); t.length > 0; t = lines.next()) {
            switch (t[0]) {
                case "sdd" -> header = true;
                case "F" -> last = put(node, lines.intAt(t, 1), b.falseNode(), lines);
                case "T" -> last = put(node, lines.intAt(t, 1), b.trueNode(), lines);
                case "L" -> {
                    int lit = lines.intAt(t, 3);
                    if (lit == 0) {
                        throw lines.error("literal 0 is not a variable");
                    }
                    last = put(node, lines.intAt(t, 1), b.literal(lit), lines);
                }
                case "D" -> {
                    int k = lines.intAt(t, 3);
                    if (k < 0 || t.length != 4 + 2 * k) {
                        throw lines.error("a decision node of " + k + " elements needs " + (4 + 2 * k) + " fields");
                    }
                    int[] elements = new int[k];
                    for (int i = 0; i < k; i++) {
                        int prime = resolve(node, lines.intAt(t, 4 + 2 * i), lines);
                        int sub = resolve(node, lines.intAt(t, 5 + 2 * i), lines);
                        elements[i] = b.and(prime, sub);
                    }
                    last = put(node, lines.intAt(t, 1), b.or(elements), lines);
                }
                default -> throw lines.error("unknown SDD line '" + t[0] + "' (expected sdd, F, T, L or D)");
            }
        }
        if (!header || last < 0) {
            throw new CircuitFormatException(lines.number(), header ? "the SDD has no nodes" : "missing 'sdd N' header");
        }
        return b.build(last);
    }

    private static int put(Map<Integer, Integer> node, int id, int circuitNode, Lines lines) throws CircuitFormatException {
        if (node.put(id, circuitNode) != null) {
            throw lines.error("SDD node " + id + " is defined twice");
        }
        return circuitNode;
    }

    private static int resolve(Map<Integer, Integer> node, int id, Lines lines) throws CircuitFormatException {
        Integer n = node.get(id);
        if (n == null) {
            throw lines.error("SDD node " + id + " is used before it is defined");
        }
        return n;
    }
}
