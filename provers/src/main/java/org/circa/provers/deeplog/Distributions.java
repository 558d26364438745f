package org.circa.provers.deeplog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.circa.language.Atom;
import org.circa.language.Struct;
import org.circa.language.Term;

/**
 * The distribution of an expectation's random variable X over its domain: by default the labels
 * {@code =('X', v)_probability = p} (one value may be left out and gets the remaining mass, as
 * {@code false} for a Boolean X labelled only at {@code true}); with the parameter
 * {@code uniform}, uniform; with a parameter {@code Name}, the declared
 * {@code distribution(Name, [v1:p1, …])}. Immutable.
 */
public final class Distributions {
    private final Map<String, Map<Term, Double>> declared;

    private Distributions(Map<String, Map<Term, Double>> declared) {
        this.declared = Map.copyOf(declared);
    }

    /** No declared distributions. */
    public static Distributions empty() {
        return new Distributions(Map.of());
    }

    /** These distributions plus a named one. */
    public Distributions with(String name, Map<Term, Double> probabilities) {
        Map<String, Map<Term, Double>> m = new HashMap<>(declared);
        m.put(name, Map.copyOf(probabilities));
        return new Distributions(m);
    }

    /** P(X = v) for each value of the domain; throws {@link IllegalArgumentException} saying what is missing. */
    public double[] of(String variable, List<Term> domain, List<Term> parameters, Labels labels) {
        double[] p = new double[domain.size()];
        if (parameters.size() == 1 && parameters.get(0).deref() == Atom.of("uniform")) {
            java.util.Arrays.fill(p, 1.0 / domain.size());
            return p;
        }
        if (parameters.size() == 1 && parameters.get(0).deref() instanceof Atom name) {
            Map<Term, Double> d = declared.get(name.name());
            if (d == null) {
                throw new IllegalArgumentException("no distribution(" + name.name() + ", [...]) declared");
            }
            for (int i = 0; i < p.length; i++) {
                p[i] = d.getOrDefault(domain.get(i), 0.0);
            }
            return checked(variable, p);
        }
        if (!parameters.isEmpty()) {
            throw new IllegalArgumentException("expectation takes no parameter, uniform, or a distribution name");
        }
        int missing = -1;
        double total = 0;
        for (int i = 0; i < p.length; i++) {
            Term eq = new Struct("=", Atom.of(variable), domain.get(i));
            var label = labels.find(eq, "probability");
            if (label.isPresent()) {
                p[i] = label.get();
                total += p[i];
            } else if (missing < 0) {
                missing = i;
            } else {
                throw new IllegalArgumentException("no distribution for random variable " + variable
                        + ": label =('" + variable + "', V)_probability for its values (all but one), "
                        + "or write expectation(" + variable + "; uniform)");
            }
        }
        if (missing >= 0) {
            p[missing] = Math.max(0.0, 1.0 - total);
        }
        return checked(variable, p);
    }

    private static double[] checked(String variable, double[] p) {
        double total = 0;
        for (double x : p) {
            if (x < 0 || x > 1 || Double.isNaN(x)) {
                throw new IllegalArgumentException("P(" + variable + " = v) must lie in [0, 1], got " + x);
            }
            total += x;
        }
        if (Math.abs(total - 1.0) > 1e-9) {
            throw new IllegalArgumentException("the distribution of " + variable + " sums to " + total + ", not 1");
        }
        return p;
    }
}
