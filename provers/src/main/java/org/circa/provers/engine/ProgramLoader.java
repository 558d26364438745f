package org.circa.provers.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.circa.grammar.ParseResult;
import org.circa.grammar.ProgramParser;
import org.circa.language.Atom;
import org.circa.language.CircaException;
import org.circa.language.Clause;
import org.circa.language.Diagnostic;
import org.circa.language.DiagnosticCode;
import org.circa.language.Program;
import org.circa.language.Source;
import org.circa.language.SourceSpan;
import org.circa.language.Struct;
import org.circa.language.Term;
import org.circa.language.Var;

/**
 * Reads parsed clauses into a {@link ClauseDb}: classifies ProbLog's clause forms, rewrites
 * probabilistic ones into ordinary clauses ending in {@code '$choice'/4}, runs directives
 * ({@code consult}, {@code use_module}, {@code unknown}) and collects queries and evidence.
 * Not thread-safe; one loader per program.
 */
public final class ProgramLoader {
    /** The prefix of the predicate that holds the negative-head clauses of a predicate. */
    public static final String NEG_PREFIX = "$neg$";
    /** The prefix of the predicate that holds the positive clauses of such a predicate. */
    public static final String POS_PREFIX = "$pos$";

    private final ClauseDb db = new ClauseDb();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Set<String> loadedLibraries = new HashSet<>();
    private final Set<Path> consulted = new HashSet<>();
    private final Set<String> negativeHeads = new HashSet<>();

    /** Loads a program and everything it consults; errors are collected, not thrown. */
    public ClauseDb load(Program program) {
        if (program.source().path() != null) {
            consulted.add(program.source().path().toAbsolutePath().normalize());
        }
        loadLibrary("builtin");
        addAll(program, false);
        finish();
        if (!diagnostics.isEmpty()) {
            throw new CircaException(diagnostics);
        }
        return db;
    }

    private void addAll(Program program, boolean fromLibrary) {
        for (Clause c : program.clauses()) {
            try {
                add(c.term(), c.span(), program.source(), fromLibrary);
            } catch (PrologError e) {
                diagnostics.add(new Diagnostic(e.code(), e.getMessage(), c.span()));
            }
        }
    }

    private void add(Term t, SourceSpan span, Source source, boolean lib) {
        t = t.deref();
        if (t instanceof Struct s && s.name().equals(":-") && s.arity() == 1) {
            directive(s.arg(0).deref(), span, source);
            return;
        }
        if (isCall(t, "query", 1)) {
            db.addQuery(t.arg(0).deref(), Atom.TRUE, span);
            return;
        }
        if ((isCall(t, ":-", 2) || isCall(t, "<-", 2)) && isCall(t.arg(0), "query", 1)) {
            db.addQuery(t.arg(0).deref().arg(0).deref(), t.arg(1).deref(), span);
            return;
        }
        if ((isCall(t, ":-", 2) || isCall(t, "<-", 2))
                && (isCall(t.arg(0), "evidence", 1) || isCall(t.arg(0), "evidence", 2))) {
            Term ev = t.arg(0).deref();
            Term value = ev.arity() == 2 ? ev.arg(1).deref() : Atom.TRUE;
            db.addEvidence(ev.arg(0).deref(), value, t.arg(1).deref());
            return;
        }
        if (isCall(t, "evidence", 1)) {
            Term a = t.arg(0).deref();
            if (isCall(a, "\\+", 1)) {
                db.addEvidence(a.arg(0).deref(), Atom.FALSE, Atom.TRUE);
            } else {
                db.addEvidence(a, Atom.TRUE, Atom.TRUE);
            }
            return;
        }
        if (isCall(t, "evidence", 2)) {
            db.addEvidence(t.arg(0).deref(), t.arg(1).deref(), Atom.TRUE);
            return;
        }
        Term head = t;
        Term body = Atom.TRUE;
        if (t instanceof Struct s && s.arity() == 2 && (s.name().equals(":-") || s.name().equals("<-"))) {
            head = s.arg(0).deref();
            body = s.arg(1).deref();
        }
        addRule(head, body, span, lib);
    }

