package org.circa.gpu;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.circa.semirings.Algebra;
import org.circa.semirings.BinaryOp;
import org.circa.semirings.Precision;

/**
 * What the kernels are specialised on: the algebra's sum and product operations, its zero and
 * one, and the value type. Algebras with the same specialisation (boolean, Gödel and possibility
 * all are max/min in float64) share one compiled module. Immutable and thread-safe.
 */
record KernelSpec(BinaryOp plus, BinaryOp times, double zero, double one, Precision precision) {
    /** The kernels' source file, a resource beside this class. */
    static final String SOURCE = "circuit.cu";

    /** Names of the kernels in {@link #SOURCE}. */
    static final String FORWARD_PAIRS = "forward_pairs";
    /** Kernel of gates of fan-in other than two. */
    static final String FORWARD_GATES = "forward_gates";
    /** Kernel that packs chosen rows (the roots) together. */
    static final String GATHER_ROWS = "gather_rows";
    /** Kernel of the backward pass over one level. */
    static final String BACKWARD_ROWS = "backward_rows";
    /** Kernel of consecutive gate levels fused over column tiles, forward. */
    static final String FORWARD_LEVELS = "forward_levels";
    /** Kernel of consecutive levels fused over column tiles, backward. */
    static final String BACKWARD_LEVELS = "backward_levels";
    /** Kernel of wide gates, a block per (gate, column). */
    static final String FORWARD_WIDE = "forward_wide";
    /** Kernel of a whole forward pass in shared memory. */
    static final String FORWARD_RESIDENT = "forward_resident";
    /** Kernel of a whole backward pass in shared memory. */
    static final String BACKWARD_RESIDENT = "backward_resident";
    /** Every kernel of {@link #SOURCE}. */
    static final List<String> KERNELS = List.of(FORWARD_PAIRS, FORWARD_GATES, GATHER_ROWS, BACKWARD_ROWS, FORWARD_LEVELS,
            BACKWARD_LEVELS, FORWARD_WIDE, FORWARD_RESIDENT, BACKWARD_RESIDENT);

    /**
     * Each kernel's parameters in declaration order, one letter each: {@code P} a device pointer
     * (64 bits, passed as a {@link Long}), {@code I} an {@code int} (passed as an {@link Integer}).
     * {@code NvccKernelsTest} checks them against the compiled kernels where nvcc is installed.
     */
    static final Map<String, String> PARAMETERS = Map.of(FORWARD_PAIRS, "PPPIIIII", FORWARD_GATES, "PPPPIIIII",
            GATHER_ROWS, "PPPII", BACKWARD_ROWS, "PPPPPPPPPPIIII", FORWARD_LEVELS, "PPPPPPPIIIIII",
            BACKWARD_LEVELS, "PPPPPPPPPPPIIIII", FORWARD_WIDE, "PPPPPIIII", FORWARD_RESIDENT, "PPPPPPPIIIII",
            BACKWARD_RESIDENT, "PPPPPPPPPPPIIII");

    /** Checks that both operations are primitive. */
    KernelSpec {
        if (plus == BinaryOp.GENERIC || times == BinaryOp.GENERIC) {
            throw new IllegalArgumentException("GENERIC operations have no kernel");
        }
    }

    /** Whether the kernels can evaluate {@code algebra}: its sum and product are primitive operations. */
    static boolean supports(Algebra algebra) {
        return algebra.plusOp() != BinaryOp.GENERIC && algebra.timesOp() != BinaryOp.GENERIC;
    }

    /**
     * The specialisation of {@code algebra}; throws {@link IllegalArgumentException} naming the
     * algebra when it is user-defined (its plus or times is not a primitive operation).
     */
    static KernelSpec of(Algebra algebra) {
        if (!supports(algebra)) {
            throw new IllegalArgumentException("the gpu backend runs the built-in algebras only; '" + algebra.name()
                    + "' defines its own plus or times (BinaryOp.GENERIC), which has no CUDA kernel: use --backend cpu"
                    + " (or auto) for it");
        }
        return new KernelSpec(algebra.plusOp(), algebra.timesOp(), algebra.zero(), algebra.one(), algebra.precision());
    }

    /**
     * Throws {@link IllegalArgumentException} unless {@code args} fit kernel {@code name}'s
     * {@link #PARAMETERS} in number and kind: on a GPU a wrong argument list is not an error but
     * garbage read from the parameter buffer.
     */
    static void checkArguments(String name, Object[] args) {
        String kinds = PARAMETERS.get(name);
        if (kinds == null) {
            throw new IllegalArgumentException("no kernel " + name + " in " + SOURCE);
        }
        boolean fit = args.length == kinds.length();
        for (int i = 0; fit && i < args.length; i++) {
            fit = kinds.charAt(i) == 'P' ? args[i] instanceof Long : args[i] instanceof Integer;
        }
        if (!fit) {
            throw new IllegalArgumentException("kernel " + name + " takes (" + kinds + "; P a Long device pointer, I an"
                    + " Integer), got " + Arrays.toString(args));
        }
    }

    /** Bytes of one value: 4 in float32, 8 in float64. */
    int valueBytes() {
        return precision == Precision.FLOAT32 ? 4 : 8;
    }

    /** The {@code #define}s that specialise {@link #SOURCE}. */
    String prelude() {
        return "#define VALUE_IS_FLOAT " + (precision == Precision.FLOAT32 ? 1 : 0) + "\n"
                + "#define PLUS(a, b) circa_" + opName(plus) + "(a, b)\n"
                + "#define TIMES(a, b) circa_" + opName(times) + "(a, b)\n"
                + "#define PLUS_CONTRIB contrib_" + opName(plus) + "\n"
                + "#define TIMES_CONTRIB contrib_" + opName(times) + "\n"
                + "#define ZERO " + literal(zero) + "\n"
                + "#define ONE " + literal(one) + "\n";
    }

    /** The complete source: {@link #prelude()} then the kernels. */
    String source() {
        return prelude() + "#line 1 \"" + SOURCE + "\"\n" + kernels();
    }

    /** A name for the compiled program, for logs, such as {@code circa_log_add_exp_add_f64}. */
    String programName() {
        return "circa_" + opName(plus) + "_" + opName(times) + (precision == Precision.FLOAT32 ? "_f32" : "_f64");
    }

    /** The suffix of the device functions of {@code op} in {@link #SOURCE}: {@code log_add_exp} for LOG_ADD_EXP. */
    static String opName(BinaryOp op) {
        return op.name().toLowerCase(Locale.ROOT);
    }

    /** A C literal of x in the spec's value type; infinities through the source's {@code CIRCA_INF}. */
    String literal(double x) {
        if (Double.isNaN(x)) {
            throw new IllegalArgumentException("an algebra constant is NaN");
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "(CIRCA_INF)" : "(-CIRCA_INF)";
        }
        return precision == Precision.FLOAT32 ? Float.toString((float) x) + "f" : Double.toString(x);
    }

    private static String kernels() {
        try (InputStream in = KernelSpec.class.getResourceAsStream(SOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + SOURCE + " is missing beside " + KernelSpec.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SOURCE, e);
        }
    }
}
