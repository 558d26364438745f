package org.circa.neural;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.circa.language.CircaException;
import org.circa.language.Clause;
import org.circa.language.Diagnostic;
import org.circa.language.DiagnosticCode;
import org.circa.language.Program;
import org.circa.language.Source;
import org.circa.language.SourceSpan;
import org.circa.language.Struct;
import org.circa.language.Term;
import org.circa.provers.Engine;
import org.circa.provers.pipeline.CompiledQueries;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * A program with neural predicates bound to networks and tensor sources: answers ground queries
 * whose arguments name tensors, and is what a {@link Trainer} trains. Queries that differ only
 * in their tensors (and in declared output arguments) share one shape, grounded and compiled
 * once; a batch of such queries is one batched evaluation of that circuit, and each distinct
 * input goes through its network once per batch. Not thread-safe: the networks it holds are
 * mutable.
 */
public final class NeuralModel {
    private final Engine engine;
    private final Program program;
    private final Map<String, NeuralNetwork> networks;
    private final Map<String, TensorSource> tensors;
    private final Map<String, int[]> outputArguments;
    private final Map<String, CompiledShape> shapes = new HashMap<>();

    private NeuralModel(Builder b) {
        this.engine = b.engine;
        this.program = b.program;
        this.networks = Map.copyOf(b.networks);
        this.tensors = Map.copyOf(b.tensors);
        this.outputArguments = Map.copyOf(b.outputArguments);
    }

    /** A builder of a model. */
    public static Builder builder() {
        return new Builder();
    }

    /** Options of a {@link NeuralModel}. Mutable; not thread-safe. */
    public static final class Builder {
        private Engine engine = Engine.create();
        private Program program;
        private final Map<String, NeuralNetwork> networks = new LinkedHashMap<>();
        private final Map<String, TensorSource> tensors = new LinkedHashMap<>();
        private final Map<String, int[]> outputArguments = new LinkedHashMap<>();

        private Builder() {
        }

        /** The program, as text. */
        public Builder program(String text) {
            this.program = engine.parse(Source.of("<program>", text));
            return this;
        }

        /** The program, from a file. */
        public Builder program(Path file) throws IOException {
            this.program = engine.parse(file);
            return this;
        }

        /** The engine that grounds and compiles (default {@link Engine#create()}). */
        public Builder engine(Engine e) {
            this.engine = Objects.requireNonNull(e, "engine");
            return this;
        }

        /** Registers a network under the name the program's {@code nn(name, ...)} uses. */
        public Builder network(String name, NeuralNetwork network) {
            networks.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(network, "network"));
            return this;
        }

        /** Registers a DL4J network (its last layer a {@code DenseLayer}) under a name. */
        public Builder network(String name, MultiLayerNetwork network) {
            return network(name, Dl4jNetwork.of(network));
        }

        /** Registers the source of the tensors named by terms {@code functor(...)} of the given arity. */
        public Builder tensors(String functor, int arity, TensorSource source) {
            tensors.put(functor + "/" + arity, Objects.requireNonNull(source, "source"));
            return this;
        }

        /**
         * Declares argument positions (0-based) of a query predicate as outputs: queries that
         * differ only there share one compiled circuit whose query atoms are all the answers.
         */
        public Builder outputArguments(String predicate, int arity, int... positions) {
            for (int p : positions) {
                if (p < 0 || p >= arity) {
                    throw new IllegalArgumentException("position " + p + " outside 0.." + (arity - 1));
                }
            }
            outputArguments.put(predicate + "/" + arity, positions.clone());
            return this;
        }

