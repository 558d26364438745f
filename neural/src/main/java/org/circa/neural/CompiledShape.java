package org.circa.neural;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.circa.language.GroundProgram;
import org.circa.language.Term;
import org.circa.provers.pipeline.CompiledQueries;

/**
 * One query shape grounded and compiled once: the ground program, its circuit, the index of
 * every query atom and the neural groups with the circuit variables of their choice atoms.
 * Evaluators for the semantics in use are made on demand. Not thread-safe.
 */
final class CompiledShape {

    /**
     * One neural group: the network, its input term (with placeholders), its choice atoms and
     * their circuit variables (0 when the circuit does not need an atom).
     */
    record Group(String network, Term input, int[] atoms, int[] variables) {
    }

    private final QueryShape shape;
    private final CompiledQueries compiled;
    private final List<Group> groups;
    private final Map<Term, Integer> queryIndex = new HashMap<>();
    private final Map<Semantics, ShapeEvaluator> evaluators = new HashMap<>();
    private final double seconds;

    CompiledShape(QueryShape shape, CompiledQueries compiled, double seconds) {
        this.shape = shape;
        this.compiled = compiled;
        this.seconds = seconds;
        List<Group> gs = new ArrayList<>();
        for (GroundProgram.NeuralGroup g : compiled.program().neuralGroups()) {
            int[] vars = new int[g.atoms().length];
            for (int i = 0; i < vars.length; i++) {
                vars[i] = compiled.variableOf(g.atoms()[i]);
            }
            gs.add(new Group(g.network(), g.input(), g.atoms().clone(), vars));
        }
        this.groups = List.copyOf(gs);
        List<Term> atoms = compiled.queryAtoms();
        for (int i = 0; i < atoms.size(); i++) {
            queryIndex.put(atoms.get(i), i);
        }
    }

    QueryShape shape() {
        return shape;
    }

    CompiledQueries compiled() {
        return compiled;
    }

    List<Group> groups() {
        return groups;
    }

    /** Seconds spent grounding and compiling this shape. */
    double seconds() {
        return seconds;
    }

    /** The query atoms in query order. */
    List<Term> queryAtoms() {
        return compiled.queryAtoms();
    }

    /** The index of a query atom (with placeholders), or −1 when the program cannot derive it. */
    int queryIndexOf(Term atom) {
        Integer i = queryIndex.get(atom);
        return i == null ? -1 : i;
    }

    /** The evaluator of this shape under a semantics (made on first use). */
    ShapeEvaluator evaluator(Semantics semantics) {
        return evaluators.computeIfAbsent(semantics, s -> s == Semantics.PROBABILISTIC
                ? new ProbabilisticEvaluator(this)
                : new FuzzyEvaluator(this, s));
    }
}
