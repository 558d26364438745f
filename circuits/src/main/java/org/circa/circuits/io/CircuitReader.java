package org.circa.circuits.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.circa.circuits.Circuit;

/** Reads a compiled circuit file in any supported format, recognised by its first content line. Stateless. */
public final class CircuitReader {
    private CircuitReader() {
    }

    /** The supported formats. */
    public enum Format {
        /** SDD library {@code sdd_save} text. */
        SDD,
        /** c2d d-DNNF ({@code nnf v e n}). */
        C2D_NNF,
        /** d4's d-DNNF ({@code o/a/t/f} node lines and edge lines). */
        D4
    }

    /** Whether the file name looks like a circuit this class reads ({@code .sdd}, {@code .nnf}, {@code .ddnnf}). */
    public static boolean isCircuitFile(Path path) {
        String name = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".sdd") || name.endsWith(".nnf") || name.endsWith(".ddnnf");
    }

    /** The format of {@code path}, from its first line that is not a comment. */
    public static Format detect(Path path) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String[] first = new Lines(in).next();
            if (first.length == 0) {
                throw new CircuitFormatException(0, path + " is empty");
            }
            return switch (first[0]) {
                case "sdd", "L", "D", "F", "T" -> Format.SDD;
                case "nnf" -> Format.C2D_NNF;
                default -> Format.D4;
            };
        }
    }

    /** Reads {@code path}, detecting its format. */
    public static Circuit read(Path path) throws IOException {
        Format format = detect(path);
        try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return read(in, format);
        } catch (CircuitFormatException e) {
            throw e.withContext(path + " (" + format + ")");
        }
    }

    /** Reads text in the given format. */
    public static Circuit read(BufferedReader in, Format format) throws IOException {
        return switch (format) {
            case SDD -> SddReader.read(in);
            case C2D_NNF -> NnfReader.read(in);
            case D4 -> D4Reader.read(in);
        };
    }

    /** Reads a string in the given format. */
    public static Circuit read(String text, Format format) throws IOException {
        return read(new BufferedReader(new StringReader(text)), format);
    }
}
