package org.circa.neural;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.circa.language.CircaException;
import org.circa.language.Diagnostic;
import org.circa.language.DiagnosticCode;
import org.circa.language.GroundProgram;
import org.circa.language.SourceSpan;
import org.circa.language.Term;

/**
 * Fuzzy semantics of a compiled shape: the ground rules themselves, not the compiled circuit,
 * evaluated with a t-norm ({@link FuzzyOps}). A derived atom whose only rule is the chain body of
 * class i of a neural group (the way {@code nn/4} grounds) is a leaf labelled with the network's
 * output p_i directly; other choice atoms are leaves with their probability. Acyclic programs
 * without evidence only. Not thread-safe.
 */
final class FuzzyEvaluator implements ShapeEvaluator {
    private static final int LEAF_CONST = 0;
    private static final int LEAF_NEURAL = 1;
    private static final int LEAF_CHAIN = 2;
    private static final int AND = 3;
    private static final int OR = 4;

    private final CompiledShape shape;
    private final FuzzyOps ops;
    private final GroundProgram program;
    private final Map<Integer, int[]> neuralHead = new HashMap<>();
    private final Map<Integer, int[]> neuralChoice = new HashMap<>();
    private final int[] memo;
    private final boolean[] inProgress;
    private int[] kind = new int[64];
    private int[][] children = new int[64][];
    private double[] constant = new double[64];
    private int[][] leaf = new int[64][];
    private int size;
    private final int[] queryNode;

    FuzzyEvaluator(CompiledShape shape, Semantics semantics) {
        this.shape = shape;
        this.ops = FuzzyOps.of(semantics);
        this.program = shape.compiled().program();
        if (!program.evidence().isEmpty()) {
            throw unsupported("evidence under " + semantics + " semantics (fuzzy logics do not condition)");
        }
        indexNeuralAtoms();
        memo = new int[program.atomCount() + 1];
        Arrays.fill(memo, -1);
        inProgress = new boolean[program.atomCount() + 1];
        List<Term> atoms = shape.queryAtoms();
        queryNode = new int[atoms.size()];
        for (int qi = 0; qi < atoms.size(); qi++) {
            int lit = literalOf(atoms.get(qi));
            queryNode[qi] = literal(lit);
        }
    }

    private int literalOf(Term atom) {
        for (GroundProgram.Query q : program.queries()) {
            if (q.atom().equals(atom)) {
                return q.literal();
            }
        }
        throw new IllegalStateException("query atom not in the ground program: " + atom);
    }

    private void indexNeuralAtoms() {
        List<CompiledShape.Group> groups = shape.groups();
        for (int g = 0; g < groups.size(); g++) {
            int[] atoms = groups.get(g).atoms();
            for (int i = 0; i < atoms.length; i++) {
                neuralChoice.put(atoms[i], new int[] {g, i});
            }
        }
        for (int a = 1; a <= program.atomCount(); a++) {
            if (program.isChoice(a) || program.bodies(a).size() != 1) {
                continue;
            }
            int[] body = program.bodies(a).get(0);
            int[] head = chainClass(body);
            if (head != null) {
                neuralHead.put(a, head);
            }
        }
    }

    /** The (group, class) whose chain body this is, or null. */
    private int[] chainClass(int[] body) {
        int[] positive = null;
        for (int lit : body) {
            if (lit > 0 && lit != GroundProgram.TRUE) {
                if (positive != null) {
                    return null;
                }
                positive = neuralChoice.get(lit);
                if (positive == null) {
                    return null;
                }
            }
        }
        if (positive == null || body.length != positive[1] + 1) {
            return null;
        }
        int[] atoms = shape.groups().get(positive[0]).atoms();
        for (int lit : body) {
            if (lit < 0) {
                int[] gi = neuralChoice.get(-lit);
                if (gi == null || gi[0] != positive[0] || gi[1] >= positive[1] || atoms[gi[1]] != -lit) {
                    return null;
                }
            }
        }
        return positive;
    }

    private int literal(int lit) {
        if (lit == GroundProgram.TRUE || lit == GroundProgram.FALSE) {
            return node(LEAF_CONST, null, lit == GroundProgram.TRUE ? 1.0 : 0.0, null);
        }
        int n = atom(Math.abs(lit));
        return lit > 0 ? n : ~n;
    }

    private int atom(int a) {
        if (memo[a] >= 0) {
            return memo[a];
        }
        if (inProgress[a]) {
            throw unsupported("cyclic program under fuzzy semantics (through " + program.name(a) + ")");
        }
        inProgress[a] = true;
        int n;
        if (neuralHead.containsKey(a)) {
            n = node(LEAF_NEURAL, null, 0, neuralHead.get(a));
        } else if (neuralChoice.containsKey(a)) {
            n = node(LEAF_CHAIN, null, 0, neuralChoice.get(a));
        } else if (program.isChoice(a)) {
            n = node(LEAF_CONST, null, program.probability(a), null);
        } else {
            List<int[]> bodies = program.bodies(a);
            int[] disjuncts = new int[bodies.size()];
            for (int r = 0; r < disjuncts.length; r++) {
                int[] body = bodies.get(r);
                int[] conj = new int[body.length];
                for (int i = 0; i < body.length; i++) {
                    conj[i] = literal(body[i]);
                }
                disjuncts[r] = conj.length == 1 ? conj[0] : node(AND, conj, 0, null);
            }
            n = disjuncts.length == 1 && disjuncts[0] >= 0 ? disjuncts[0] : node(OR, disjuncts, 0, null);
        }
        inProgress[a] = false;
        memo[a] = n;
        return n;
    }