    private void addRule(Term head, Term body, SourceSpan span, boolean lib) {
        if (isCall(head, "::", 2) || isCall(head, ";", 2)) {
            List<Term> heads = new ArrayList<>();
            List<Term> probs = new ArrayList<>();
            collectAnnotated(head, heads, probs, span);
            Term key = keyOf(heads, body);
            int cid = db.newChoiceClause();
            Term probList = Struct.list(probs);
            for (int i = 0; i < heads.size(); i++) {
                Term choice = new Struct("$choice", new org.circa.language.IntTerm(cid),
                        new org.circa.language.IntTerm(i), probList, key, heads.get(i));
                Term newBody = body == Atom.TRUE ? choice : new Struct(",", body, choice);
                addPlain(heads.get(i), newBody, span, lib);
            }
            return;
        }
        addPlain(head, body, span, lib);
    }

    private void addPlain(Term head, Term body, SourceSpan span, boolean lib) {
        head = head.deref();
        if (isCall(head, "\\+", 1)) {
            Term positive = head.arg(0).deref();
            negativeHeads.add(positive.indicator());
            db.addClause(ClauseDb.rename(positive, NEG_PREFIX), body, span, lib);
            return;
        }
        if (head instanceof Var || head.indicator() == null) {
            throw new PrologError(DiagnosticCode.INVALID_CLAUSE, "the head " + head + " is not callable");
        }
        Term[] aggregated = HeadAggregates.rewrite(head, body);
        db.addClause(aggregated[0], aggregated[1], span, lib);
    }

    private static Term keyOf(List<Term> heads, Term body) {
        List<Term> all = new ArrayList<>();
        for (Term h : heads) {
            all.add(h);
        }
        all.add(body);
        List<Var> vars = Terms.variables(Struct.list(all));
        return vars.isEmpty() ? Atom.of("$key") : new Struct("$key", vars.toArray(new Term[0]));
    }

    private void collectAnnotated(Term t, List<Term> heads, List<Term> probs, SourceSpan span) {
        t = t.deref();
        if (isCall(t, ";", 2)) {
            collectAnnotated(t.arg(0), heads, probs, span);
            collectAnnotated(t.arg(1), heads, probs, span);
        } else if (isCall(t, "::", 2)) {
            Term p = t.arg(0).deref();
            if (isCall(p, "t", 1)) {
                throw new PrologError(DiagnosticCode.UNSUPPORTED,
                        "learnable probability " + p + ": learn it from examples with 'circa lfi MODEL EXAMPLES'"
                                + " (Engine.learn), which writes the program with the learned probabilities");
            }
            if (isCall(p, "nn", 4)) {
                List<Term> domain = Terms.listItems(p.arg(3));
                if (domain == null || domain.isEmpty()) {
                    throw new PrologError(DiagnosticCode.INVALID_CLAUSE, "the domain of " + p + " must be a list");
                }
                Term output = p.arg(2).deref();
                Term head = t.arg(1).deref();
                for (int j = 0; j < domain.size(); j++) {
                    heads.add(Terms.substitute(head, output, domain.get(j)));
                    probs.add(new Struct("$nn", p.arg(0), p.arg(1), new org.circa.language.IntTerm(j),
                            new org.circa.language.IntTerm(domain.size())));
                }
                return;
            }
            if (isCall(p, "nn", 2)) {
                heads.add(t.arg(1).deref());
                probs.add(new Struct("$nn", p.arg(0), p.arg(1), new org.circa.language.IntTerm(0),
                        new org.circa.language.IntTerm(1)));
                return;
            }
            probs.add(p);
            heads.add(t.arg(1).deref());
        } else {
            heads.add(t);
            probs.add(new org.circa.language.IntTerm(1));
        }
    }

