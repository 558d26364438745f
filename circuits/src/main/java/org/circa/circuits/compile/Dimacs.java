package org.circa.circuits.compile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.circa.circuits.Circuit;
import org.circa.circuits.CircuitBuilder;

/**
 * Reads DIMACS CNF files, with the usual literal-weight extensions, and reads and writes
 * circuits in c2d's {@code .nnf} format. Stateless and thread-safe.
 *
 * <p>Weights: {@code c p weight LIT W [0]} (model counting competition, a weight per literal;
 * unmentioned literals weigh 1) and {@code w V P [0]} (Cachet: {@code +V} weighs {@code P} and
 * {@code -V} weighs {@code 1-P} unless given separately; {@code P = -1} means both 1). A
 * {@code w -V Q} line sets the negative literal's weight.
 */
public final class Dimacs {
    private Dimacs() {
    }

    /** Reads a CNF file, ignoring any weights. */
    public static Cnf read(Path file) throws IOException {
        return readWeighted(file).cnf();
    }

    /** Reads a CNF, ignoring any weights. */
    public static Cnf read(Reader in) throws IOException {
        return readWeighted(in).cnf();
    }

    /** Reads a CNF file with its literal weights, if it declares any. */
    public static WeightedCnf readWeighted(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return readWeighted(in);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a CNF with its literal weights, if it declares any.
     *
     * @throws IllegalArgumentException with the line number when the text is not DIMACS CNF
     */
    public static WeightedCnf readWeighted(Reader in) throws IOException {
        return new DimacsParser().parse(in instanceof BufferedReader b ? b : new BufferedReader(in));
    }

    /**
     * Writes the circuit below {@code root} in c2d's {@code .nnf} format: header
     * {@code nnf NODES EDGES VARS}, then one line per reachable node, children first
     * ({@code L lit}, {@code A k c1..ck}, {@code O j k c1..ck} with j the decision variable or 0;
     * true is {@code A 0}, false {@code O 0 0}).
     */
    public static void writeNnf(Circuit circuit, int root, Writer out) throws IOException {
        NnfFormat.write(circuit, root, out);
    }

    /** Reads a c2d {@code .nnf} circuit into the builder and returns its root (the last node). */
    public static int readNnf(Reader in, CircuitBuilder builder) throws IOException {
        return NnfFormat.read(in instanceof BufferedReader b ? b : new BufferedReader(in), builder);
    }
}
