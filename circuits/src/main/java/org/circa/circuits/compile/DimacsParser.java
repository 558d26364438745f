package org.circa.circuits.compile;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;

/** One parse of a DIMACS CNF text with weights. Mutable, single use. */
final class DimacsParser {
    private int lineNumber;
    private int numVars = -1;
    private final List<int[]> clauses = new ArrayList<>();
    private final IntArrayList current = new IntArrayList();
    private double[] pos;
    private double[] neg;
    private byte[] given;
    private boolean weighted;

    private static final byte POS_GIVEN = 1;
    private static final byte NEG_GIVEN = 2;
    private static final byte CACHET = 4;

    WeightedCnf parse(BufferedReader in) throws IOException {
        String line;
        while ((line = in.readLine()) != null) {
            lineNumber++;
            String text = line.strip();
            if (text.isEmpty()) {
                continue;
            }
            if (text.startsWith("%")) {
                break;
            }
            String[] tokens = text.split("\\s+");
            switch (tokens[0]) {
                case "c" -> {
                    if (tokens.length >= 5 && tokens[1].equals("p") && tokens[2].equals("weight")) {
                        weight(tokens, 3, false);
                    }
                }
                case "p" -> header(tokens);
                case "w" -> weight(tokens, 1, true);
                default -> {
                    if (tokens[0].startsWith("c")) {
                        continue;
                    }
                    clauseTokens(tokens);
                }
            }
        }
        if (numVars < 0) {
            throw error("no 'p cnf VARS CLAUSES' header");
        }
        if (!current.isEmpty()) {
            clauses.add(current.toArray());
        }
        return new WeightedCnf(new Cnf(numVars, clauses), weighted
                ? Optional.of(weights()) : Optional.empty());
    }

    private void header(String[] tokens) {
        if (numVars >= 0) {
            throw error("second 'p' header");
        }
        if (tokens.length < 4 || !tokens[1].equals("cnf")) {
            throw error("expected 'p cnf VARS CLAUSES'");
        }
        numVars = parseInt(tokens[2]);
        parseInt(tokens[3]);
        if (numVars < 0) {
            throw error("negative variable count");
        }
        pos = new double[numVars + 1];
        neg = new double[numVars + 1];
        given = new byte[numVars + 1];
    }

    private void clauseTokens(String[] tokens) {
        if (numVars < 0) {
            throw error("clause before the 'p cnf' header");
        }
        for (String token : tokens) {
            int lit = parseInt(token);
            if (lit == 0) {
                clauses.add(current.toArray());
                current.clear();
            } else if (Math.abs(lit) > numVars) {
                throw error("literal " + lit + " exceeds the " + numVars + " declared variables");
            } else {
                current.add(lit);
            }
        }
    }

    private void weight(String[] tokens, int at, boolean cachet) {
        if (numVars < 0) {
            throw error("weight before the 'p cnf' header");
        }
        if (tokens.length < at + 2) {
            throw error("expected a literal and a weight");
        }
        int lit = parseInt(tokens[at]);
        if (lit == 0 || Math.abs(lit) > numVars) {
            throw error("weight for literal " + lit + " outside ±1.." + numVars);
        }
        double w;
        try {
            w = Double.parseDouble(tokens[at + 1]);
        } catch (NumberFormatException e) {
            throw error("bad weight '" + tokens[at + 1] + "'");
        }
        weighted = true;
        int v = Math.abs(lit);
        if (lit > 0 && cachet && w == -1) {
            pos[v] = 1;
            neg[v] = 1;
            given[v] |= POS_GIVEN | NEG_GIVEN;
        } else if (lit > 0) {
            pos[v] = w;
            given[v] |= POS_GIVEN | (cachet ? CACHET : 0);
        } else {
            neg[v] = w;
            given[v] |= NEG_GIVEN;
        }
    }

    private LiteralWeights weights() {
        for (int v = 1; v <= numVars; v++) {
            if ((given[v] & POS_GIVEN) == 0) {
                pos[v] = 1;
            }
            if ((given[v] & NEG_GIVEN) == 0) {
                neg[v] = (given[v] & CACHET) != 0 ? 1 - pos[v] : 1;
            }
        }
        return new LiteralWeights(Arrays.copyOf(pos, pos.length), Arrays.copyOf(neg, neg.length));
    }

    private int parseInt(String token) {
        try {
            return Integer.parseInt(token);
        } catch (NumberFormatException e) {
            throw error("expected an integer, found '" + token + "'");
        }
    }

    private IllegalArgumentException error(String message) {
        return new IllegalArgumentException("line " + lineNumber + ": " + message);
    }
}
