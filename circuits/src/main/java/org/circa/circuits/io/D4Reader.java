package org.circa.circuits.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.circa.circuits.Circuit;
import org.circa.circuits.CircuitBuilder;

/**
 * Reads the d-DNNF that d4 writes: node lines {@code o id 0}, {@code a id 0}, {@code t id 0},
 * {@code f id 0} (or, and, true, false) and edge lines {@code parent child lit … 0}, each edge
 * standing for the conjunction of its literals with the child; the first node declared is the
 * root. Lines may come in any order. Stateless.
 */
public final class D4Reader {
    private D4Reader() {
    }

    private record Edge(int child, int[] literals) {
    }

    /** The circuit of the d4 text in {@code in}, with one root. */
    public static Circuit read(BufferedReader in) throws IOException {
        Lines lines = new Lines(in);
        Map<Integer, Character> kind = new HashMap<>();
        Map<Integer, List<Edge>> edges = new HashMap<>();
        int root = -1;
        for (String[] t = lines.next(); t.length > 0; t = lines.next()) {
            char c = t[0].charAt(0);
            if (t[0].length() == 1 && "oatf".indexOf(c) >= 0) {
                int id = lines.intAt(t, 1);
                if (kind.put(id, c) != null) {
                    throw lines.error("d4 node " + id + " is declared twice");
                }
                root = root < 0 ? id : root;
            } else {
                if (!t[t.length - 1].equals("0") || t.length < 3) {
                    throw lines.error("an edge line is 'parent child literals... 0'");
                }
                int[] lits = new int[t.length - 3];
                for (int i = 0; i < lits.length; i++) {
                    lits[i] = lines.intAt(t, 2 + i);
                }
                edges.computeIfAbsent(lines.intAt(t, 0), k -> new ArrayList<>()).add(new Edge(lines.intAt(t, 1), lits));
            }
        }
        if (root < 0) {
            throw new CircuitFormatException(lines.number(), "no d4 node lines");
        }
        return build(root, kind, edges);
    }

    private static Circuit build(int root, Map<Integer, Character> kind, Map<Integer, List<Edge>> edges)
            throws CircuitFormatException {
        CircuitBuilder b = new CircuitBuilder();
        Map<Integer, Integer> built = new HashMap<>();
        Map<Integer, Boolean> open = new HashMap<>();
        Deque<Integer> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            int id = stack.peek();
            if (built.containsKey(id)) {
                stack.pop();
                continue;
            }
            Character k = kind.get(id);
            if (k == null) {
                throw new CircuitFormatException(0, "d4 node " + id + " has edges but no declaration");
            }
            List<Edge> out = edges.getOrDefault(id, List.of());
            if (open.putIfAbsent(id, true) == null) {
                for (Edge e : out) {
                    if (!built.containsKey(e.child())) {
                        if (Boolean.TRUE.equals(open.get(e.child()))) {
                            throw new CircuitFormatException(0, "d4 graph has a cycle through node " + e.child());
                        }
                        stack.push(e.child());
                    }
                }
                continue;
            }
            stack.pop();
            open.put(id, false);
            int[] terms = new int[out.size()];
            for (int i = 0; i < terms.length; i++) {
                Edge e = out.get(i);
                int[] conj = Arrays.copyOf(e.literals().length == 0 ? new int[0] : literals(b, e.literals()),
                        e.literals().length + 1);
                conj[conj.length - 1] = built.get(e.child());
                terms[i] = b.and(conj);
            }
            built.put(id, switch (k) {
                case 't' -> b.trueNode();
                case 'f' -> b.falseNode();
                case 'a' -> b.and(terms);
                default -> b.or(terms);
            });
        }
        return b.build(built.get(root));
    }

    private static int[] literals(CircuitBuilder b, int[] lits) throws CircuitFormatException {
        int[] nodes = new int[lits.length];
        for (int i = 0; i < lits.length; i++) {
            if (lits[i] == 0) {
                throw new CircuitFormatException(0, "literal 0 inside an edge");
            }
            nodes[i] = b.literal(lits[i]);
        }
        return nodes;
    }
}
