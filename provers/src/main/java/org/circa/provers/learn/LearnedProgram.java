package org.circa.provers.learn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.circa.language.FloatTerm;
import org.circa.language.Struct;
import org.circa.language.Term;
import org.circa.language.TermPrinter;
import org.circa.language.Var;
import org.circa.provers.engine.Terms;

/**
 * The result of parameter learning: the learned values, the log-likelihood of the examples and
 * the number of EM steps, and the program with its learned probabilities written in (one clause
 * per key for {@code t(_, K...)}). Immutable.
 */
public final class LearnedProgram {
    private final TunableProgram program;
    private final List<Slot> slots;
    private final double[] initial;
    private final double logLikelihood;
    private final int iterations;
    private final List<String> leftOut;

    LearnedProgram(TunableProgram program, List<Slot> slots, double[] initial, double logLikelihood, int iterations,
            List<String> leftOut) {
        this.program = program;
        this.slots = slots;
        this.initial = initial.clone();
        this.logLikelihood = logLikelihood;
        this.iterations = iterations;
        this.leftOut = List.copyOf(leftOut);
    }

    /** Where the examples left out (their evidence impossible in the program) come from. */
    public List<String> leftOut() {
        return leftOut;
    }

    /**
     * A JSON object: {@code iterations}, {@code log_likelihood}, {@code left_out} (origins),
     * {@code weights} (each learned head as printed, and its probability) and {@code program}.
     */
    public String toJson() {
        StringBuilder sb = new StringBuilder("{\n  \"iterations\": ").append(iterations)
                .append(",\n  \"log_likelihood\": ").append(logLikelihood).append(",\n  \"left_out\": [");
        for (int i = 0; i < leftOut.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(json(leftOut.get(i)));
        }
        sb.append("],\n  \"weights\": [");
        List<Weight> weights = weights();
        for (int i = 0; i < weights.size(); i++) {
            sb.append(i == 0 ? "\n    " : ",\n    ").append("{\"head\": ")
                    .append(json(TermPrinter.printWithNames(weights.get(i).head())))
                    .append(", \"probability\": ").append(weights.get(i).probability()).append('}');
        }
        return sb.append(weights.isEmpty() ? "]" : "\n  ]").append(",\n  \"program\": ").append(json(text()))
                .append("\n}\n").toString();
    }

    private static String json(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t") + '"';
    }

    /** One clause of the learned program, printed, with the index of the source clause it comes from. */
    public record Line(int sourceClause, String text) {
    }

    /** One learned value: the annotated head as in the source (K's filled in) and its probability. */
    public record Weight(Term head, double probability) {
    }

    /** The log-likelihood of the examples under the parameters before the last step. */
    public double logLikelihood() {
        return logLikelihood;
    }

    /** The number of EM steps taken. */
    public int iterations() {
        return iterations;
    }

    /** The learned values, in order of parameter and then of first appearance of each key. */
    public List<Weight> weights() {
        List<Weight> out = new ArrayList<>();
        for (int p = 0; p < program.parameters().size(); p++) {
            TunableProgram.Parameter param = program.parameters().get(p);
            TunableProgram.Learnable l = program.learnables().get(param.clause());
            Term head = l.heads().get(param.head()).atom();
            for (Map.Entry<Term, double[]> e : valuesByKey(l).entrySet()) {
                Term h = substitute(head, TunableProgram.substitution(l.keyTerms(), e.getKey()));
                out.add(new Weight(h, e.getValue()[param.head()]));
            }
        }
        return out;
    }

    /**
     * The learned program, clause by clause (queries left out), as ProbLog's LFI prints it, with
     * probabilities to 10 significant digits.
     */
    public List<Line> lines() {
        List<Line> out = new ArrayList<>();
        List<TunableProgram.Entry> entries = program.entries();
        for (int i = 0; i < entries.size(); i++) {
            TunableProgram.Entry e = entries.get(i);
            if (e.learnable() == null) {
                out.add(new Line(i, clauseText(e.clause().term())));
                continue;
            }
            TunableProgram.Learnable l = e.learnable();
            for (Map.Entry<Term, double[]> kv : valuesByKey(l).entrySet()) {
                out.add(new Line(i, clauseText(l, kv.getKey(), kv.getValue())));
            }
        }
        return out;
    }

