package org.circa.provers.deeplog;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/** The built-in casts between algebras. Stateless. */
final class StandardCasts {
    private StandardCasts() {
    }

    static List<Cast> all() {
        List<Cast> l = new ArrayList<>();
        DoubleUnaryOperator id = x -> x;
        l.add(new Cast("boolean", "probability", id, "weighted model count (Iverson bracket when deterministic)"));
        l.add(new Cast("boolean", "logprobability", Math::log, "weighted model count in log space"));
        l.add(new Cast("boolean", "real", id, "Iverson bracket"));
        for (String fuzzy : List.of("godel", "product", "lukasiewicz", "possibility", "necessity")) {
            l.add(new Cast("boolean", fuzzy, id, "truth values 0 and 1"));
        }
        for (String fuzzy : List.of("godel", "product", "lukasiewicz")) {
            l.add(new Cast(fuzzy, "real", id, "truth degree as a number"));
        }
        l.add(new Cast("real", "probability", Cast::sigmoid, "sigmoid"));
        l.add(new Cast("probability", "real", id, "probability as a number"));
        l.add(new Cast("probability", "logprobability", Math::log, "natural log"));
        l.add(new Cast("logprobability", "probability", Math::exp, "exp"));
        l.add(new Cast("probability", "possibility", Cast::antipignistic, "antipignistic transform"));
        return l;
    }
}
