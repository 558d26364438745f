package org.circa.language;

/** A region of a source file: 1-based line and column of its first and last character. Immutable. */
public record SourceSpan(String file, int line, int column, int endLine, int endColumn) {
    /** A span for text that has no source (built programmatically). */
    public static final SourceSpan NONE = new SourceSpan("<none>", 0, 0, 0, 0);

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
