package org.circa.gpu;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A CUDA toolkit installed on the build machine, if any (headers and nvcc; no GPU or driver
 * needed): {@code -Dcirca.cuda.home=DIR}, else {@code $CUDA_HOME}, else {@code /usr/local/cuda}.
 * The tests that check the bindings and kernels against it skip, saying why, where there is none.
 * Stateless and thread-safe.
 */
final class CudaToolkit {
    private CudaToolkit() {
    }

    /** The toolkit folders tried, in order. */
    static List<Path> homes() {
        List<Path> homes = new ArrayList<>();
        String property = System.getProperty("circa.cuda.home");
        if (property != null && !property.isBlank()) {
            homes.add(Path.of(property.strip()));
        }
        String env = System.getenv("CUDA_HOME");
        if (env != null && !env.isBlank()) {
            homes.add(Path.of(env.strip()));
        }
        homes.add(Path.of("/usr/local/cuda"));
        return homes;
    }

    /** The first toolkit's {@code relative} file that exists, such as {@code include/cuda.h}. */
    static Optional<Path> file(String relative) {
        return homes().stream().map(h -> h.resolve(relative)).filter(Files::isRegularFile).findFirst();
    }

    /** The output and exit status of a finished command. */
    record Result(int status, String output) {
    }

    /** Deletes {@code dir} and everything under it, as far as it can. */
    static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Runs {@code command} in {@code dir}, waiting at most two minutes. */
    static Result run(List<String> command, Path dir) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Result(-1, output + "\n(timed out)");
        }
        return new Result(p.exitValue(), output);
    }
}
