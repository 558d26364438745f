package org.circa.neural.mnist;

import java.util.Locale;

/**
 * Data augmentation of the training digits of MNIST addition: none, or a random translation of
 * each training image by up to ±2 pixels in x and y (fresh per epoch, zero padding). Test digits
 * are never augmented. Immutable.
 */
public enum Augmentation {
    /** Training images as they are. */
    NONE(0),
    /** Each training image moved by dx, dy drawn uniformly from −2..2, anew each epoch. */
    SHIFT2(2);

    private final int maxShift;

    Augmentation(int maxShift) {
        this.maxShift = maxShift;
    }

    /** The largest translation in pixels, per axis. */
    public int maxShift() {
        return maxShift;
    }

    /** The augmentation named on the command line ({@code none} or {@code shift2}). */
    public static Augmentation byName(String name) {
        for (Augmentation a : values()) {
            if (a.name().equalsIgnoreCase(name.trim())) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown augmentation '" + name + "' (expected none or shift2)");
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
