package org.circa.semirings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The registry of algebras by name: the built-ins, their float32 variants (name suffix
 * {@code 32}, for example {@code probability32}), and user algebras found by
 * {@link ServiceLoader} as {@link Algebra} providers. Thread-safe.
 */
public final class Algebras {
    private static final Map<String, Algebra> BUILT_IN = builtIn();

    private Algebras() {
    }

    private static Map<String, Algebra> builtIn() {
        List<Algebra> base = List.of(BooleanAlgebra.INSTANCE, ProbabilityAlgebra.INSTANCE,
                LogProbabilityAlgebra.INSTANCE, MaxProductAlgebra.INSTANCE, LogMaxProductAlgebra.INSTANCE,
                FuzzyAlgebra.GODEL, FuzzyAlgebra.PRODUCT, FuzzyAlgebra.LUKASIEWICZ,
                PossibilityAlgebra.POSSIBILITY, PossibilityAlgebra.NECESSITY);
        Map<String, Algebra> map = new LinkedHashMap<>();
        for (Algebra a : base) {
            map.put(a.name(), a);
        }
        for (Algebra a : base) {
            if (a != BooleanAlgebra.INSTANCE) {
                Algebra f = Float32Algebra.of(a);
                map.put(f.name(), f);
            }
        }
        return Collections.unmodifiableMap(map);
    }

    /** The built-in algebras, in a stable order (float64 ones first). */
    public static List<Algebra> builtIns() {
        return List.copyOf(BUILT_IN.values());
    }

    /** The names {@link #byName} accepts: built-ins, then service-loaded ones. */
    public static List<String> names() {
        List<String> names = new ArrayList<>(BUILT_IN.keySet());
        for (Algebra a : ServiceLoader.load(Algebra.class)) {
            if (!names.contains(a.name())) {
                names.add(a.name());
            }
        }
        return List.copyOf(names);
    }

    /** The algebra of that name, if any. */
    public static Optional<Algebra> find(String name) {
        Algebra a = BUILT_IN.get(name);
        if (a != null) {
            return Optional.of(a);
        }
        for (Algebra user : ServiceLoader.load(Algebra.class)) {
            if (user.name().equals(name)) {
                return Optional.of(user);
            }
        }
        return Optional.empty();
    }

    /** The algebra of that name; throws {@link IllegalArgumentException} listing the known names otherwise. */
    public static Algebra byName(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown algebra '" + name + "'; known: " + String.join(", ", names())));
    }
}
