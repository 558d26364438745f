package org.circa.provers.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.circa.language.Atom;
import org.circa.language.DiagnosticCode;
import org.circa.language.FloatTerm;
import org.circa.language.IntTerm;
import org.circa.language.SourceSpan;
import org.circa.language.Struct;
import org.circa.language.Term;

/** ProbLog's {@code csv_load(File, Predicate)}: each data row of a CSV file (after its header) becomes a fact. Stateless. */
final class CsvFacts {
    private CsvFacts() {
    }

    static void load(Path file, String predicate, SourceSpan span, ClauseDb db) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PrologError(DiagnosticCode.CONSULT_ERROR, "cannot read " + file + ": " + e.getMessage());
        }
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<Term> args = new ArrayList<>();
            for (String cell : split(lines.get(i))) {
                args.add(value(cell));
            }
            db.addClause(Struct.of(predicate, args.toArray(new Term[0])), Atom.TRUE, span, false);
        }
    }

    private static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                cur.append(c);
            } else if (c == ',' && !quoted) {
                out.add(cur.toString().strip());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString().strip());
        return out;
    }

    private static Term value(String cell) {
        if (cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"")) {
            return Atom.of(cell.substring(1, cell.length() - 1));
        }
        try {
            return new IntTerm(Long.parseLong(cell));
        } catch (NumberFormatException e) {
            try {
                return new FloatTerm(Double.parseDouble(cell));
            } catch (NumberFormatException e2) {
                return Atom.of(cell);
            }
        }
    }
}
