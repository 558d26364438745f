package org.circa.language;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The text of a program with the name it is reported under. Immutable. */
public record Source(String name, String text, Path path) {

    /** A source held in memory, with no file behind it. */
    public static Source of(String name, String text) {
        return new Source(name, text, null);
    }

    /** Reads a source file as UTF-8. */
    public static Source read(Path path) throws IOException {
        return new Source(path.toString(), Files.readString(path, StandardCharsets.UTF_8), path);
    }

    /** The 1-based line of the text, without its line terminator, or "" when out of range. */
    public String line(int line) {
        List<String> lines = text.lines().toList();
        return line >= 1 && line <= lines.size() ? lines.get(line - 1) : "";
    }
}
