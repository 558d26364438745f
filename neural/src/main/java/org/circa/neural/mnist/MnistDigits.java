package org.circa.neural.mnist;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.circa.language.Atom;
import org.circa.language.IntTerm;
import org.circa.language.Struct;
import org.circa.language.Term;
import org.circa.neural.TensorSource;

/**
 * The 10,000 MNIST digits written by {@code scripts/fetch-mnist.sh}, split once and for all
 * (a shuffle with a fixed seed) into 8,000 training and 2,000 test digits, never mixed; digits
 * are named {@code img(train, I)} and {@code img(test, I)}. Immutable; thread-safe.
 */
public final class MnistDigits {
    /** The default location of the data file, relative to the repository root. */
    public static final Path DEFAULT_FILE = Path.of("data", "mnist", "mnist-10k.bin");
    /** Number of training digits. */
    public static final int TRAIN = 8000;
    private static final long SPLIT_SEED = 20_240_601L;

    private final float[][] images;
    private final int[] labels;
    private final int[] train;
    private final int[] test;

    private MnistDigits(float[][] images, int[] labels) {
        this.images = images;
        this.labels = labels;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(SPLIT_SEED));
        int cut = Math.min(TRAIN, labels.length * 4 / 5);
        train = order.subList(0, cut).stream().mapToInt(Integer::intValue).toArray();
        test = order.subList(cut, order.size()).stream().mapToInt(Integer::intValue).toArray();
    }

    /** Digits from memory (tests): images of 784 pixels in [0, 1] and their labels, split as the file is. */
    static MnistDigits of(float[][] images, int[] labels) {
        return new MnistDigits(images, labels);
    }

    /** Finds the data file: the given path, or {@link #DEFAULT_FILE} here or in a parent folder. */
    public static Optional<Path> locate() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve(DEFAULT_FILE);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
            dir = dir.getParent();
        }
        return Optional.empty();
    }

    /** Reads the data file. */
    public static MnistDigits load(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
                DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(raw, 1 << 16))) {
            byte[] magic = in.readNBytes(8);
            if (!"CIRCAMN1".equals(new String(magic, java.nio.charset.StandardCharsets.US_ASCII))) {
                throw new IOException(file + " is not a Circa MNIST file (rerun scripts/fetch-mnist.sh)");
            }
            int count = in.readInt();
            int size = in.readInt() * in.readInt();
            float[][] images = new float[count][size];
            int[] labels = new int[count];
            byte[] pixels = new byte[size];
            for (int i = 0; i < count; i++) {
                labels[i] = in.readUnsignedByte();
                in.readFully(pixels);
                for (int j = 0; j < size; j++) {
                    images[i][j] = (pixels[j] & 0xff) / 255f;
                }
            }
            return new MnistDigits(images, labels);
        }
    }

    /** Number of digits in a split. */
    public int size(Split split) {
        return ids(split).length;
    }

    /** The label of digit i of a split. */
    public int label(Split split, int i) {
        return labels[ids(split)[i]];
    }

    /** The pixels of digit i of a split (live; do not modify). */
    public float[] image(Split split, int i) {
        return images[ids(split)[i]];
    }

    /** The term naming digit i of a split: {@code img(train, I)} or {@code img(test, I)}. */
    public static Term term(Split split, int i) {
        return Struct.of("img", Atom.of(split.name().toLowerCase(java.util.Locale.ROOT)), new IntTerm(i));
    }

    /** The tensor source of {@code img/2} terms: pixels in [0, 1]. */
    public TensorSource tensors() {
        return tensors(false);
    }

    /**
     * The tensor source of {@code img/2} terms; {@code centred}: pixels mapped to [−1, 1]
     * ({@code (x − 0.5) / 0.5}, as DeepProbLog's MNIST loader normalises them).
     */
    public TensorSource tensors(boolean centred) {
        if (centred) {
            TensorSource raw = tensors(false);
            java.util.Map<Term, float[]> cache = new java.util.concurrent.ConcurrentHashMap<>();
            return t -> raw.tensor(t).map(x -> cache.computeIfAbsent(t, k -> {
                float[] y = new float[x.length];
                for (int i = 0; i < x.length; i++) {
                    y[i] = 2 * x[i] - 1;
                }
                return y;
            }));
        }
        return t -> {
            if (t.arity() != 2 || !(t.arg(1).deref() instanceof IntTerm index)) {
                return Optional.empty();
            }
            Split split = switch (String.valueOf(t.arg(0).deref().name())) {
                case "train" -> Split.TRAIN;
                case "test" -> Split.TEST;
                default -> null;
            };
            if (split == null || index.value() < 0 || index.value() >= size(split)) {
                return Optional.empty();
            }
            return Optional.of(image(split, (int) index.value()));
        };
    }

    private int[] ids(Split split) {
        return split == Split.TRAIN ? train : test;
    }

    /** The two halves of the data, never mixed. */
    public enum Split {
        /** 8,000 training digits. */
        TRAIN,
        /** 2,000 test digits. */
        TEST
    }
}
