package org.circa.provers.learn;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;
import org.circa.language.GroundProgram;

/**
 * Which learnable groups an observed atom reaches in the ground program (through rule bodies,
 * negated or not): the groups that grounding an example with that atom alone as evidence would
 * create, which are those an example counts, as in ProbLog. Not thread-safe; caches per atom.
 */
final class Relevance {
    private final GroundProgram program;
    private final Map<Integer, Integer> groupOfChoice = new HashMap<>();
    private final Map<Integer, BitSet> cache = new HashMap<>();

    /** Relevance in {@code program} of the groups whose chain choice atoms are given, in order. */
    Relevance(GroundProgram program, List<int[]> groupAtoms) {
        this.program = program;
        for (int g = 0; g < groupAtoms.size(); g++) {
            for (int a : groupAtoms.get(g)) {
                groupOfChoice.put(a, g);
            }
        }
    }

    /** The groups that ground literal {@code literal} depends on (none for a constant). */
    BitSet groups(int literal) {
        if (literal == GroundProgram.TRUE || literal == GroundProgram.FALSE) {
            return new BitSet();
        }
        return cache.computeIfAbsent(Math.abs(literal), this::reach);
    }

    private BitSet reach(int start) {
        BitSet out = new BitSet();
        BitSet seen = new BitSet();
        IntArrayList stack = new IntArrayList();
        stack.add(start);
        seen.set(start);
        while (!stack.isEmpty()) {
            int a = stack.removeAtIndex(stack.size() - 1);
            if (program.isChoice(a)) {
                Integer g = groupOfChoice.get(a);
                if (g != null) {
                    out.set(g);
                }
                continue;
            }
            for (int[] body : program.bodies(a)) {
                for (int lit : body) {
                    int b = Math.abs(lit);
                    if (!seen.get(b)) {
                        seen.set(b);
                        stack.add(b);
                    }
                }
            }
        }
        return out;
    }
}
