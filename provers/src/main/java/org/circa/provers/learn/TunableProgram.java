package org.circa.provers.learn;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.circa.language.Atom;
import org.circa.language.CircaException;
import org.circa.language.Clause;
import org.circa.language.Diagnostic;
import org.circa.language.DiagnosticCode;
import org.circa.language.FloatTerm;
import org.circa.language.IntTerm;
import org.circa.language.Program;
import org.circa.language.Struct;
import org.circa.language.Term;
import org.circa.language.TermPrinter;
import org.circa.language.Var;
import org.circa.provers.engine.Arithmetic;
import org.circa.provers.engine.ProbabilisticChoice;
import org.circa.provers.engine.ProgramLoader;
import org.circa.provers.engine.Terms;
import org.circa.provers.ground.LearningGrounder;

/**
 * A program with learnable probabilities ({@code t(Init)::h} or {@code t(Init, K1, ..., Kn)::h},
 * one parameter per value of the K's), rewritten for the engine. Each learnable clause C with
 * heads h_j, body B and variables V (those of its heads and of the K's) becomes
 * <pre>
 *   '$lfi_body'(C, V) :- B.
 *   π_0::'$lfi_choice'(C, 0, V); ...; π_k::'$lfi_choice'(C, k, V) :- '$lfi_body'(C, V).
 *   h_j :- '$lfi_choice'(C, j, V).
 * </pre>
 * so that one choice is made per value of V (as ProbLog's LFI does) and the body's condition can
 * be asked for on its own. Queries are left out. Immutable.
 */
public final class TunableProgram {
    private static final String CHOICE = "$lfi_choice";

    private final List<Entry> entries;
    private final List<Parameter> parameters;
    private final Program rewritten;
    private final List<Learnable> learnables;

    /** One head of a learnable clause: the atom and its annotation ({@code t(...)} or a probability). */
    public record Head(Term atom, Term annotation, int parameter, double fixed) {
        /** Whether this head's probability is learned. */
        public boolean learnable() {
            return parameter >= 0;
        }
    }

    /** A learnable clause: its heads, body ({@code null} for a fact) and the K's of its {@code t(...)}. */
    public record Learnable(int index, List<Head> heads, Term body, List<Term> keyTerms, double available) {
    }

    /** A clause of the source in order: kept as written, or learnable. */
    public record Entry(Clause clause, Learnable learnable) {
    }

    /** A learned parameter: its clause, its head there and its initial value (NaN for random). */
    public record Parameter(int clause, int head, double initial) {
    }

    private TunableProgram(List<Entry> entries, List<Parameter> parameters, Program rewritten) {
        this.entries = entries;
        this.parameters = parameters;
        this.rewritten = rewritten;
        List<Learnable> l = new ArrayList<>();
        for (Entry e : entries) {
            if (e.learnable() != null) {
                l.add(e.learnable());
            }
        }
        this.learnables = List.copyOf(l);
    }

    /** Finds the learnable clauses of a parsed program and rewrites them; errors name the clause. */
    public static TunableProgram of(Program program) {
        List<Entry> entries = new ArrayList<>();
        List<Parameter> parameters = new ArrayList<>();
        List<Clause> out = new ArrayList<>();
        List<Learnable> learnables = new ArrayList<>();
        for (Clause c : program.clauses()) {
            Term t = c.term().deref();
            if (ProgramLoader.isCall(t, "query", 1)
                    || (ProgramLoader.isCall(t, ":-", 2) && ProgramLoader.isCall(t.arg(0), "query", 1))) {
                continue;
            }
            Learnable l = learnable(t, learnables.size(), parameters, c);
            entries.add(new Entry(c, l));
            if (l == null) {
                out.add(c);
            } else {
                learnables.add(l);
                for (Term r : rewrite(l)) {
                    out.add(new Clause(r, c.span()));
                }
            }
        }
        return new TunableProgram(List.copyOf(entries), List.copyOf(parameters),
                new Program(program.source(), out));
    }

    private static Learnable learnable(Term t, int index, List<Parameter> parameters, Clause c) {
        Term head = t;
        Term body = null;
        if (ProgramLoader.isCall(t, ":-", 2)) {
            head = t.arg(0).deref();
            body = t.arg(1).deref();
        }
        if (!ProgramLoader.isCall(head, "::", 2) && !ProgramLoader.isCall(head, ";", 2)) {
            return null;
        }
        List<Term[]> annotated = new ArrayList<>();
        collect(head, annotated);
        if (annotated.stream().noneMatch(a -> isTunable(a[0]))) {
            return null;
        }
        List<Term> keyTerms = null;
        double fixedSum = 0;
        for (Term[] a : annotated) {
            if (isTunable(a[0])) {
                List<Term> k = List.of(((Struct) a[0].deref()).args()).subList(1, a[0].deref().arity());
                if (keyTerms == null) {
                    keyTerms = k;
                } else if (!TermPrinter.printWithNames(Struct.list(keyTerms))
                        .equals(TermPrinter.printWithNames(Struct.list(k)))) {
                    throw error(c, DiagnosticCode.UNSUPPORTED, "the learnable heads of one clause must share"
                            + " the arguments of t(...) after the first: " + TermPrinter.printWithNames(head));
                }
            } else {
                fixedSum += probability(a[0], c);
            }
        }
        List<Head> heads = new ArrayList<>();
        for (int j = 0; j < annotated.size(); j++) {
            Term[] a = annotated.get(j);
            if (isTunable(a[0])) {
                heads.add(new Head(a[1], a[0], parameters.size(), Double.NaN));
                parameters.add(new Parameter(index, j, initial(a[0].deref().arg(0), c)));
            } else {
                heads.add(new Head(a[1], a[0], -1, probability(a[0], c)));
            }
        }
        return new Learnable(index, List.copyOf(heads), body, keyTerms, 1.0 - fixedSum);
    }

