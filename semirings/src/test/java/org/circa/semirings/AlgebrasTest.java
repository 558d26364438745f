package org.circa.semirings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The registry, the log-space helpers, the p-mean aggregators and cross-algebra agreement. */
class AlgebrasTest {
    @Test
    void everyListedNameResolvesToAnAlgebraOfThatName() {
        assertTrue(Algebras.names().size() >= 19);
        for (String name : Algebras.names()) {
            assertEquals(name, Algebras.byName(name).name());
        }
    }

    @Test
    void unknownNamesAreRejectedWithTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Algebras.byName("nope"));
        assertTrue(e.getMessage().contains("probability"), e.getMessage());
    }

    @Test
    void float32VariantsDeclareTheirPrecision() {
        assertEquals(Precision.FLOAT32, Algebras.byName("probability32").precision());
        assertEquals(Precision.FLOAT64, Algebras.byName("probability").precision());
    }

    @Test
    void logAlgebraIsTheImageOfProbability() {
        Random random = new Random(7);
        Algebra p = ProbabilityAlgebra.INSTANCE;
        Algebra l = LogProbabilityAlgebra.INSTANCE;
        for (int i = 0; i < 1000; i++) {
            double x = random.nextDouble();
            double y = random.nextDouble();
            assertEquals(Math.log(p.plus(x, y)), l.plus(Math.log(x), Math.log(y)), 1e-12);
            assertEquals(Math.log(p.times(x, y)), l.times(Math.log(x), Math.log(y)), 1e-12);
            assertEquals(Math.log(p.negate(x)), l.negate(Math.log(x)), 1e-9);
        }
    }

    @Test
    void logSpaceNeverProducesNaN() {
        double ninf = Double.NEGATIVE_INFINITY;
        assertEquals(ninf, LogMath.logAddExp(ninf, ninf));
        assertEquals(-3.0, LogMath.logAddExp(ninf, -3.0));
        assertEquals(0.0, LogMath.log1mexp(ninf), 0.0);
        assertEquals(ninf, LogMath.log1mexp(0.0));
        assertEquals(ninf, LogProbabilityAlgebra.INSTANCE.times(ninf, ninf));
        assertEquals(ninf, LogMath.logSubExp(-1.0, -1.0));
        assertEquals(Math.log(1e-300), LogMath.log1mexp(Math.log1p(-1e-300)), 1e-3);
    }

    @Test
    void pMeanQuantifiersMatchTheirDefinitions() {
        double[] xs = {0.2, 0.6, 0.9};
        assertEquals((0.2 + 0.6 + 0.9) / 3, Aggregators.pMean(1).aggregate(xs), 1e-12);
        assertEquals(Math.sqrt((0.04 + 0.36 + 0.81) / 3), Aggregators.pMean(2).aggregate(xs), 1e-12);
        assertEquals(1 - Math.sqrt((0.64 + 0.16 + 0.01) / 3), Aggregators.pMeanError(2).aggregate(xs), 1e-12);
        assertEquals(0.9, Aggregators.pMean(200).aggregate(xs), 0.01);
        assertEquals(0.2, Aggregators.pMeanError(200).aggregate(xs), 0.01);
        assertThrows(IllegalArgumentException.class, () -> Aggregators.pMean(0));
    }

    @Test
    void onlyCompiledSemanticsNeedCompiledCircuits() {
        assertTrue(ProbabilityAlgebra.INSTANCE.needsCompiledCircuit());
        assertTrue(Algebras.byName("logprobability32").needsCompiledCircuit());
        assertFalse(FuzzyAlgebra.GODEL.needsCompiledCircuit());
        assertTrue(MaxProductAlgebra.INSTANCE.needsSmoothing());
        assertFalse(ProbabilityAlgebra.INSTANCE.needsSmoothing());
    }
}
