package org.circa.provers;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.circa.circuits.compile.CompileOptions;
import org.circa.circuits.compile.ProgressListener;
import org.circa.circuits.eval.Backends;
import org.circa.circuits.eval.EvaluatorBackend;
import org.circa.grammar.ParseResult;
import org.circa.grammar.ProgramParser;
import org.circa.language.CircaException;
import org.circa.language.GroundProgram;
import org.circa.language.Program;
import org.circa.language.Source;
import org.circa.provers.deeplog.FormulaQueries;
import org.circa.provers.ground.Grounder;
import org.circa.provers.ground.LearningGrounder;
import org.circa.provers.learn.Examples;
import org.circa.provers.learn.LearnedProgram;
import org.circa.provers.learn.LearningOptions;
import org.circa.provers.learn.ParameterLearner;
import org.circa.provers.learn.TunableProgram;
import org.circa.provers.pipeline.BigStack;
import org.circa.provers.pipeline.CompiledQueries;

/**
 * The entry point for applications: parses, grounds, compiles and evaluates programs.
 * Immutable and thread-safe; build one with {@link #builder()} or use {@link #create()}.
 */
public final class Engine {
    private final long ruleLimit;
    private final Duration groundTimeLimit;
    private final CompileOptions compileOptions;
    private final EvaluatorBackend backend;
    private final CompiledQueries.Route route;

    private Engine(Builder b) {
        this.route = b.route;
        this.ruleLimit = b.ruleLimit;
        this.groundTimeLimit = b.groundTimeLimit;
        this.compileOptions = b.compileOptions;
        this.backend = b.backend;
    }

    /** An engine with default limits. */
    public static Engine create() {
        return builder().build();
    }

    /** A builder for engine options. */
    public static Builder builder() {
        return new Builder();
    }

    /** Options of an {@link Engine}. Mutable; not thread-safe. */
    public static final class Builder {
        private long ruleLimit = 50_000_000L;
        private Duration groundTimeLimit = Duration.ofDays(365);
        private CompileOptions compileOptions = CompileOptions.defaults();
        private EvaluatorBackend backend = Backends.cpu(1);
        private CompiledQueries.Route route = CompiledQueries.Route.AUTO;

        private Builder() {
        }

        /** How programs are compiled (default {@link CompiledQueries.Route#AUTO}). */
        public Builder compileRoute(CompiledQueries.Route route) {
            this.route = java.util.Objects.requireNonNull(route, "route");
            return this;
        }

        /** Stops grounding with a diagnostic after this many ground rules. */
        public Builder groundRuleLimit(long limit) {
            this.ruleLimit = limit;
            return this;
        }

        /** Time budget of grounding. */
        public Builder groundTimeLimit(Duration limit) {
            this.groundTimeLimit = limit;
            return this;
        }

        /** Time budget of knowledge compilation. */
        public Builder compileTimeLimit(Duration limit) {
            this.compileOptions = compileOptions.withTimeBudget(limit);
            return this;
        }

        /** Receives progress reports of long compilations. */
        public Builder compileProgress(ProgressListener listener) {
            this.compileOptions = compileOptions.withProgress(listener);
            return this;
        }

        /** Evaluates circuits on this backend (default: the CPU). */
        public Builder backend(EvaluatorBackend backend) {
            this.backend = java.util.Objects.requireNonNull(backend, "backend");
            return this;
        }

        /**
         * Evaluates circuits on the backend of that name: {@code cpu}, {@code gpu} or {@code auto}
         * (see {@link Backends#select}); throws
         * {@link org.circa.circuits.eval.BackendUnavailableException} saying what is missing when
         * the named backend cannot run on this machine.
         */
        public Builder backend(String name) {
            return backend(name, 1);
        }

        /** {@link #backend(String)} with at most {@code cpuThreads} threads a pass on the CPU. */
        public Builder backend(String name, int cpuThreads) {
            return backend(Backends.select(name, cpuThreads));
        }

        /** The engine. */
        public Engine build() {
            return new Engine(this);
        }
    }

    /** The backend that evaluates circuits. */
    public EvaluatorBackend backend() {
        return backend;
    }

    /** Parses a source; syntax errors become a {@link CircaException}. */
    public Program parse(Source source) {
        ParseResult r = ProgramParser.parse(source);
        if (r.hasErrors()) {
            throw new CircaException(r.diagnostics());
        }
        return r.program();
    }

    /** Reads and parses a program file. */
    public Program parse(Path file) throws IOException {
        return parse(Source.read(file));
    }

    /** Grounds a parsed program. */
    public GroundProgram ground(Program program) {
        return Grounder.ground(program, ruleLimit, groundTimeLimit);
    }

    /** Compiles a ground program's queries and evidence into a circuit. */
    public CompiledQueries compile(GroundProgram ground) {
        return BigStack.call("compiling", () -> CompiledQueries.compile(ground, compileOptions, route));
    }

    /**
     * Answers the atom queries of a program: P(query | evidence) for each. Formula queries
     * (DeepLog annotations) are left out here; {@code FormulaQueries} answers them.
     */
    public Results query(Source source) {
        long t0 = System.nanoTime();
        Program program = parse(source);
        long t1 = System.nanoTime();
        return query(program, t1 - t0);
    }

    /** Answers the atom queries of a parsed program (its formula queries are left out). */
    public Results query(Program program) {
        return query(program, 0);
    }

    private Results query(Program parsed, long parseNanos) {
        long t1 = System.nanoTime();
        long t0 = t1 - parseNanos;
        Program program = FormulaQueries.withoutFormulas(parsed);
        GroundProgram ground = ground(program);
        long t2 = System.nanoTime();
        CompiledQueries compiled = compile(ground);
        long t3 = System.nanoTime();
        var answers = compiled.probabilities(backend);
        long t4 = System.nanoTime();
        return new Results(answers, new Results.Timings(sec(t1 - t0), sec(t2 - t1), sec(t3 - t2), sec(t4 - t3),
                compiled.method()));
    }

    /**
     * Learns the {@code t(...)} probabilities of a program from examples (learning from
     * interpretations, as ProbLog's LFI), grounding and compiling each distinct example once.
     */
    public LearnedProgram learn(Program model, List<Examples.Example> examples, LearningOptions options) {
        return ParameterLearner.learn(TunableProgram.of(model), examples, options,
                p -> LearningGrounder.ground(p, ruleLimit, groundTimeLimit), this::compile, backend);
    }

    /** Answers the queries of a program file. */
    public Results query(Path file) throws IOException {
        return query(Source.read(file));
    }

    /** Answers the queries of a program given as text. */
    public Results query(String programText) {
        return query(Source.of("<string>", programText));
    }

    private static double sec(long nanos) {
        return nanos / 1e9;
    }
}
