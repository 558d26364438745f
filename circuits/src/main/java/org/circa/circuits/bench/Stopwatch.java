package org.circa.circuits.bench;

import java.util.Arrays;

/** Times a task: warms it up, then takes the median of samples that each repeat it for at least a few milliseconds. Stateless. */
final class Stopwatch {
    private Stopwatch() {
    }

    /** The median and the minimum milliseconds per run, over the samples. */
    record Timing(double medianMs, double minMs) {
    }

    /** Median milliseconds per run of {@code task}, over {@code samples} samples of at least {@code sampleMs} each. */
    static double medianMs(Runnable task, int samples, double sampleMs, double warmupMs) {
        return time(task, samples, sampleMs, warmupMs).medianMs();
    }

    /** Median and minimum milliseconds per run of {@code task}, over {@code samples} samples of at least {@code sampleMs} each. */
    static Timing time(Runnable task, int samples, double sampleMs, double warmupMs) {
        long warmEnd = System.nanoTime() + (long) (warmupMs * 1e6);
        int reps = 0;
        long t0 = System.nanoTime();
        do {
            task.run();
            reps++;
        } while (System.nanoTime() < warmEnd);
        double perRun = (System.nanoTime() - t0) / 1e6 / reps;
        int inner = (int) Math.max(1, Math.ceil(sampleMs / Math.max(perRun, 1e-6)));
        double[] ms = new double[samples];
        for (int s = 0; s < samples; s++) {
            long start = System.nanoTime();
            for (int i = 0; i < inner; i++) {
                task.run();
            }
            ms[s] = (System.nanoTime() - start) / 1e6 / inner;
        }
        Arrays.sort(ms);
        return new Timing(ms[samples / 2], ms[0]);
    }
}