    private static void collect(Term t, List<Term[]> out) {
        t = t.deref();
        if (ProgramLoader.isCall(t, ";", 2)) {
            collect(t.arg(0), out);
            collect(t.arg(1), out);
        } else if (ProgramLoader.isCall(t, "::", 2)) {
            out.add(new Term[] {t.arg(0).deref(), t.arg(1).deref()});
        } else {
            out.add(new Term[] {new IntTerm(1), t});
        }
    }

    private static boolean isTunable(Term annotation) {
        Term a = annotation.deref();
        return a instanceof Struct s && s.name().equals("t") && s.arity() >= 1;
    }

    private static double probability(Term p, Clause c) {
        try {
            return Arithmetic.toDouble(Arithmetic.eval(p));
        } catch (RuntimeException e) {
            throw error(c, DiagnosticCode.INVALID_PROBABILITY, "the probability " + p
                    + " of a clause with learnable probabilities must be a number");
        }
    }

    /** The initial value of {@code t(Init, ...)}: the number, or NaN (random) for a variable. */
    private static double initial(Term init, Clause c) {
        Term i = init.deref();
        if (i instanceof Var) {
            return Double.NaN;
        }
        double v = probability(i, c);
        if (!(v >= 0 && v <= 1)) {
            throw error(c, DiagnosticCode.INVALID_PROBABILITY, "the initial value " + v + " is not in [0, 1]");
        }
        return v;
    }

    private static CircaException error(Clause c, DiagnosticCode code, String message) {
        return new CircaException(Diagnostic.of(code, c.span(), message));
    }

    /** The three kinds of clause that stand for learnable clause {@code l}. */
    private static List<Term> rewrite(Learnable l) {
        List<Term> parts = new ArrayList<>();
        for (Head h : l.heads()) {
            parts.add(h.atom());
        }
        parts.addAll(l.keyTerms());
        List<Var> vars = Terms.variables(Struct.list(parts));
        IntTerm clause = new IntTerm(l.index());
        Term body = new Struct(LearningGrounder.BODY, withPrefix(vars, clause));
        List<Term> out = new ArrayList<>();
        out.add(l.body() == null ? body : new Struct(":-", body, l.body()));
        int learnable = (int) l.heads().stream().filter(Head::learnable).count();
        double placeholder = Math.max(0, l.available()) / (learnable + 1);
        Term disjunction = null;
        for (int j = l.heads().size() - 1; j >= 0; j--) {
            Head h = l.heads().get(j);
            Term p = h.learnable()
                    ? new Struct(ProbabilisticChoice.LEARNABLE, clause, new IntTerm(h.parameter()),
                            Struct.of("t", l.keyTerms().toArray(new Term[0])), new FloatTerm(placeholder))
                    : new FloatTerm(h.fixed());
            Term annotated = new Struct("::", p, choice(clause, j, vars));
            disjunction = disjunction == null ? annotated : new Struct(";", annotated, disjunction);
        }
        out.add(new Struct(":-", disjunction, body));
        for (int j = 0; j < l.heads().size(); j++) {
            out.add(new Struct(":-", l.heads().get(j).atom(), choice(clause, j, vars)));
        }
        List<Term> copies = new ArrayList<>();
        for (Term t : out) {
            copies.add(Terms.copy(t, new IdentityHashMap<Var, Var>()));
        }
        return copies;
    }

    private static Term choice(IntTerm clause, int j, List<Var> vars) {
        Term[] args = new Term[vars.size() + 2];
        args[0] = clause;
        args[1] = new IntTerm(j);
        for (int i = 0; i < vars.size(); i++) {
            args[i + 2] = vars.get(i);
        }
        return new Struct(CHOICE, args);
    }

    private static Term[] withPrefix(List<Var> vars, Term first) {
        Term[] args = new Term[vars.size() + 1];
        args[0] = first;
        for (int i = 0; i < vars.size(); i++) {
            args[i + 1] = vars.get(i);
        }
        return args;
    }

    /** The program the engine grounds: learnable clauses rewritten, queries left out. */
    public Program rewritten() {
        return rewritten;
    }

    /** The source's clauses in order (queries left out), each kept or learnable. */
    public List<Entry> entries() {
        return entries;
    }

    /** The learned parameters, numbered as in the {@code '$lfi'} terms of the rewritten program. */
    public List<Parameter> parameters() {
        return parameters;
    }

    /** The learnable clauses in order. */
    public List<Learnable> learnables() {
        return learnables;
    }

    static Map<Var, Term> substitution(List<Term> keyTerms, Term key) {
        Map<Var, Term> s = new IdentityHashMap<>();
        for (int i = 0; i < keyTerms.size() && i < key.arity(); i++) {
            if (keyTerms.get(i).deref() instanceof Var v) {
                s.put(v, key.arg(i));
            }
        }
        return s;
    }

    static final Atom NO_KEY = Atom.of("t");
}
