package org.circa.provers.engine;

import java.util.List;
import org.circa.language.DiagnosticCode;
import org.circa.language.IntTerm;
import org.circa.language.Term;

/**
 * The goal that ends every rewritten probabilistic clause: checks and evaluates the clause's
 * probabilities once its body has bound them, and adds the literals that select one head of the
 * clause's choice group (or one output of a neural predicate). Stateless.
 */
public final class ProbabilisticChoice {
    /**
     * The functor of a learnable probability, {@code '$lfi'(Clause, Parameter, TArgs, Placeholder)}:
     * the choice is made with the placeholder and the group is recorded for parameter learning.
     */
    public static final String LEARNABLE = "$lfi";

    private ProbabilisticChoice() {
    }

    /** Solves {@code '$choice'(ClauseId, HeadIndex, Probabilities, Key, Head)}. */
    static void solve(GroundBuilder ground, Term goal, Cond cond, Solver.Cont k) {
        int cid = (int) ((IntTerm) goal.arg(0).deref()).value();
        int index = (int) ((IntTerm) goal.arg(1).deref()).value();
        List<Term> probTerms = Terms.listItems(goal.arg(2));
        Term first = probTerms.get(0).deref();
        if (ProgramLoader.isCall(first, "$nn", 4)) {
            neural(ground, first, index, cond, k);
            return;
        }
        double[] probs = new double[probTerms.size()];
        double sum = 0;
        boolean learnable = false;
        for (int i = 0; i < probs.length; i++) {
            Term p = probTerms.get(i).deref();
            if (ProgramLoader.isCall(p, LEARNABLE, 4)) {
                learnable = true;
                p = p.arg(3);
            }
            if (!p.isGround()) {
                throw new PrologError(DiagnosticCode.NON_GROUND_PROBABILISTIC_CLAUSE,
                        "the probability " + Terms.resolve(p) + " is not bound");
            }
            probs[i] = Arithmetic.toDouble(Arithmetic.eval(p));
            if (!(probs[i] >= -1e-12 && probs[i] <= 1 + 1e-12)) {
                throw new PrologError(DiagnosticCode.INVALID_PROBABILITY, Terms.resolve(p) + " is not in [0, 1]");
            }
            sum += probs[i];
        }
        if (sum > 1 + 1e-9) {
            throw new PrologError(DiagnosticCode.INVALID_PROBABILITY,
                    "the probabilities of an annotated disjunction sum to " + sum);
        }
        Term key = Terms.resolve(goal.arg(3));
        if (!goal.arg(4).isGround()) {
            throw new PrologError(DiagnosticCode.NON_GROUND_PROBABILISTIC_CLAUSE,
                    "the probabilistic clause for " + Terms.resolve(goal.arg(4)) + " was used with unbound variables");
        }
        int[] lits = ground.choice(cid, index, probs, key);
        if (learnable) {
            ground.noteLearnable(cid, key, Terms.listItems(Terms.resolve(goal.arg(2))));
        }
        Cond c = cond;
        for (int lit : lits) {
            c = Cond.with(c, lit);
        }
        k.accept(c);
    }

    private static void neural(GroundBuilder ground, Term nn, int index, Cond cond, Solver.Cont k) {
        Term input = Terms.resolve(nn.arg(1));
        if (!input.isGround()) {
            throw new PrologError(DiagnosticCode.NON_GROUND_PROBABILISTIC_CLAUSE,
                    "the input " + input + " of neural predicate " + nn.arg(0).deref() + " is not bound");
        }
        int classes = (int) ((IntTerm) nn.arg(3).deref()).value();
        Cond c = cond;
        for (int lit : ground.neuralChoice(nn.arg(0).deref().name(), input, index, classes)) {
            c = Cond.with(c, lit);
        }
        k.accept(c);
    }
}
