package org.circa.test.differential;

import java.util.Arrays;

/**
 * Brute-force semantics of a {@link RandomProgram}: enumerates every choice of facts and
 * annotated-disjunction heads, computes the stratified least model of each world, and sums the
 * world probabilities. Stateless.
 */
final class PossibleWorlds {
    private PossibleWorlds() {
    }

    /** P(query ∧ evidence) per derived atom, and P(evidence) as the last element. */
    static double[] joint(RandomProgram p) {
        int base = p.derivedBase();
        double[] out = new double[p.derived + 1];
        int[] adChoice = new int[p.ads.size()];
        for (long mask = 0; mask < (1L << p.facts); mask++) {
            double w = 1;
            boolean[] truth = new boolean[base + p.derived];
            for (int i = 0; i < p.facts; i++) {
                boolean on = (mask & (1L << i)) != 0;
                truth[i] = on;
                w *= on ? p.factProb[i] : 1 - p.factProb[i];
            }
            enumerateAds(p, 0, adChoice, w, truth, out);
        }
        return out;
    }

    private static void enumerateAds(RandomProgram p, int a, int[] choice, double w, boolean[] truth, double[] out) {
        if (a == p.ads.size()) {
            boolean[] t = truth.clone();
            int n = p.facts;
            for (int i = 0; i < p.ads.size(); i++) {
                for (int j = 0; j < p.ads.get(i).length; j++) {
                    t[n + j] = choice[i] == j;
                }
                n += p.ads.get(i).length;
            }
            model(p, t);
            if (p.evidenceAtom != null && t[p.evidenceAtom] != p.evidenceValue) {
                return;
            }
            int base = p.derivedBase();
            for (int d = 0; d < p.derived; d++) {
                if (t[base + d]) {
                    out[d] += w;
                }
            }
            out[p.derived] += w;
            return;
        }
        double[] probs = p.ads.get(a);
        double rest = 1;
        for (int j = 0; j < probs.length; j++) {
            choice[a] = j;
            enumerateAds(p, a + 1, choice, w * probs[j], truth, out);
            rest -= probs[j];
        }
        if (rest > 1e-12) {
            choice[a] = -1;
            enumerateAds(p, a + 1, choice, w * rest, truth, out);
        }
    }

    private static void model(RandomProgram p, boolean[] t) {
        int base = p.derivedBase();
        for (int s = 0; s < 3; s++) {
            boolean changed = true;
            while (changed) {
                changed = false;
                for (RandomProgram.Rule r : p.rules) {
                    int d = r.head() - base;
                    if (p.stratum[d] != s || t[r.head()]) {
                        continue;
                    }
                    boolean holds = Arrays.stream(r.body()).allMatch(lit -> lit > 0 ? t[lit - 1] : !t[-lit - 1]);
                    if (holds) {
                        t[r.head()] = true;
                        changed = true;
                    }
                }
            }
        }
    }
}
