package org.circa.provers.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.circa.language.Atom;
import org.circa.language.DiagnosticCode;
import org.circa.language.GroundProgram;
import org.circa.language.IntTerm;
import org.circa.language.Struct;
import org.circa.language.Term;
import org.eclipse.collections.impl.list.mutable.primitive.DoubleArrayList;

/**
 * Collects the ground program while the solver runs: atoms, choice groups of probabilistic
 * clauses (encoded as chains of independent choices), and deduplicated rule bodies. Not
 * thread-safe.
 */
public final class GroundBuilder {
    private final List<Term> names = new ArrayList<>();
    private final DoubleArrayList probabilities = new DoubleArrayList();
    private final List<List<int[]>> rules = new ArrayList<>();
    private final List<Set<Body>> ruleSets = new ArrayList<>();
    private final Map<String, int[]> groups = new HashMap<>();
    private final Map<Set<Body>, Integer> auxiliaries = new HashMap<>();
    private final Map<String, GroundProgram.NeuralGroup> neural = new java.util.LinkedHashMap<>();
    private final Map<String, LearnableGroup> learnable = new java.util.LinkedHashMap<>();
    private long ruleCount;
    private final long ruleLimit;

    private record Body(int[] literals) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Body b && Arrays.equals(b.literals, literals);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(literals);
        }
    }

    /** A builder that stops with a diagnostic after {@code ruleLimit} rules. */
    public GroundBuilder(long ruleLimit) {
        this.ruleLimit = ruleLimit;
        names.add(Atom.of("$none"));
        probabilities.add(Double.NaN);
        rules.add(List.of());
        ruleSets.add(Set.of());
    }

    /** A new derived atom. */
    public int newDerived(Term name) {
        names.add(name);
        probabilities.add(Double.NaN);
        rules.add(new ArrayList<>());
        ruleSets.add(new HashSet<>());
        return names.size() - 1;
    }

    private int newChoice(Term name, double p) {
        names.add(name);
        probabilities.add(p);
        rules.add(List.of());
        ruleSets.add(Set.of());
        return names.size() - 1;
    }

    /** Adds a rule body (sorted literals) to a derived atom; true when it was new. */
    public boolean addRule(int atom, int[] body) {
        if (ruleSets.get(atom).add(new Body(body))) {
            rules.get(atom).add(body);
            if (++ruleCount > ruleLimit) {
                throw new PrologError(DiagnosticCode.GROUNDING_LIMIT, ruleLimit + " ground rules");
            }
            return true;
        }
        return false;
    }

    /**
     * The literal that a finished derived atom stands for: an atom defined by a single body of a
     * single literal is that literal (followed through chains), so equal conditions get equal
     * literals. Only valid once the atom's rules are final.
     */
    public int canonical(int atom) {
        int lit = atom;
        for (int steps = 0; steps < 64; steps++) {
            int a = Math.abs(lit);
            if (!Double.isNaN(probabilities.get(a))) {
                return lit;
            }
            List<int[]> bodies = rules.get(a);
            if (bodies.size() != 1 || bodies.get(0).length != 1 || Math.abs(bodies.get(0)[0]) == a) {
                return lit;
            }
            int next = bodies.get(0)[0];
            lit = lit > 0 ? next : -next;
        }
        return lit;
    }

    /**
     * The literals that select head {@code index} of a choice group, creating the group on first
     * use. Head i of probabilities p1..pk is {@code ¬d1 ∧ … ∧ ¬d(i-1) ∧ di} with independent
     * {@code P(di) = pi / (1 - p1 - … - p(i-1))}, which gives each head exactly its probability
     * and makes the heads mutually exclusive.
     */
    public int[] choice(int clauseId, int index, double[] probs, Term key) {
        String groupKey = clauseId + "|" + Terms.variantKey(key);
        int[] vars = groups.get(groupKey);
        if (vars == null) {
            vars = new int[probs.length];
            double total = 0;
            for (double p : probs) {
                total += p;
            }
            // remaining(i) = p_i + ... + p_k + (1 - total), summed from the tail to avoid cancellation.
            double[] remaining = new double[probs.length];
            double tail = Math.max(0.0, 1.0 - total);
            for (int i = probs.length - 1; i >= 0; i--) {
                tail += probs[i];
                remaining[i] = tail;
            }
            for (int i = 0; i < probs.length; i++) {
                double q = remaining[i] <= 0 ? 0.0 : Math.min(1.0, probs[i] / remaining[i]);
                vars[i] = newChoice(new Struct("choice", new IntTerm(clauseId), new IntTerm(i), key), q);
            }
            groups.put(groupKey, vars);
        }
        int[] lits = new int[index + 1];
        for (int i = 0; i < index; i++) {
            lits[i] = -vars[i];
        }
        lits[index] = vars[index];
        return lits;
    }

    /**
     * A choice group whose probabilities are learned: its key, the probability terms of its heads
     * as resolved at grounding ({@code '$lfi'(...)} for a learnable one, a number for a fixed
     * one) and its chain-encoded choice atoms, one per head.
     */
    public record LearnableGroup(Term key, List<Term> probabilities, int[] atoms) {
    }

    /** Records that the (existing) choice group of this clause and key has learnable probabilities. */
    public void noteLearnable(int clauseId, Term key, List<Term> probabilityTerms) {
        String groupKey = clauseId + "|" + Terms.variantKey(key);
        learnable.computeIfAbsent(groupKey, k -> new LearnableGroup(key, List.copyOf(probabilityTerms), groups.get(k)));
    }

    /** The learnable choice groups, in the order they were first used. */
    public List<LearnableGroup> learnableGroups() {
        return List.copyOf(learnable.values());
    }

    /**
     * The literals that select output {@code index} of a neural predicate on one input, creating
     * its choice group on first use (placeholder probabilities 1/classes, chain-encoded).
     */
    public int[] neuralChoice(String network, Term input, int index, int classes) {
        String key = network + "|" + Terms.variantKey(input);
        GroundProgram.NeuralGroup g = neural.get(key);
        if (g == null) {
            double[] uniform = new double[classes];
            java.util.Arrays.fill(uniform, classes == 1 ? 0.5 : 1.0 / classes);
            int groupId = -2 - neural.size();
            Term groupKey = new Struct("nn", Atom.of(network), input);
            int[] atoms = new int[classes];
            for (int i = 0; i < classes; i++) {
                atoms[i] = choice(groupId, i, uniform, groupKey)[i];
            }
            g = new GroundProgram.NeuralGroup(network, input, atoms);
            neural.put(key, g);
        }
        int[] lits = new int[index + 1];
        for (int i = 0; i < index; i++) {
            lits[i] = -g.atoms()[i];
        }
        lits[index] = g.atoms()[index];
        return lits;
    }

    /**
     * A literal equivalent to the disjunction of the given bodies: the body's single literal when
     * there is one body of one literal, else a (shared) auxiliary atom.
     */
    public int disjunction(List<int[]> bodies) {
        if (bodies.size() == 1 && bodies.get(0).length == 1) {
            return bodies.get(0)[0];
        }
        Set<Body> key = new HashSet<>();
        for (int[] b : bodies) {
            key.add(new Body(b));
        }
        Integer a = auxiliaries.get(key);
        if (a != null) {
            return a;
        }
        int aux = newDerived(Atom.of("aux" + names.size()));
        for (int[] b : bodies) {
            addRule(aux, b);
        }
        auxiliaries.put(key, aux);
        return aux;
    }

    /** The printable name of an atom. */
    public Term name(int atom) {
        return names.get(atom);
    }

    /** The ground program with the given queries and evidence. */
    public GroundProgram build(List<GroundProgram.Query> queries, List<GroundProgram.Evidence> evidence) {
        List<List<int[]>> frozen = new ArrayList<>(rules.size());
        for (List<int[]> r : rules) {
            frozen.add(List.copyOf(r));
        }
        return new GroundProgram(List.copyOf(names), probabilities.toArray(), frozen, List.copyOf(queries),
                List.copyOf(evidence), List.copyOf(neural.values()));
    }
}
