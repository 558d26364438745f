package org.circa.test.differential;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A random propositional ProbLog program with its own possible-world semantics: probabilistic
 * facts, annotated disjunctions, and rules over derived atoms in strata (positive cycles allowed
 * inside a stratum, negation only of lower strata), plus queries and optional evidence.
 * Immutable once generated.
 */
final class RandomProgram {
    /** A rule {@code head :- body}; literals are atom ids, negative for negation. */
    record Rule(int head, int[] body) {
    }

    final int facts;
    final double[] factProb;
    final List<double[]> ads = new ArrayList<>();
    final int derived;
    final List<Rule> rules = new ArrayList<>();
    final int[] stratum;
    Integer evidenceAtom;
    boolean evidenceValue;

    private RandomProgram(int facts, int derived) {
        this.facts = facts;
        this.factProb = new double[facts];
        this.derived = derived;
        this.stratum = new int[derived];
    }

    /** Atom ids: facts 0..facts-1, then AD heads, then derived atoms. */
    int adBase() {
        return facts;
    }

    int derivedBase() {
        int n = facts;
        for (double[] ad : ads) {
            n += ad.length;
        }
        return n;
    }

    static RandomProgram generate(Random rnd) {
        RandomProgram p = new RandomProgram(1 + rnd.nextInt(5), 1 + rnd.nextInt(5));
        for (int i = 0; i < p.facts; i++) {
            p.factProb[i] = Math.round(rnd.nextDouble() * 100) / 100.0;
        }
        int adCount = rnd.nextInt(2);
        for (int a = 0; a < adCount; a++) {
            int k = 2 + rnd.nextInt(2);
            double[] probs = new double[k];
            double left = rnd.nextBoolean() ? 1.0 : 0.9;
            for (int i = 0; i < k; i++) {
                probs[i] = i == k - 1 ? Math.round(left * 100) / 100.0 : Math.round(rnd.nextDouble() * left * 100) / 100.0;
                left -= probs[i];
            }
            p.ads.add(probs);
        }
        int base = p.derivedBase();
        for (int d = 0; d < p.derived; d++) {
            p.stratum[d] = rnd.nextInt(3);
        }
        for (int d = 0; d < p.derived; d++) {
            int nRules = 1 + rnd.nextInt(3);
            for (int r = 0; r < nRules; r++) {
                int len = 1 + rnd.nextInt(3);
                int[] body = new int[len];
                for (int i = 0; i < len; i++) {
                    body[i] = p.randomLiteral(rnd, d, base);
                }
                p.rules.add(new Rule(base + d, body));
            }
        }
        if (rnd.nextInt(3) == 0) {
            p.evidenceAtom = rnd.nextBoolean() ? rnd.nextInt(base) : base + rnd.nextInt(p.derived);
            p.evidenceValue = rnd.nextBoolean();
        }
        return p;
    }

    private int randomLiteral(Random rnd, int d, int base) {
        for (int attempt = 0; attempt < 20; attempt++) {
            boolean negative = rnd.nextInt(4) == 0;
            boolean useDerived = rnd.nextBoolean();
            if (!useDerived) {
                int a = rnd.nextInt(base);
                return negative ? -(a + 1) : a + 1;
            }
            int e = rnd.nextInt(derived);
            if (negative ? stratum[e] < stratum[d] : stratum[e] <= stratum[d]) {
                return negative ? -(base + e + 1) : base + e + 1;
            }
        }
        return 1;
    }

    String atomName(int id) {
        if (id < facts) {
            return "f" + id;
        }
        int n = facts;
        for (int a = 0; a < ads.size(); a++) {
            if (id < n + ads.get(a).length) {
                return "c" + a + "_" + (id - n);
            }
            n += ads.get(a).length;
        }
        return "d" + (id - n);
    }

    /** The program text in ProbLog syntax. */
    String text() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < facts; i++) {
            sb.append(String.format(Locale.ROOT, "%s::%s.%n", factProb[i], atomName(i)));
        }
        int n = facts;
        for (double[] ad : ads) {
            for (int i = 0; i < ad.length; i++) {
                sb.append(i == 0 ? "" : "; ").append(String.format(Locale.ROOT, "%s::%s", ad[i], atomName(n + i)));
            }
            sb.append(".\n");
            n += ad.length;
        }
        for (Rule r : rules) {
            sb.append(atomName(r.head())).append(" :- ");
            for (int i = 0; i < r.body().length; i++) {
                int lit = r.body()[i];
                sb.append(i == 0 ? "" : ", ").append(lit < 0 ? "\\+" : "").append(atomName(Math.abs(lit) - 1));
            }
            sb.append(".\n");
        }
        if (evidenceAtom != null) {
            sb.append("evidence(").append(atomName(evidenceAtom)).append(", ").append(evidenceValue).append(").\n");
        }
        int base = derivedBase();
        for (int d = 0; d < derived; d++) {
            sb.append("query(").append(atomName(base + d)).append(").\n");
        }
        return sb.toString();
    }
}