        /** The model. */
        public NeuralModel build() {
            if (program == null) {
                throw new IllegalStateException("no program: call program(...) first");
            }
            return new NeuralModel(this);
        }
    }

    /** The network registered under {@code name}; a diagnostic naming it when there is none. */
    public NeuralNetwork network(String name) {
        NeuralNetwork n = networks.get(name);
        if (n == null) {
            throw missing("no network registered under '" + name + "' (register one with NeuralModel.Builder.network)");
        }
        return n;
    }

    /** Number of distinct query shapes compiled so far. */
    public int compiledShapes() {
        return shapes.size();
    }

    /** The value of one ground query under a semantics (inference mode). */
    public double value(Term query, Semantics semantics) {
        return run(List.of(Example.of(query)), semantics, null, false)[0];
    }

    /** The value of one ground query, parsed from text, under a semantics. */
    public double value(String query, Semantics semantics) {
        return value(Example.of(query).query(), semantics);
    }

    /** The most valued answer of each query's shape: the query with its output arguments filled. */
    public List<Prediction> predict(List<Term> queries, Semantics semantics) {
        return new Predictor(this).predict(queries, semantics);
    }

    /** A predicted answer and its value. Immutable. */
    public record Prediction(Term atom, double value) {
    }

    /**
     * Evaluates a batch: the value of each example's query; with a loss and {@code training},
     * back-propagates {@code Σ weight · loss} through the circuits into the networks and steps
     * their optimisers once.
     */
    double[] run(List<Example> examples, Semantics semantics, Loss loss, boolean training) {
        Batch batch = prepare(examples);
        batch.networks.forward(training);
        double[] values = new double[examples.size()];
        for (Map.Entry<CompiledShape, List<Integer>> e : batch.byShape.entrySet()) {
            List<ShapeEvaluator.Column> cols = new ArrayList<>();
            for (int i : e.getValue()) {
                cols.add(batch.columns[i]);
            }
            double[] v = e.getKey().evaluator(semantics).evaluate(cols, batch.networks, training ? loss : null);
            for (int j = 0; j < v.length; j++) {
                values[e.getValue().get(j)] = v[j];
            }
        }
        if (training && loss != null) {
            batch.networks.step(examples.size());
        }
        return values;
    }

    /** Examples grouped by compiled shape, with their columns and the batch of network inputs. */
    record Batch(Map<CompiledShape, List<Integer>> byShape, ShapeEvaluator.Column[] columns, CompiledShape[] shapeOf,
            QueryShape[] queryShapes, NetworkBatch networks) {
    }

    Batch prepare(List<Example> examples) {
        NetworkBatch nb = new NetworkBatch(this);
        Map<CompiledShape, List<Integer>> byShape = new LinkedHashMap<>();
        ShapeEvaluator.Column[] columns = new ShapeEvaluator.Column[examples.size()];
        CompiledShape[] shapeOf = new CompiledShape[examples.size()];
        QueryShape[] queryShapes = new QueryShape[examples.size()];
        for (int i = 0; i < columns.length; i++) {
            Example ex = examples.get(i);
            QueryShape qs = QueryShape.of(ex.query(), tensors.keySet(), outputArguments);
            CompiledShape cs = compiled(qs);
            List<CompiledShape.Group> groups = cs.groups();
            int[] rows = new int[groups.size()];
            for (int g = 0; g < rows.length; g++) {
                rows[g] = nb.row(groups.get(g).network(), QueryShape.bind(groups.get(g).input(), qs.tensors()));
            }
            columns[i] = new ShapeEvaluator.Column(rows, cs.queryIndexOf(qs.target()), ex.target(), ex.weight());
            shapeOf[i] = cs;
            queryShapes[i] = qs;
            byShape.computeIfAbsent(cs, k -> new ArrayList<>()).add(i);
        }
        return new Batch(byShape, columns, shapeOf, queryShapes, nb);
    }

    private CompiledShape compiled(QueryShape qs) {
        CompiledShape cs = shapes.get(qs.key());
        if (cs == null) {
            long t0 = System.nanoTime();
            List<Clause> clauses = new ArrayList<>();
            for (Clause c : program.clauses()) {
                if (!isQuery(c.term())) {
                    clauses.add(c);
                }
            }
            clauses.add(new Clause(new Struct("query", qs.pattern()), SourceSpan.NONE));
            CompiledQueries compiled = engine.compile(engine.ground(new Program(program.source(), clauses)));
            cs = new CompiledShape(qs, compiled, (System.nanoTime() - t0) / 1e9);
            for (CompiledShape.Group g : cs.groups()) {
                NeuralNetwork net = network(g.network());
                if (net.outputSize() != g.atoms().length) {
                    throw missing("network '" + g.network() + "' gives " + net.outputSize() + " outputs but the program's"
                            + " nn(...) declares " + g.atoms().length);
                }
            }
            shapes.put(qs.key(), cs);
        }
        return cs;
    }

    private static boolean isQuery(Term t) {
        Term head = t.arity() == 2 && ":-".equals(t.name()) ? t.arg(0).deref() : t;
        return head.arity() == 1 && "query".equals(head.name());
    }

    /** The input vector of a network's input term: its tensors, concatenated in order. */
    float[] features(String network, Term input) {
        Set<String> functors = tensors.keySet();
        List<Term> parts = QueryShape.tensorTerms(input, functors);
        if (parts.isEmpty()) {
            throw missing("input " + input + " of network '" + network + "' names no tensor; registered tensor"
                    + " sources: " + functors);
        }
        List<float[]> vectors = new ArrayList<>();
        int total = 0;
        for (Term t : parts) {
            TensorSource source = tensors.get(t.indicator());
            float[] v = source.tensor(t).orElseThrow(() -> missing("tensor " + t + " not found in the source of "
                    + t.indicator() + " (needed by network '" + network + "')"));
            vectors.add(v);
            total += v.length;
        }
        if (vectors.size() == 1) {
            return vectors.get(0);
        }
        float[] out = new float[total];
        int at = 0;
        for (float[] v : vectors) {
            System.arraycopy(v, 0, out, at, v.length);
            at += v.length;
        }
        return out;
    }

    private static CircaException missing(String message) {
        return new CircaException(Diagnostic.of(DiagnosticCode.UNSUPPORTED, SourceSpan.NONE, message));
    }
}
