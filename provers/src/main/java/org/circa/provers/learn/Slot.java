package org.circa.provers.learn;

import org.circa.language.Term;

/**
 * The value of one parameter for one key (the values of the K's of {@code t(_, K...)}), with the
 * expected counts that an EM step sums into it. Mutable; used by one learner.
 */
final class Slot {
    final int parameter;
    final Term key;
    double value;
    double chosen;
    double body;
    /** Whether some example reaches this slot; one that none reaches keeps its value. */
    boolean reached;

    Slot(int parameter, Term key, double value) {
        this.parameter = parameter;
        this.key = key;
        this.value = value;
    }

    /** The EM update: expected times chosen over expected times its body held (0 when it never held). */
    void update() {
        if (reached) {
            value = body > 0 ? chosen / body : 0.0;
        }
        chosen = 0;
        body = 0;
    }
}
