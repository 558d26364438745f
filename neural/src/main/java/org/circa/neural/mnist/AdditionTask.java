package org.circa.neural.mnist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.circa.language.IntTerm;
import org.circa.language.Struct;
import org.circa.language.Term;
import org.circa.neural.Example;
import org.circa.neural.mnist.MnistDigits.Split;

/**
 * The pairs of numbers of MNIST addition with N digits per number: the digits of a split,
 * shuffled with a seed and cut into consecutive groups of 2N (each digit used once per epoch,
 * test pairs built only from test digits), and the queries that ask for their sums. Immutable.
 */
public final class AdditionTask {
    private final int digits;
    private final Split split;
    private final List<int[]> pairs;

    private AdditionTask(int digits, Split split, List<int[]> pairs) {
        this.digits = digits;
        this.split = split;
        this.pairs = pairs;
    }

    /** The pairs of a split (at most {@code limit}, 0 for all). */
    public static AdditionTask of(MnistDigits data, Split split, int digits, long seed, int limit) {
        if (digits < 1 || digits > 4) {
            throw new IllegalArgumentException("digits per number must be 1..4, got " + digits);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < data.size(split); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        List<int[]> pairs = new ArrayList<>();
        for (int start = 0; start + 2 * digits <= order.size(); start += 2 * digits) {
            int[] ids = new int[2 * digits];
            for (int k = 0; k < ids.length; k++) {
                ids[k] = order.get(start + k);
            }
            pairs.add(ids);
            if (limit > 0 && pairs.size() == limit) {
                break;
            }
        }
        return new AdditionTask(digits, split, List.copyOf(pairs));
    }

    /** The program of this task, read from {@code examples/mnist/} (found from the working directory up). */
    public String program() throws IOException {
        return read(digits == 1 ? "addition.pl" : "multi_addition.pl");
    }

    /** Reads one of the example programs of {@code examples/mnist/}. */
    public static String read(String name) throws IOException {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path p = dir.resolve("examples").resolve("mnist").resolve(name);
            if (Files.isRegularFile(p)) {
                return Files.readString(p);
            }
            dir = dir.getParent();
        }
        throw new IOException("examples/mnist/" + name + " not found from " + Path.of("").toAbsolutePath());
    }

    /** The query predicate's name and arity. */
    public String predicate() {
        return digits == 1 ? "addition" : "multi_addition";
    }

    /** Number of pairs. */
    public int size() {
        return pairs.size();
    }

    /** The true sum of pair i. */
    public int sum(MnistDigits data, int i) {
        int[] ids = pairs.get(i);
        return number(data, ids, 0) + number(data, ids, digits);
    }

    private int number(MnistDigits data, int[] ids, int from) {
        int n = 0;
        for (int k = 0; k < digits; k++) {
            n = 10 * n + data.label(split, ids[from + k]);
        }
        return n;
    }

    /** The query of pair i with a given sum (the true one for training). */
    public Term query(int i, int sum) {
        int[] ids = pairs.get(i);
        return Struct.of(predicate(), operand(ids, 0), operand(ids, digits), new IntTerm(sum));
    }

    private Term operand(int[] ids, int from) {
        if (digits == 1) {
            return MnistDigits.term(split, ids[from]);
        }
        List<Term> items = new ArrayList<>();
        for (int k = 0; k < digits; k++) {
            items.add(MnistDigits.term(split, ids[from + k]));
        }
        return Struct.list(items);
    }

    /** The training examples: each pair with its true sum. */
    public List<Example> examples(MnistDigits data) {
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            out.add(Example.of(query(i, sum(data, i))));
        }
        return out;
    }

    /** The digit ids of pair i (first number then second, most significant first). */
    public int[] digitIds(int i) {
        return pairs.get(i).clone();
    }

    /** Digits per number. */
    public int digits() {
        return digits;
    }
}