    private int node(int k, int[] kids, double value, int[] leafRef) {
        if (size == kind.length) {
            int cap = size * 2;
            kind = Arrays.copyOf(kind, cap);
            children = Arrays.copyOf(children, cap);
            constant = Arrays.copyOf(constant, cap);
            leaf = Arrays.copyOf(leaf, cap);
        }
        kind[size] = k;
        children[size] = kids;
        constant[size] = value;
        leaf[size] = leafRef;
        return size++;
    }

    private static double read(double[] values, int ref) {
        return ref >= 0 ? values[ref] : 1.0 - values[~ref];
    }

    /** Node values of one column; leaf outputs taken from the batch. */
    private double[] forward(Column c, NetworkBatch batch, double[][] outputs) {
        double[] v = new double[size];
        for (int n = 0; n < size; n++) {
            switch (kind[n]) {
                case LEAF_CONST -> v[n] = constant[n];
                case LEAF_NEURAL -> v[n] = outputs[leaf[n][0]][leaf[n][1]];
                case LEAF_CHAIN -> v[n] = ChainEncoding.conditionals(outputs[leaf[n][0]])[leaf[n][1]];
                default -> {
                    int[] kids = children[n];
                    double[] xs = new double[kids.length];
                    for (int i = 0; i < kids.length; i++) {
                        xs[i] = read(v, kids[i]);
                    }
                    v[n] = kind[n] == AND ? ops.and(xs) : ops.or(xs);
                }
            }
        }
        return v;
    }

    private double[][] outputs(Column c, NetworkBatch batch) {
        List<CompiledShape.Group> groups = shape.groups();
        double[][] out = new double[groups.size()][];
        for (int g = 0; g < out.length; g++) {
            out[g] = batch.output(groups.get(g).network(), c.rows()[g]);
        }
        return out;
    }

    @Override
    public double[] evaluate(List<Column> columns, NetworkBatch batch, Loss loss) {
        double[] values = new double[columns.size()];
        for (int b = 0; b < values.length; b++) {
            Column c = columns.get(b);
            if (c.query() < 0) {
                values[b] = 0;
                continue;
            }
            double[][] outputs = outputs(c, batch);
            double[] v = forward(c, batch, outputs);
            int root = queryNode[c.query()];
            values[b] = read(v, root);
            if (loss != null && c.weight() > 0) {
                double d = c.weight() * loss.derivative(values[b], c.target());
                backward(v, root, d, c, batch, outputs);
            }
        }
        return values;
    }

    private void backward(double[] v, int root, double seed, Column c, NetworkBatch batch, double[][] outputs) {
        double[] adj = new double[size];
        if (root >= 0) {
            adj[root] = seed;
        } else {
            adj[~root] = -seed;
        }
        double[][] dOut = new double[outputs.length][];
        for (int n = size - 1; n >= 0; n--) {
            if (adj[n] == 0) {
                continue;
            }
            switch (kind[n]) {
                case LEAF_CONST -> { }
                case LEAF_NEURAL -> gradientRow(dOut, outputs, leaf[n][0])[leaf[n][1]] += adj[n];
                case LEAF_CHAIN -> {
                    int g = leaf[n][0];
                    double[] dq = new double[outputs[g].length];
                    dq[leaf[n][1]] = adj[n];
                    double[] dp = ChainEncoding.backward(outputs[g], dq);
                    double[] row = gradientRow(dOut, outputs, g);
                    for (int i = 0; i < dp.length; i++) {
                        row[i] += dp[i];
                    }
                }
                default -> {
                    int[] kids = children[n];
                    double[] xs = new double[kids.length];
                    for (int i = 0; i < kids.length; i++) {
                        xs[i] = read(v, kids[i]);
                    }
                    double[] d = kind[n] == AND ? ops.andGradient(xs) : ops.orGradient(xs);
                    for (int i = 0; i < kids.length; i++) {
                        int k = kids[i];
                        if (k >= 0) {
                            adj[k] += adj[n] * d[i];
                        } else {
                            adj[~k] -= adj[n] * d[i];
                        }
                    }
                }
            }
        }
        List<CompiledShape.Group> groups = shape.groups();
        for (int g = 0; g < dOut.length; g++) {
            if (dOut[g] != null) {
                batch.addGradient(groups.get(g).network(), c.rows()[g], dOut[g]);
            }
        }
    }

    private static double[] gradientRow(double[][] dOut, double[][] outputs, int g) {
        if (dOut[g] == null) {
            dOut[g] = new double[outputs[g].length];
        }
        return dOut[g];
    }

    @Override
    public double[][] all(List<Column> columns, NetworkBatch batch) {
        double[][] out = new double[columns.size()][queryNode.length];
        for (int b = 0; b < out.length; b++) {
            double[] v = forward(columns.get(b), batch, outputs(columns.get(b), batch));
            for (int qi = 0; qi < queryNode.length; qi++) {
                out[b][qi] = read(v, queryNode[qi]);
            }
        }
        return out;
    }

    private static CircaException unsupported(String what) {
        return new CircaException(Diagnostic.of(DiagnosticCode.UNSUPPORTED, SourceSpan.NONE, what));
    }
}
