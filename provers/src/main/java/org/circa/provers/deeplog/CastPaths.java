package org.circa.provers.deeplog;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the shortest chain of registered casts from one algebra to another (breadth first, the
 * most recently registered cast first among equals). Stateless.
 */
public final class CastPaths {
    private CastPaths() {
    }

    /** The casts to apply in order; empty list when the algebras are the same; empty optional when no path exists. */
    public static Optional<List<Cast>> find(Vocabulary vocabulary, String from, String to) {
        if (from.equals(to)) {
            return Optional.of(List.of());
        }
        Map<String, Cast> reachedBy = new HashMap<>();
        ArrayDeque<String> queue = new ArrayDeque<>();
        queue.add(from);
        reachedBy.put(from, null);
        while (!queue.isEmpty()) {
            String at = queue.poll();
            for (Cast c : vocabulary.casts()) {
                if (c.from().equals(at) && !reachedBy.containsKey(c.to())) {
                    reachedBy.put(c.to(), c);
                    if (c.to().equals(to)) {
                        return Optional.of(path(reachedBy, to));
                    }
                    queue.add(c.to());
                }
            }
        }
        return Optional.empty();
    }

    private static List<Cast> path(Map<String, Cast> reachedBy, String to) {
        List<Cast> out = new ArrayList<>();
        for (Cast c = reachedBy.get(to); c != null; c = reachedBy.get(c.from())) {
            out.add(c);
        }
        Collections.reverse(out);
        return out;
    }
}
