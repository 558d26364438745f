package org.circa.circuits.io;

import org.circa.circuits.Circuit;

/** Test-only writers of circuits in c2d and d4 text, to round-trip the readers. */
final class CircuitWriters {
    private CircuitWriters() {
    }

    /** c2d {@code .nnf} text of all nodes of {@code c}, rooted at its first root (which must be the last node). */
    static String c2d(Circuit c) {
        StringBuilder s = new StringBuilder();
        s.append("nnf ").append(c.size()).append(' ').append(c.edgeCount()).append(' ').append(c.numVars()).append('\n');
        for (int n = 0; n < c.size(); n++) {
            switch (c.kind(n)) {
                case TRUE -> s.append("A 0");
                case FALSE -> s.append("O 0 0");
                case LITERAL -> s.append("L ").append(c.literal(n));
                case AND -> s.append("A ").append(c.childCount(n));
                case OR -> s.append("O 0 ").append(c.childCount(n));
            }
            for (int i = 0; i < c.childCount(n); i++) {
                s.append(' ').append(c.child(n, i));
            }
            s.append('\n');
        }
        return s.toString();
    }

    /** d4 text of {@code c} rooted at its first root; literal children become edge literals. */
    static String d4(Circuit c) {
        StringBuilder s = new StringBuilder();
        int root = c.root(0);
        int trueId = c.size() + 1;
        s.append(kind(c, root)).append(' ').append(root + 1).append(" 0\n");
        s.append("t ").append(trueId).append(" 0\n");
        for (int n = c.size() - 1; n >= 0; n--) {
            if (n != root && c.kind(n) != org.circa.circuits.NodeKind.LITERAL) {
                s.append(kind(c, n)).append(' ').append(n + 1).append(" 0\n");
            }
        }
        for (int n = 0; n < c.size(); n++) {
            for (int i = 0; i < c.childCount(n); i++) {
                int child = c.child(n, i);
                if (c.kind(child) == org.circa.circuits.NodeKind.LITERAL) {
                    s.append(n + 1).append(' ').append(trueId).append(' ').append(c.literal(child)).append(" 0\n");
                } else {
                    s.append(n + 1).append(' ').append(child + 1).append(" 0\n");
                }
            }
        }
        return s.toString();
    }

    private static char kind(Circuit c, int n) {
        return switch (c.kind(n)) {
            case AND -> 'a';
            case OR -> 'o';
            case TRUE -> 't';
            case FALSE -> 'f';
            case LITERAL -> throw new IllegalArgumentException("a literal root cannot be written in d4 form here");
        };
    }
}
