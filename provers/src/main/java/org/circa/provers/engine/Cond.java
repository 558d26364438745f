package org.circa.provers.engine;

import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;

/**
 * The condition of a derivation: a conjunction of ground literals, as a persistent linked list.
 * {@code null} stands for the empty conjunction (the derivation holds in every world). Immutable.
 */
public record Cond(int literal, Cond next) {

    /** This condition extended with one more literal. */
    public static Cond with(Cond c, int literal) {
        return new Cond(literal, c);
    }

    /** This condition extended with all literals of another. */
    public static Cond withAll(Cond c, Cond more) {
        for (Cond m = more; m != null; m = m.next) {
            c = new Cond(m.literal, c);
        }
        return c;
    }

    /** The literals, sorted and without duplicates; empty for {@code null}. */
    public static int[] toSortedArray(Cond c) {
        IntArrayList list = new IntArrayList();
        for (Cond m = c; m != null; m = m.next) {
            list.add(m.literal);
        }
        list.sortThis();
        IntArrayList out = new IntArrayList(list.size());
        for (int i = 0; i < list.size(); i++) {
            if (i == 0 || list.get(i) != list.get(i - 1)) {
                out.add(list.get(i));
            }
        }
        return out.toArray();
    }
}
