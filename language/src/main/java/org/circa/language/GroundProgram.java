package org.circa.language;

import java.util.List;

/**
 * The ground program: integer atoms {@code 1..atomCount}, each either a probabilistic choice
 * (an independent Boolean fact with a probability) or a derived atom defined by rules whose
 * bodies are conjunctions of literals ({@code +a} or {@code -a}); plus the queries and the
 * evidence as literals. Rules may be cyclic. Immutable.
 *
 * <p>Literal {@link #TRUE} stands for a goal that holds in every world, {@link #FALSE} for one
 * that holds in none.
 */
public record GroundProgram(
        List<Term> atomNames,
        double[] probabilities,
        List<List<int[]>> rules,
        List<Query> queries,
        List<Evidence> evidence,
        List<NeuralGroup> neuralGroups) {

    /**
     * The choices whose probabilities a neural network gives: network name, the (ground) input
     * term, and the choice atoms of its outputs in order (one atom for a network that gives a
     * single probability, else one per output class, chain-encoded like an annotated disjunction:
     * atom i holds with {@code p_i / (p_i + … + p_k)}). The probabilities stored for these atoms
     * are placeholders until a network fills them.
     */
    public record NeuralGroup(String network, Term input, int[] atoms) {
    }

    /** The literal of a goal that always holds. */
    public static final int TRUE = Integer.MAX_VALUE;
    /** The literal of a goal that never holds. */
    public static final int FALSE = Integer.MIN_VALUE;

    /** One query: the atom as printed and its literal. */
    public record Query(Term atom, int literal) {
    }

    /** One piece of evidence: the atom as printed, its literal and the observed value. */
    public record Evidence(Term atom, int literal, boolean value) {
    }

    /** Number of atoms; ids run from 1 to this number. */
    public int atomCount() {
        return atomNames.size() - 1;
    }

    /** A ground program without neural predicates. */
    public GroundProgram(List<Term> atomNames, double[] probabilities, List<List<int[]>> rules, List<Query> queries,
            List<Evidence> evidence) {
        this(atomNames, probabilities, rules, queries, evidence, List.of());
    }

    /** Whether atom a is a probabilistic choice rather than a derived atom. */
    public boolean isChoice(int a) {
        return !Double.isNaN(probabilities[a]);
    }

    /** The probability of choice atom a. */
    public double probability(int a) {
        return probabilities[a];
    }

    /** The rule bodies of derived atom a (empty for choices). */
    public List<int[]> bodies(int a) {
        return rules.get(a);
    }

    /** The printable name of atom a. */
    public Term name(int a) {
        return atomNames.get(a);
    }
}
