package org.circa.circuits.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Chooses an {@link EvaluatorBackend} by name: {@code cpu} (built in), {@code gpu} (the
 * {@code circa-gpu} module, found through {@link ServiceLoader}), {@code auto} (an available
 * accelerator, else the CPU) or the name of another installed backend. Thread-safe.
 */
public final class Backends {
    /** Name of the built-in CPU backend. */
    public static final String CPU = "cpu";
    /** Name of the CUDA backend of the {@code circa-gpu} module. */
    public static final String GPU = "gpu";
    /** Name of the choice that takes an available accelerator and falls back to the CPU. */
    public static final String AUTO = "auto";

    private Backends() {
    }

    /** The CPU backend, using every core for large batches. */
    public static EvaluatorBackend cpu() {
        return cpu(Runtime.getRuntime().availableProcessors());
    }

    /** The CPU backend on at most {@code maxThreads} threads. */
    public static EvaluatorBackend cpu(int maxThreads) {
        return new CpuBackend(maxThreads);
    }

    /** The backends found through {@link ServiceLoader} (the CPU one is not among them). */
    public static List<EvaluatorBackend> installed() {
        List<EvaluatorBackend> found = new ArrayList<>();
        for (EvaluatorBackend b : ServiceLoader.load(EvaluatorBackend.class)) {
            found.add(b);
        }
        return List.copyOf(found);
    }

    /** {@link #select(String, int)} with a CPU backend on every core. */
    public static EvaluatorBackend select(String choice) {
        return select(choice, Runtime.getRuntime().availableProcessors());
    }

    /**
     * The backend named {@code choice}, the CPU one limited to {@code cpuThreads} threads; throws
     * {@link BackendUnavailableException} when a named backend is missing or cannot run here
     * ({@code auto} never throws), and {@link IllegalArgumentException} for an unknown name.
     */
    public static EvaluatorBackend select(String choice, int cpuThreads) {
        return select(choice, cpu(cpuThreads), installed());
    }

    static EvaluatorBackend select(String choice, EvaluatorBackend cpu, List<EvaluatorBackend> installed) {
        if (choice.equals(CPU)) {
            return cpu;
        }
        if (choice.equals(AUTO)) {
            return new AutoBackend(cpu, installed);
        }
        for (EvaluatorBackend b : installed) {
            if (b.name().equals(choice)) {
                EvaluatorBackend.Availability a = b.availability();
                if (!a.available()) {
                    throw new BackendUnavailableException("the " + choice + " backend cannot run here: " + a.reason());
                }
                return b;
            }
        }
        if (choice.equals(GPU)) {
            throw new BackendUnavailableException("no gpu backend is installed: put the circa-gpu module "
                    + "(org.circa:circa-gpu) on the class path");
        }
        List<String> known = new ArrayList<>(List.of(CPU, AUTO));
        installed.forEach(b -> known.add(b.name()));
        throw new IllegalArgumentException("unknown backend '" + choice + "'; known: " + String.join(", ", known));
    }
}
