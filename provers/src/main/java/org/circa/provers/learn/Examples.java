package org.circa.provers.learn;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.circa.grammar.ParseResult;
import org.circa.grammar.ProgramParser;
import org.circa.language.CircaException;
import org.circa.language.Clause;
import org.circa.language.Diagnostic;
import org.circa.language.DiagnosticCode;
import org.circa.language.Source;
import org.circa.language.Term;
import org.circa.language.TermPrinter;
import org.circa.provers.engine.ProgramLoader;

/**
 * Reads training examples (partial interpretations) in ProbLog's LFI format: {@code evidence(A)},
 * {@code evidence(A, true|false)} and {@code evidence(\+A)} facts, one example after another,
 * separated by lines that start with {@code ---}. Stateless.
 */
public final class Examples {
    private Examples() {
    }

    /** One observed atom of an example. */
    public record Observation(Term atom, boolean value) {
    }

    /** One example: its evidence clauses, and where it starts (for messages). */
    public record Example(List<Clause> evidence, String origin) {
        /**
         * The observed atoms with their values; an atom with variables, or a value other than
         * true or false, is an error that says where.
         */
        public List<Observation> observations() {
            List<Observation> out = new ArrayList<>();
            for (Clause c : evidence) {
                Term t = c.term().deref();
                Term atom = t.arg(0).deref();
                boolean value = true;
                if (t.arity() == 2) {
                    String v = t.arg(1).deref().name();
                    if (!"true".equals(v) && !"false".equals(v)) {
                        throw new CircaException(Diagnostic.of(DiagnosticCode.INVALID_CLAUSE, c.span(),
                                "the value of evidence must be true or false, not " + TermPrinter.print(t.arg(1))));
                    }
                    value = v.equals("true");
                } else if (ProgramLoader.isCall(atom, "\\+", 1)) {
                    atom = atom.arg(0).deref();
                    value = false;
                }
                if (!atom.isGround()) {
                    throw new CircaException(Diagnostic.of(DiagnosticCode.NON_GROUND_QUERY, c.span(), TermPrinter.print(atom)));
                }
                out.add(new Observation(atom, value));
            }
            return out;
        }

        /** A canonical text of the evidence, equal for equal examples. */
        public String key() {
            StringBuilder sb = new StringBuilder();
            for (Clause c : evidence) {
                sb.append(TermPrinter.print(c.term())).append('\n');
            }
            return sb.toString();
        }
    }

    /** The examples of the given files, in order; examples without evidence are left out. */
    public static List<Example> read(List<Path> files) throws IOException {
        List<Example> out = new ArrayList<>();
        for (Path f : files) {
            out.addAll(parse(Source.read(f)));
        }
        return out;
    }

    /** The examples of one source. */
    public static List<Example> parse(Source source) {
        List<Example> out = new ArrayList<>();
        String[] lines = source.text().split("\n", -1);
        StringBuilder chunk = new StringBuilder();
        int chunkStart = 1;
        for (int i = 0; i <= lines.length; i++) {
            boolean end = i == lines.length || lines[i].strip().startsWith("---");
            if (!end) {
                chunk.append(lines[i]).append('\n');
                continue;
            }
            // Blank lines keep the chunk's line numbers equal to the file's.
            String text = "\n".repeat(chunkStart - 1) + chunk;
            Example e = example(source, text, chunkStart, out.size() + 1);
            if (!e.evidence().isEmpty()) {
                out.add(e);
            }
            chunk.setLength(0);
            chunkStart = i + 2;
        }
        return out;
    }

    private static Example example(Source source, String text, int line, int number) {
        ParseResult r = ProgramParser.parse(Source.of(source.name(), text));
        if (r.hasErrors()) {
            throw new CircaException(r.diagnostics());
        }
        List<Clause> evidence = new ArrayList<>();
        for (Clause c : r.program().clauses()) {
            Term t = c.term().deref();
            if (!ProgramLoader.isCall(t, "evidence", 1) && !ProgramLoader.isCall(t, "evidence", 2)) {
                throw new CircaException(Diagnostic.of(DiagnosticCode.INVALID_CLAUSE, c.span(),
                        "an example holds only evidence(Atom), evidence(Atom, true|false) facts, not "
                                + TermPrinter.print(t)));
            }
            evidence.add(c);
        }
        return new Example(List.copyOf(evidence), source.name() + ":" + line + " (example " + number + ")");
    }
}
