package org.circa.neural.mnist;

import java.util.Optional;
import java.util.SplittableRandom;
import org.circa.language.IntTerm;
import org.circa.language.Term;
import org.circa.neural.TensorSource;

/**
 * The tensor source of {@code img/2} terms with centred pixels ([−1, 1]) whose training digits
 * are translated by the {@link Augmentation}: the shift of {@code img(train, I)} depends only on
 * the seed, the current epoch and I, so a run is reproducible; test digits are returned as
 * {@link MnistDigits#tensors(boolean)} gives them. Mutable (the epoch); not thread-safe.
 */
public final class AugmentedTensors implements TensorSource {
    private static final int WIDTH = 28;
    private final MnistDigits data;
    private final Augmentation augmentation;
    private final long seed;
    private final TensorSource plain;
    private int epoch = 1;

    /** A source over {@code data} with the given augmentation and seed, at epoch 1. */
    public AugmentedTensors(MnistDigits data, Augmentation augmentation, long seed) {
        this.data = data;
        this.augmentation = augmentation;
        this.seed = seed;
        this.plain = data.tensors(true);
    }

    /** Sets the epoch (1-based) whose shifts the training digits get from now on. */
    public void setEpoch(int epoch) {
        this.epoch = epoch;
    }

    /** The translation (dx, dy) of training digit {@code index} in the current epoch. */
    public int[] shiftOf(int index) {
        int m = augmentation.maxShift();
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + epoch * 1_000_003L + index);
        return new int[] {r.nextInt(-m, m + 1), r.nextInt(-m, m + 1)};
    }

    @Override
    public Optional<float[]> tensor(Term term) {
        if (augmentation == Augmentation.NONE || term.arity() != 2 || !"train".equals(String.valueOf(term.arg(0).deref().name()))
                || !(term.arg(1).deref() instanceof IntTerm index) || index.value() < 0
                || index.value() >= data.size(MnistDigits.Split.TRAIN)) {
            return plain.tensor(term);
        }
        int i = (int) index.value();
        int[] d = shiftOf(i);
        float[] shifted = ImageShift.shift(data.image(MnistDigits.Split.TRAIN, i), WIDTH, d[0], d[1]);
        for (int k = 0; k < shifted.length; k++) {
            shifted[k] = 2 * shifted[k] - 1;
        }
        return Optional.of(shifted);
    }
}
