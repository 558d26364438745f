package org.circa.provers.deeplog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Supplier;
import org.circa.language.Term;
import org.circa.semirings.Algebra;

/**
 * What formulas may name beyond the built-ins: user algebras, operators, casts, aggregators and
 * tensor sources that fill domains. Immutable: every {@code with…} returns a new vocabulary;
 * thread-safe when the functions given are.
 */
public final class Vocabulary {
    /** A user operator of one algebra; arity −1 means two or more operands. */
    public record UserOperator(String algebra, String name, int arity, Role role, OperatorFunction function) {
    }

    private final Map<String, Algebra> algebras;
    private final List<UserOperator> operators;
    private final List<Cast> casts;
    private final Map<String, AggregatorFactory> aggregators;
    private final Map<String, Supplier<List<Term>>> sources;

    private Vocabulary(Map<String, Algebra> algebras, List<UserOperator> operators, List<Cast> casts,
            Map<String, AggregatorFactory> aggregators, Map<String, Supplier<List<Term>>> sources) {
        this.algebras = Map.copyOf(algebras);
        this.operators = List.copyOf(operators);
        this.casts = List.copyOf(casts);
        this.aggregators = Map.copyOf(aggregators);
        this.sources = Map.copyOf(sources);
    }

    /** The built-in vocabulary: the standard casts and no user additions. */
    public static Vocabulary standard() {
        return new Vocabulary(Map.of(), List.of(), StandardCasts.all(), Map.of(), Map.of());
    }

    /** Adds an algebra that annotations may name ({@code _name}). */
    public Vocabulary withAlgebra(Algebra algebra) {
        Map<String, Algebra> m = new HashMap<>(algebras);
        m.put(algebra.name(), algebra);
        return new Vocabulary(m, operators, casts, aggregators, sources);
    }

    /** Adds an operator to one algebra (arity −1: two or more operands). */
    public Vocabulary withOperator(String algebra, String name, int arity, Role role, OperatorFunction function) {
        List<UserOperator> l = new ArrayList<>(operators);
        l.add(0, new UserOperator(AlgebraCatalog.canonical(algebra), name, arity, role, Objects.requireNonNull(function)));
        return new Vocabulary(algebras, l, casts, aggregators, sources);
    }

    /** Adds (or overrides) a cast between two algebras. */
    public Vocabulary withCast(String from, String to, DoubleUnaryOperator function, String description) {
        List<Cast> l = new ArrayList<>();
        l.add(new Cast(AlgebraCatalog.canonical(from), AlgebraCatalog.canonical(to), function, description));
        l.addAll(casts);
        return new Vocabulary(algebras, operators, l, aggregators, sources);
    }

    /** Adds an aggregator by name (evaluated by enumerating its domain). */
    public Vocabulary withAggregator(String name, AggregatorFactory factory) {
        Map<String, AggregatorFactory> m = new HashMap<>(aggregators);
        m.put(name, Objects.requireNonNull(factory));
        return new Vocabulary(algebras, operators, casts, m, sources);
    }

    /** Registers a tensor source whose values fill a domain declared as {@code domain(Name, source(sourceName))}. */
    public Vocabulary withDomainSource(String name, Supplier<List<Term>> values) {
        Map<String, Supplier<List<Term>>> m = new HashMap<>(sources);
        m.put(name, Objects.requireNonNull(values));
        return new Vocabulary(algebras, operators, casts, aggregators, m);
    }

    /** The algebra a name or alias denotes: user algebras first, then the catalogue. */
    public Optional<Algebra> algebra(String name) {
        Algebra a = algebras.get(name);
        return a != null ? Optional.of(a) : AlgebraCatalog.find(name);
    }

    /** The canonical name of an algebra name or alias. */
    public String canonical(String name) {
        return algebras.containsKey(name) ? name : AlgebraCatalog.canonical(name);
    }

    /** All names annotations accept, for messages. */
    public List<String> algebraNames() {
        List<String> out = new ArrayList<>(AlgebraCatalog.names());
        out.addAll(algebras.keySet());
        return out;
    }

    /** User operators, most recent first. */
    public List<UserOperator> operators() {
        return operators;
    }

    /** Registered casts, most recent first. */
    public List<Cast> casts() {
        return casts;
    }

    /** The user aggregator of this name, if any. */
    public Optional<AggregatorFactory> aggregator(String name) {
        return Optional.ofNullable(aggregators.get(name));
    }

    /** The tensor source of this name, if any. */
    public Optional<Supplier<List<Term>>> source(String name) {
        return Optional.ofNullable(sources.get(name));
    }
}
