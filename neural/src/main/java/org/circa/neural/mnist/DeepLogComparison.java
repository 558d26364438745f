package org.circa.neural.mnist;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.circa.neural.Semantics;

/**
 * DeepLog's first two experiments on MNIST addition (N = 1): the same program under
 * probabilistic semantics and under the Gödel, product and Łukasiewicz logics, each with the
 * logic in the architecture and in the loss; prints one table row per cell with sum accuracy,
 * digit accuracy and training seconds per epoch. Options as {@link MnistAddition}, plus
 * {@code --semantics-list a,b,...} and {@code --placements a,b}.
 */
public final class DeepLogComparison {
    private DeepLogComparison() {
    }

    /** Runs the comparison. */
    public static void main(String[] args) throws Exception {
        Map<String, String> o = MnistAddition.options(args);
        MnistDigits data = AdditionExperiment.loadData(o.get("data"));
        AdditionExperiment.Config base = MnistAddition.config(o, 1);
        List<AdditionExperiment.Result> results = new ArrayList<>();
        for (String s : o.getOrDefault("semantics-list", "probabilistic,godel,product,lukasiewicz").split(",")) {
            for (String p : o.getOrDefault("placements", "architecture,loss").split(",")) {
                AdditionExperiment.Config c = new AdditionExperiment.Config(1, base.epochs(), base.batchSize(),
                        Semantics.byName(s.trim()), Placement.valueOf(p.trim().toUpperCase(java.util.Locale.ROOT)),
                        base.lr(), base.seed(), base.trainPairs(), base.testPairs(), base.augmentation());
                results.add(AdditionExperiment.run(c, data, System.out));
            }
        }
        System.out.println();
        System.out.printf("MNIST addition N=1, %d epoch(s), batch %d, seed %d%n", base.epochs(), base.batchSize(),
                base.seed());
        System.out.println("| semantics | logic in | sum accuracy | digit accuracy | s/epoch (train) | s compile |");
        System.out.println("|---|---|---|---|---|---|");
        for (AdditionExperiment.Result r : results) {
            System.out.printf("| %s | %s | %.4f | %.4f | %.1f | %.2f |%n",
                    r.config().semantics().name().toLowerCase(), r.config().placement().name().toLowerCase(),
                    r.sumAccuracy(), r.digitAccuracy(), r.secondsPerEpoch(), r.compileSeconds());
        }
    }
}
