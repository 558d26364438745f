package org.circa.neural.mnist;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.circa.neural.LossPlot;
import org.circa.neural.Semantics;

/**
 * The MNIST addition example: trains and tests one configuration, prints progress and ends with
 * {@code accuracy: X} (sum accuracy on test pairs). Options: {@code --digits N --epochs E
 * --batch B --semantics S --placement architecture|loss --lr R --seed K --train-pairs P
 * --test-pairs P --augment none|shift2 --plot FILE.png --data FILE}.
 */
public final class MnistAddition {
    private MnistAddition() {
    }

    /** Runs the example. */
    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        AdditionExperiment.Config c = config(o, 1);
        MnistDigits data = AdditionExperiment.loadData(o.get("data"));
        AdditionExperiment.Result r = AdditionExperiment.run(c, data, System.out);
        if (o.containsKey("plot")) {
            LossPlot.write(r.history(), "MNIST addition N=" + c.digits(), Path.of(o.get("plot")));
            System.out.println("plot: " + o.get("plot"));
        }
        System.out.printf("digit accuracy: %.4f%n", r.digitAccuracy());
        System.out.printf("seconds per epoch: %.1f%n", r.secondsPerEpoch());
        System.out.printf("accuracy: %.4f%n", r.sumAccuracy());
    }

    static AdditionExperiment.Config config(Map<String, String> o, int defaultEpochs) {
        int digits = Integer.parseInt(o.getOrDefault("digits", "1"));
        return new AdditionExperiment.Config(digits,
                Integer.parseInt(o.getOrDefault("epochs", String.valueOf(defaultEpochs))),
                Integer.parseInt(o.getOrDefault("batch", "8")),
                Semantics.byName(o.getOrDefault("semantics", "probabilistic")),
                Placement.valueOf(o.getOrDefault("placement", "architecture").toUpperCase(java.util.Locale.ROOT)),
                Double.parseDouble(o.getOrDefault("lr", "1e-3")),
                Long.parseLong(o.getOrDefault("seed", "1")),
                Integer.parseInt(o.getOrDefault("train-pairs", "0")),
                Integer.parseInt(o.getOrDefault("test-pairs", "0")),
                Augmentation.byName(o.getOrDefault("augment", "shift2")));
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got '" + args[i] + "'");
            }
            o.put(args[i].substring(2), args[++i]);
        }
        return o;
    }
}
