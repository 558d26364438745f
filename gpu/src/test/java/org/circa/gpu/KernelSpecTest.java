package org.circa.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.circa.semirings.Algebra;
import org.circa.semirings.Algebras;
import org.circa.semirings.BinaryOp;
import org.circa.semirings.Precision;
import org.junit.jupiter.api.Test;

/** How algebras map to kernel specialisations, and how user algebras are refused. */
class KernelSpecTest {
    /** A user algebra whose operations are not primitive. */
    private static final Algebra USER = new Algebra() {
        @Override
        public String name() {
            return "my-tropical";
        }

        @Override
        public double zero() {
            return Double.POSITIVE_INFINITY;
        }

        @Override
        public double one() {
            return 0;
        }

        @Override
        public double plus(double a, double b) {
            return Math.min(a, b);
        }

        @Override
        public double times(double a, double b) {
            return a + b;
        }

        @Override
        public boolean needsCompiledCircuit() {
            return false;
        }
    };

    @Test
    void everyBuiltInAlgebraHasAKernelWhoseSourceDefinesItsOperations() {
        String kernels = KernelSpec.of(Algebras.byName("probability")).source();
        for (Algebra a : Algebras.builtIns()) {
            KernelSpec spec = KernelSpec.of(a);
            String prelude = spec.prelude();
            String plus = KernelSpec.opName(a.plusOp());
            String times = KernelSpec.opName(a.timesOp());
            assertTrue(prelude.contains("#define PLUS(a, b) circa_" + plus + "(a, b)"), prelude);
            assertTrue(prelude.contains("#define TIMES_CONTRIB contrib_" + times), prelude);
            // the device functions named by the prelude exist in circuit.cu
            assertTrue(kernels.contains("value_t circa_" + plus + "("), plus);
            assertTrue(kernels.contains("contrib_" + times), times);
            assertEquals(a.precision() == Precision.FLOAT32 ? 4 : 8, spec.valueBytes(), a.name());
            assertTrue(prelude.contains("#define VALUE_IS_FLOAT " + (a.precision() == Precision.FLOAT32 ? 1 : 0)));
        }
    }

    @Test
    void constantsAreLiteralsOfTheValueType() {
        KernelSpec log = KernelSpec.of(Algebras.byName("logprobability"));
        assertTrue(log.prelude().contains("#define ZERO (-CIRCA_INF)"), log.prelude());
        assertTrue(log.prelude().contains("#define ONE 0.0\n"), log.prelude());
        KernelSpec prob32 = KernelSpec.of(Algebras.byName("probability32"));
        assertTrue(prob32.prelude().contains("#define ONE 1.0f\n"), prob32.prelude());
        assertEquals("(CIRCA_INF)", prob32.literal(Double.POSITIVE_INFINITY));
        assertEquals("0.1f", prob32.literal(0.1));
        assertThrows(IllegalArgumentException.class, () -> prob32.literal(Double.NaN));
    }

    @Test
    void algebrasWithTheSameOperationsShareOneModule() {
        Set<KernelSpec> specs = new HashSet<>();
        for (Algebra a : Algebras.builtIns()) {
            specs.add(KernelSpec.of(a));
        }
        // boolean, godel, possibility and necessity are all max/min in float64 (and godel32, possibility32,
        // necessity32 in float32): 19 algebras, 7 operation pairs in each of 2 precisions
        assertEquals(14, specs.size());
        assertEquals(KernelSpec.of(Algebras.byName("godel")), KernelSpec.of(Algebras.byName("boolean")));
        assertFalse(KernelSpec.of(Algebras.byName("godel")).equals(KernelSpec.of(Algebras.byName("godel32"))));
    }

    @Test
    void userAlgebrasAreRefusedByName() {
        assertFalse(KernelSpec.supports(USER));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KernelSpec.of(USER));
        assertTrue(e.getMessage().contains("'my-tropical'"), e.getMessage());
        assertTrue(e.getMessage().contains("--backend cpu"), e.getMessage());
        assertFalse(new GpuBackend().supports(USER));
        // refused before CUDA is even looked for, so the message is the same with or without a GPU
        IllegalArgumentException open = assertThrows(IllegalArgumentException.class,
                () -> new GpuBackend().open(org.circa.circuits.plan.CircuitPlan.of(
                        org.circa.circuits.bench.RandomCircuits.generate(2, 3, 2, 1, 1)), USER, 1));
        assertTrue(open.getMessage().contains("my-tropical"));
        assertThrows(IllegalArgumentException.class,
                () -> new KernelSpec(BinaryOp.GENERIC, BinaryOp.MUL, 0, 1, Precision.FLOAT64));
    }

    @Test
    void everyKernelTheEvaluatorLaunchesIsInTheSource() {
        String source = KernelSpec.of(Algebras.byName("probability")).source();
        for (String kernel : KernelSpec.KERNELS) {
            assertTrue(source.contains("extern \"C\" __global__ void " + kernel + "("), kernel);
        }
    }

    @Test
    void programNamesTellTheSpecialisation() {
        assertEquals("circa_log_add_exp_add_f32", KernelSpec.of(Algebras.byName("logprobability32")).programName());
        assertEquals("circa_max_mul_f64", KernelSpec.of(Algebras.byName("maxproduct")).programName());
    }
}
