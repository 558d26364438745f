package org.circa.test.conformance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome a ProbLog test program states in its comments: either the name of an error, or
 * query atoms with probabilities. The format is described in {@code ../shared/problog-tests/expected.py}:
 * a block opens with a line starting {@code %Expected outcome:}, then {@code % ATOM PROB} lines or
 * {@code % error NAME}; anywhere, {@code query(ATOM). % outcome: PROB}. Immutable.
 */
record ExpectedOutcome(String error, Map<String, Double> results) {
    private static final String HEADER = "%Expected outcome:";

    /** Reads the expectation from a program's lines. */
    static ExpectedOutcome read(List<String> lines) {
        Map<String, Double> results = new LinkedHashMap<>();
        boolean inBlock = false;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.startsWith(HEADER)) {
                inBlock = true;
            } else if (inBlock) {
                String low = line.toLowerCase();
                if (low.startsWith("% error")) {
                    String name = line.substring("% error".length()).strip();
                    name = name.startsWith(":") ? name.substring(1).strip() : name;
                    return new ExpectedOutcome(name, Map.of());
                }
                if (line.startsWith("% ")) {
                    String body = line.substring(2).strip();
                    int cut = lastWhitespace(body);
                    results.put(normalise(body.substring(0, cut)), Double.parseDouble(body.substring(cut).strip()));
                } else {
                    inBlock = false;
                }
            }
            int pos = line.indexOf("% outcome:");
            if (line.startsWith("query(") && pos >= 0) {
                String atom = line.substring(6, pos).strip();
                atom = stripSuffix(atom, ".").strip();
                atom = atom.substring(0, atom.length() - 1);
                results.put(normalise(atom), Double.parseDouble(line.substring(pos + 10).strip()));
            }
        }
        return new ExpectedOutcome(null, results);
    }

    private static String stripSuffix(String s, String suffix) {
        String out = s;
        while (out.endsWith(suffix)) {
            out = out.substring(0, out.length() - suffix.length());
        }
        return out;
    }

    private static int lastWhitespace(String s) {
        int i = s.length() - 1;
        while (i >= 0 && !Character.isWhitespace(s.charAt(i))) {
            i--;
        }
        return i;
    }

    /**
     * The atom text without whitespace outside quotes and with variables renamed V1, V2, ... in
     * order of appearance, for comparing printers (ProbLog numbers variables its own way).
     */
    static String normalise(String atom) {
        StringBuilder sb = new StringBuilder();
        java.util.Map<String, String> vars = new java.util.HashMap<>();
        char quote = 0;
        char[] cs = atom.toCharArray();
        for (int i = 0; i < cs.length; i++) {
            char c = cs[i];
            boolean startsName = i == 0 || !(Character.isLetterOrDigit(cs[i - 1]) || cs[i - 1] == '_');
            if (quote == 0 && startsName && (Character.isUpperCase(c) || c == '_')) {
                int j = i;
                while (j < cs.length && (Character.isLetterOrDigit(cs[j]) || cs[j] == '_')) {
                    j++;
                }
                String name = atom.substring(i, j);
                sb.append(vars.computeIfAbsent(name.equals("_") ? name + i : name, n -> "V" + (vars.size() + 1)));
                i = j - 1;
            } else if (quote != 0) {
                sb.append(c);
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                sb.append(c);
            } else if (!Character.isWhitespace(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