    private void directive(Term d, SourceSpan span, Source source) {
        if (isCall(d, ",", 2)) {
            directive(d.arg(0).deref(), span, source);
            directive(d.arg(1).deref(), span, source);
        } else if (isCall(d, "use_module", 1) || isCall(d, "use_module", 2)) {
            Term m = d.arg(0).deref();
            if (isCall(m, "library", 1)) {
                String name = m.arg(0).deref().name();
                loadLibrary(name == null ? "" : name.replaceAll("\\.pl$", ""));
            } else {
                consult(m, span, source);
            }
        } else if (isCall(d, "consult", 1)) {
            Term arg = d.arg(0).deref();
            List<Term> files = Terms.listItems(arg);
            for (Term f : files == null ? List.of(arg) : files) {
                consult(f, span, source);
            }
        } else if (isCall(d, "unknown", 1)) {
            db.setUnknownFails("fail".equals(d.arg(0).deref().name()));
        } else if (isCall(d, "csv_load", 2)) {
            CsvFacts.load(resolvePath(d.arg(0), source), d.arg(1).deref().name(), span, db);
        } else if (isCall(d, "load_external", 1)) {
            throw new PrologError(DiagnosticCode.UNSUPPORTED, "Python externals (" + d + ")");
        }
        // Other directives (initialization, set_prolog_flag, ...) have no meaning here.
    }

    private static Path resolvePath(Term fileTerm, Source source) {
        Term t = fileTerm.deref();
        String name = t instanceof org.circa.language.StringTerm st ? st.value() : t.name();
        if (name == null) {
            throw new PrologError(DiagnosticCode.CONSULT_ERROR, "not a file name: " + t);
        }
        Path base = source.path() == null ? Path.of(".") : source.path().toAbsolutePath().getParent();
        return base.resolve(name);
    }

    private void consult(Term fileTerm, SourceSpan span, Source source) {
        String name = fileTerm.deref().name();
        if (name == null && fileTerm.deref() instanceof org.circa.language.StringTerm st) {
            name = st.value();
        }
        if (name == null) {
            throw new PrologError(DiagnosticCode.CONSULT_ERROR, "cannot consult " + fileTerm);
        }
        Path base = source.path() == null ? Path.of(".") : source.path().toAbsolutePath().getParent();
        Path p = base.resolve(name);
        if (!Files.exists(p) && !name.endsWith(".pl")) {
            p = base.resolve(name + ".pl");
        }
        p = p.toAbsolutePath().normalize();
        if (!consulted.add(p)) {
            return;
        }
        try {
            ParseResult r = ProgramParser.parse(Source.read(p));
            diagnostics.addAll(r.diagnostics());
            addAll(r.program(), false);
        } catch (IOException e) {
            throw new PrologError(DiagnosticCode.CONSULT_ERROR, "cannot read " + p + ": " + e.getMessage());
        }
    }

    private void loadLibrary(String name) {
        if (!loadedLibraries.add(name)) {
            return;
        }
        String resource = "/org/circa/provers/lib/" + name + ".pl";
        try (InputStream in = ProgramLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                return; // libraries implemented in Java (or with no meaning here) have no file
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            ParseResult r = ProgramParser.parse(Source.of("library(" + name + ")", text));
            if (r.hasErrors()) {
                throw new IllegalStateException("bundled library " + name + " does not parse: " + r.diagnostics());
            }
            addAll(r.program(), true);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read bundled library " + name, e);
        }
    }

    private void finish() {
        for (String ind : negativeHeads) {
            List<StoredClause> pos = db.remove(ind);
            int slash = ind.lastIndexOf('/');
            String name = ind.substring(0, slash);
            int arity = Integer.parseInt(ind.substring(slash + 1));
            Term[] args = new Term[arity];
            for (int i = 0; i < arity; i++) {
                args[i] = new Var("A" + i);
            }
            Term head = Struct.of(name, args);
            if (pos != null) {
                for (StoredClause c : pos) {
                    db.addClause(ClauseDb.rename(c.head(), POS_PREFIX), c.body(), c.span(), false);
                }
            }
            Term posCall = ClauseDb.rename(head, POS_PREFIX);
            Term negCall = ClauseDb.rename(head, NEG_PREFIX);
            Term body = pos == null ? Atom.FAIL : new Struct(",", posCall, new Struct("\\+", negCall));
            db.addClause(head, body, SourceSpan.NONE, false);
        }
    }

    /** Whether t is a compound (or atom when arity 0) with this name and arity. */
    public static boolean isCall(Term t, String name, int arity) {
        t = t.deref();
        return t.arity() == arity && name.equals(t.name()) && !(t instanceof Var);
    }
}
