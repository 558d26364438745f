package org.circa.circuits.io;

import java.io.BufferedReader;
import java.io.IOException;

/** Reads the non-blank, non-comment lines of a text circuit file as tokens, tracking line numbers. Not thread-safe. */
final class Lines {
    private final BufferedReader in;
    private int number;

    Lines(BufferedReader in) {
        this.in = in;
    }

    /** The tokens of the next content line (comments start with {@code c}), or an empty array at the end. */
    String[] next() throws IOException {
        String line;
        while ((line = in.readLine()) != null) {
            number++;
            String t = line.strip();
            if (t.isEmpty() || t.equals("c") || t.startsWith("c ") || t.startsWith("c\t")) {
                continue;
            }
            return t.split("\\s+");
        }
        return new String[0];
    }

    /** The 1-based number of the line last returned. */
    int number() {
        return number;
    }

    /** Parses token i as an int, failing with the line number. */
    int intAt(String[] tokens, int i) throws CircuitFormatException {
        if (i >= tokens.length) {
            throw new CircuitFormatException(number, "expected a number after '" + String.join(" ", tokens) + "'");
        }
        try {
            return Integer.parseInt(tokens[i]);
        } catch (NumberFormatException e) {
            throw new CircuitFormatException(number, "not a number: '" + tokens[i] + "'");
        }
    }

    CircuitFormatException error(String message) {
        return new CircuitFormatException(number, message);
    }
}
