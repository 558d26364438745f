package org.circa.gpu;

import java.lang.foreign.MemorySegment;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.circa.circuits.eval.BackendUnavailableException;
import org.circa.circuits.eval.EvaluatorBackend.Availability;

/**
 * The process's CUDA state, set up once on first use: the driver and NVRTC libraries, device 0
 * with its primary context and compute capability, and the compiled kernel modules, one per
 * {@link KernelSpec}. Thread-safe; never torn down (the driver frees everything at exit).
 */
final class CudaRuntime {
    private final CudaDriver driver;
    private final Nvrtc nvrtc;
    private final MemorySegment context;
    private final int major;
    private final int minor;
    private final int multiprocessors;
    private final String description;
    private final Map<KernelSpec, MemorySegment> modules = new ConcurrentHashMap<>();

    /** The outcome of setting CUDA up: a runtime, or why there is none. */
    private record Probe(CudaRuntime runtime, String missing) {
    }

    private static final class Holder {
        static final Probe PROBE = probe();
    }

    /** Sets device 0 up on an initialised driver ({@code cuInit} done); the tests build one on stand-in libraries. */
    CudaRuntime(CudaDriver driver, Nvrtc nvrtc, String nvrtcLibrary) {
        this.driver = driver;
        this.nvrtc = nvrtc;
        int device = driver.device(0);
        this.context = driver.retainPrimaryContext(device);
        driver.setCurrent(context);
        this.major = driver.attribute(CudaDriver.ATTRIBUTE_CC_MAJOR, device);
        this.minor = driver.attribute(CudaDriver.ATTRIBUTE_CC_MINOR, device);
        this.multiprocessors = driver.attribute(CudaDriver.ATTRIBUTE_MULTIPROCESSORS, device);
        int version = driver.driverVersion();
        this.description = String.format(Locale.ROOT, "%s (compute capability %d.%d, %d SMs, %.1f GiB), CUDA driver %d.%d, NVRTC %s (%s)",
                driver.deviceName(device), major, minor, multiprocessors,
                driver.totalMemory(device) / (double) (1L << 30), version / 1000, version % 1000 / 10, nvrtc.version(),
                nvrtcLibrary);
    }

    private static Probe probe() {
        NativeLibraries.Found driverLibrary;
        try {
            driverLibrary = NativeLibraries.driver();
        } catch (NativeLibraries.NotFoundException e) {
            return new Probe(null, e.getMessage() + ": the gpu backend needs an NVIDIA GPU and its driver");
        }
        try {
            CudaDriver driver = new CudaDriver(driverLibrary.lookup());
            driver.init();
            if (driver.deviceCount() < 1) {
                return new Probe(null, "the CUDA driver sees no device");
            }
            NativeLibraries.Found nvrtcLibrary;
            try {
                nvrtcLibrary = NativeLibraries.nvrtc();
            } catch (NativeLibraries.NotFoundException e) {
                return new Probe(null, e.getMessage() + ": install the CUDA toolkit's NVRTC, put its folder on "
                        + "LD_LIBRARY_PATH, or name the file with -D" + NativeLibraries.NVRTC_PROPERTY + "=PATH");
            }
            Nvrtc nvrtc = new Nvrtc(nvrtcLibrary.lookup(), nvrtcLibrary.candidate());
            return new Probe(new CudaRuntime(driver, nvrtc, nvrtcLibrary.candidate()), null);
        } catch (RuntimeException e) {
            return new Probe(null, e instanceof CudaException || e instanceof IllegalStateException ? e.getMessage()
                    : "setting CUDA up failed: " + e);
        }
    }

    /** Whether CUDA can run here, described (device, driver, NVRTC) or with what is missing. */
    static Availability availability() {
        Probe p = Holder.PROBE;
        return p.runtime() != null ? Availability.available(p.runtime().description) : Availability.unavailable(p.missing());
    }

    /** The runtime; throws {@link BackendUnavailableException} saying what is missing. */
    static CudaRuntime get() {
        Probe p = Holder.PROBE;
        if (p.runtime() == null) {
            throw new BackendUnavailableException("the gpu backend cannot run here: " + p.missing());
        }
        return p.runtime();
    }

    /** The driver bindings. */
    CudaDriver driver() {
        return driver;
    }

    /** Makes the primary context current on the calling thread. */
    void makeCurrent() {
        driver.setCurrent(context);
    }

    /** The module of {@code spec}'s kernels, compiled by NVRTC for this device on first use. */
    MemorySegment module(KernelSpec spec) {
        return modules.computeIfAbsent(spec, s -> {
            makeCurrent();
            byte[] cubin = nvrtc.compile(s.source(), s.programName() + ".cu", Nvrtc.options(major, minor));
            return driver.loadModule(cubin);
        });
    }

    /** A new queue (stream) with {@code spec}'s kernels. */
    DeviceQueue openQueue(KernelSpec spec) {
        return new CudaQueue(this, spec);
    }

    /** Number of streaming multiprocessors of the device. */
    int multiprocessors() {
        return multiprocessors;
    }

    /** The device, driver and NVRTC, in words. */
    String description() {
        return description;
    }
}
