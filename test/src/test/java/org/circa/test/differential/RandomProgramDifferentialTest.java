package org.circa.test.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.circa.language.CircaException;
import org.circa.provers.Engine;
import org.circa.provers.Results;
import org.junit.jupiter.api.Test;

/** The compiled answer of random small programs equals brute-force enumeration of possible worlds. */
class RandomProgramDifferentialTest {
    private static final Engine ENGINE = Engine.create();

    @Test
    void compiledAnswersEqualPossibleWorlds() {
        Random rnd = new Random(20261123);
        int checked = 0;
        int inconsistent = 0;
        for (int n = 0; n < 400; n++) {
            RandomProgram p = RandomProgram.generate(rnd);
            double[] joint = PossibleWorlds.joint(p);
            double evidence = joint[p.derived];
            String text = p.text();
            if (evidence < 1e-12) {
                CircaException e = org.junit.jupiter.api.Assertions.assertThrows(CircaException.class,
                        () -> ENGINE.query(text), "inconsistent evidence must be reported:\n" + text);
                assertTrue(e.getMessage().contains("InconsistentEvidence"), e.getMessage());
                inconsistent++;
                continue;
            }
            Results r = ENGINE.query(text);
            int base = p.derivedBase();
            for (int d = 0; d < p.derived; d++) {
                String atom = p.atomName(base + d);
                double expected = joint[d] / evidence;
                assertEquals(expected, r.valueOf(atom).orElseThrow(), 1e-9, atom + " in\n" + text);
                checked++;
            }
        }
        assertTrue(checked > 500, "too few atoms checked: " + checked);
        assertTrue(inconsistent < 100, "too many inconsistent programs: " + inconsistent);
    }
}