    /** The learned program as text, one clause per line. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Line l : lines()) {
            sb.append(l.text()).append('\n');
        }
        return sb.toString();
    }

    /**
     * Per key of a learnable clause (in order of first appearance), the probability of each head:
     * learned, or fixed. A clause without K's has one key, with its starting values if no example
     * reached it.
     */
    private Map<Term, double[]> valuesByKey(TunableProgram.Learnable l) {
        Map<String, Term> keys = new LinkedHashMap<>();
        Map<String, double[]> values = new LinkedHashMap<>();
        if (l.keyTerms().isEmpty()) {
            keys.put("", TunableProgram.NO_KEY);
            values.put("", startingValues(l));
        }
        for (Slot s : slots) {
            TunableProgram.Parameter p = program.parameters().get(s.parameter);
            if (p.clause() != l.index() || (!s.reached && !l.keyTerms().isEmpty())) {
                continue;
            }
            String id = l.keyTerms().isEmpty() ? "" : Terms.variantKey(s.key);
            keys.putIfAbsent(id, s.key);
            values.computeIfAbsent(id, x -> startingValues(l))[p.head()] = s.value;
        }
        Map<Term, double[]> out = new LinkedHashMap<>();
        for (Map.Entry<String, Term> e : keys.entrySet()) {
            out.put(e.getValue(), values.get(e.getKey()));
        }
        return out;
    }

    /** Each head's probability before learning: its start if learnable, else its fixed value. */
    private double[] startingValues(TunableProgram.Learnable l) {
        double[] v = new double[l.heads().size()];
        for (int j = 0; j < v.length; j++) {
            TunableProgram.Head h = l.heads().get(j);
            v[j] = h.learnable() ? initial[h.parameter()] : h.fixed();
        }
        return v;
    }

    private static String clauseText(TunableProgram.Learnable l, Term key, double[] values) {
        Map<Var, Term> s = TunableProgram.substitution(l.keyTerms(), key);
        Term heads = null;
        for (int j = l.heads().size() - 1; j >= 0; j--) {
            Term h = new Struct("::", new FloatTerm(printed(values[j])), substitute(l.heads().get(j).atom(), s));
            heads = heads == null ? h : new Struct(";", h, heads);
        }
        return clauseText(l.body() == null ? heads : new Struct(":-", heads, substitute(l.body(), s)));
    }

    /** A probability rounded to 10 significant digits for printing ({@link #weights} keeps every digit). */
    static double printed(double p) {
        return p == 0 ? 0 : new java.math.BigDecimal(p).round(new java.math.MathContext(10)).doubleValue();
    }

    /** A clause as ProbLog prints it: {@code head :- body.} with the body's conjunction unparenthesised. */
    private static String clauseText(Term clause) {
        Term c = clause.deref();
        if (c instanceof Struct s && s.arity() == 2 && s.name().equals(":-")) {
            return TermPrinter.printWithNames(s.arg(0)) + " :- " + TermPrinter.printWithNames(s.arg(1)) + ".";
        }
        return TermPrinter.printWithNames(c) + ".";
    }

    private static Term substitute(Term t, Map<Var, Term> s) {
        t = t.deref();
        if (t instanceof Var v) {
            return s.getOrDefault(v, v);
        }
        if (t instanceof Struct st) {
            Term[] a = st.args();
            Term[] out = new Term[a.length];
            for (int i = 0; i < a.length; i++) {
                out[i] = substitute(a[i], s);
            }
            return new Struct(st.name(), out);
        }
        return t;
    }
}
