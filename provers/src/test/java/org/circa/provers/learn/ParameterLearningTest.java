package org.circa.provers.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.circa.language.CircaException;
import org.circa.language.Source;
import org.circa.provers.Engine;
import org.junit.jupiter.api.Test;

/** Learning from interpretations on programs whose maximum-likelihood values are known by hand. */
class ParameterLearningTest {
    private static final Engine ENGINE = Engine.create();

    private static LearnedProgram learn(String program, String examples, LearningOptions options) {
        return ENGINE.learn(ENGINE.parse(Source.of("model.pl", program)),
                Examples.parse(Source.of("examples.ev", examples)), options);
    }

    private static LearnedProgram learn(String program, String examples) {
        return learn(program, examples, LearningOptions.defaults());
    }

    @Test
    void fullyObservedFactsLearnTheirFrequencies() {
        LearnedProgram l = learn("t(_)::a.\nt(0.9)::b.\n",
                "evidence(a).\nevidence(b, false).\n---\nevidence(a, false).\nevidence(b).\n---\n"
                        + "evidence(a).\nevidence(b, false).\n---\nevidence(\\+b).\n");
        assertEquals(2.0 / 3, l.weights().get(0).probability(), 1e-12);
        assertEquals(1.0 / 4, l.weights().get(1).probability(), 1e-12);
        assertEquals("0.6666666667::a.\n0.25::b.\n", l.text());
    }

    @Test
    void aRuleLearnsHowOftenItFiresWhenItsBodyHolds() {
        // a is seen whenever b is; b holds in 3 of 4 examples and a in 2 of those.
        LearnedProgram l = learn("t(_)::b.\nt(_)::a :- b.\n",
                "evidence(b).\nevidence(a).\n---\nevidence(b).\nevidence(a).\n---\nevidence(b).\nevidence(a, false).\n"
                        + "---\nevidence(b, false).\nevidence(a, false).\n");
        assertEquals(0.75, l.weights().get(0).probability(), 1e-12);
        assertEquals(2.0 / 3, l.weights().get(1).probability(), 1e-12);
        assertEquals("0.75::b.\n0.6666666667::a :- b.\n", l.text());
    }

    @Test
    void keyArgumentsGiveOneParameterPerValueAndOneClausePerValueInTheOutput() {
        LearnedProgram l = learn("person(ann). person(bob).\nt(_, X)::tall(X) :- person(X).\n",
                "evidence(tall(ann)).\nevidence(tall(bob), false).\n---\nevidence(tall(ann)).\nevidence(tall(bob)).\n");
        assertEquals(List.of("person(ann).", "person(bob).", "1.0::tall(ann) :- person(ann).",
                "0.5::tall(bob) :- person(bob)."), texts(l));
    }

    @Test
    void normalisedDisjunctionsAlwaysChooseAHead() {
        String program = "t(_)::red; t(_)::green; 0.2::blue.\n";
        String examples = "evidence(red).\n---\nevidence(red).\n---\nevidence(green).\n---\nevidence(blue).\n---\n"
                + "evidence(red, false).\nevidence(green, false).\nevidence(blue, false).\n";
        LearnedProgram plain = learn(program, examples);
        // Plain EM: red 2/5, green 1/5 (one example chooses nothing).
        assertEquals(0.4, plain.weights().get(0).probability(), 1e-6);
        assertEquals(0.2, plain.weights().get(1).probability(), 1e-6);
        LearnedProgram normalised = learn(program, examples.substring(0, examples.lastIndexOf("---")),
                LearningOptions.defaults().withNormalize(true));
        // Normalised: red and green share the 0.8 that blue leaves, 2 : 1.
        assertEquals(0.8 * 2 / 3, normalised.weights().get(0).probability(), 1e-6);
        assertEquals(0.8 / 3, normalised.weights().get(1).probability(), 1e-6);
    }

    @Test
    void identicalExamplesAreCompiledOnceAndCountedEachTime() {
        List<int[]> seen = new ArrayList<>();
        LearningOptions.Progress progress = new LearningOptions.Progress() {
            @Override
            public void compiled(int examples, int distinct) {
                seen.add(new int[] {examples, distinct});
            }
        };
        LearnedProgram l = learn("t(_)::a.\n", "evidence(a).\n---\nevidence(a).\n---\nevidence(a, false).\n",
                LearningOptions.defaults().withProgress(progress));
        assertEquals(2.0 / 3, l.weights().get(0).probability(), 1e-12);
        assertEquals(3, seen.get(0)[0]);
        assertEquals(2, seen.get(0)[1]);
    }

    @Test
    void anExampleThatNoWorldSatisfiesIsLeftOutAndReported() {
        List<String> skipped = new ArrayList<>();
        LearningOptions.Progress progress = new LearningOptions.Progress() {
            @Override
            public void skipped(String origin) {
                skipped.add(origin);
            }
        };
        LearnedProgram l = learn("t(_)::b.\na :- b.\n",
                "evidence(a).\nevidence(b, false).\n---\nevidence(b).\n---\nevidence(b, false).\n",
                LearningOptions.defaults().withProgress(progress));
        assertEquals(0.5, l.weights().get(0).probability(), 1e-12);
        assertEquals(List.of("examples.ev:1 (example 1)"), skipped);
        assertEquals(skipped, l.leftOut());
    }

    @Test
    void theSameSeedGivesTheSameStartAndAnotherSeedAnother() {
        String program = "t(_)::a.\nt(_)::b :- a.\n";
        String examples = "evidence(b, false).\n";
        LearningOptions once = LearningOptions.defaults().withMaxIterations(0);
        double first = learn(program, examples, once).weights().get(0).probability();
        assertEquals(first, learn(program, examples, once).weights().get(0).probability());
        assertTrue(first != learn(program, examples, once.withSeed(1)).weights().get(0).probability());
    }

    @Test
    void headsOfOneClauseWithDifferentKeyArgumentsAreAnError() {
        CircaException e = assertThrows(CircaException.class,
                () -> learn("t(_, X)::a(X, Y); t(_, Y)::b(X, Y) :- p(X, Y).\np(1, 2).\n", "evidence(a(1, 2)).\n"));
        assertTrue(e.diagnostics().get(0).message().contains("share"), e.diagnostics().toString());
    }

    @Test
    void anExampleWithSomethingOtherThanEvidenceIsAnErrorThatSaysWhere() {
        CircaException e = assertThrows(CircaException.class,
                () -> Examples.parse(Source.of("bad.ev", "evidence(a).\n---\nquery(a).\n")));
        assertEquals(3, e.diagnostics().get(0).span().line());
        assertTrue(e.diagnostics().get(0).message().contains("query(a)"), e.diagnostics().toString());
    }

    @Test
    void examplesAreSplitAtDashLinesAndEmptyOnesDropped() {
        List<Examples.Example> ex = Examples.parse(Source.of("e.ev",
                "evidence(a).\n--- first\n% nothing here\n---\nevidence(b, false).\nevidence(c).\n"));
        assertEquals(2, ex.size());
        assertEquals(1, ex.get(0).evidence().size());
        assertEquals(2, ex.get(1).evidence().size());
        assertEquals("e.ev:5 (example 2)", ex.get(1).origin());
    }

    private static List<String> texts(LearnedProgram l) {
        List<String> out = new ArrayList<>();
        for (LearnedProgram.Line line : l.lines()) {
            out.add(line.text());
        }
        return out;
    }
}
