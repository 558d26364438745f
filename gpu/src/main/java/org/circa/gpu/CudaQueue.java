package org.circa.gpu;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link DeviceQueue} on one CUDA stream of the primary context, with the kernels of one
 * {@link KernelSpec}; recordings are CUDA graphs captured from the stream. Not thread-safe.
 */
final class CudaQueue implements DeviceQueue {
    private final CudaRuntime cuda;
    private final CudaDriver driver;
    private final MemorySegment module;
    private final MemorySegment stream;
    private final Map<String, MemorySegment> functions = new HashMap<>();
    private final List<Long> deviceMemory = new ArrayList<>();
    private final List<MemorySegment> hostMemory = new ArrayList<>();
    private final List<MemorySegment> graphs = new ArrayList<>();
    private final List<MemorySegment> executables = new ArrayList<>();
    private boolean closed;

    CudaQueue(CudaRuntime cuda, KernelSpec spec) {
        this.cuda = cuda;
        this.driver = cuda.driver();
        this.module = cuda.module(spec);
        cuda.makeCurrent();
        // resolved here, as no driver call but launches should happen while a graph is captured
        for (String name : KernelSpec.KERNELS) {
            functions.put(name, driver.function(module, name));
        }
        this.stream = driver.createStream(CudaDriver.STREAM_NON_BLOCKING);
    }

    /** The grid size for {@code threads} threads in blocks of {@link #BLOCK}. */
    static int grid(long threads) {
        return (int) Math.min(Integer.MAX_VALUE, (threads + BLOCK - 1) / BLOCK);
    }

    @Override
    public long allocate(long bytes) {
        cuda.makeCurrent();
        long pointer = driver.allocate(Math.max(1, bytes));
        deviceMemory.add(pointer);
        return pointer;
    }

    @Override
    public MemorySegment allocateHost(long bytes) {
        cuda.makeCurrent();
        MemorySegment memory = driver.allocateHost(Math.max(1, bytes));
        hostMemory.add(memory);
        return memory.reinterpret(bytes);
    }

    @Override
    public void upload(MemorySegment from, long to, long bytes) {
        if (bytes > 0) {
            cuda.makeCurrent();
            driver.copyToDevice(to, from, bytes, stream);
        }
    }

    @Override
    public void download(long from, MemorySegment to, long bytes) {
        if (bytes > 0) {
            cuda.makeCurrent();
            driver.copyToHost(to, from, bytes, stream);
        }
    }

    @Override
    public void launch(String name, long threads, int sharedBytes, Object... args) {
        if (threads <= 0) {
            return;
        }
        KernelSpec.checkArguments(name, args);
        DeviceQueue.checkShared(sharedBytes);
        MemorySegment function = functions.get(name);
        try (Arena arena = Arena.ofConfined()) {
            // cuLaunchKernel copies the argument values, so they may be freed when it returns
            MemorySegment params = arena.allocate(ADDRESS, args.length);
            for (int i = 0; i < args.length; i++) {
                MemorySegment value = switch (args[i]) {
                    case Long l -> arena.allocateFrom(JAVA_LONG, l);
                    case Integer n -> arena.allocateFrom(JAVA_INT, n);
                    default -> throw new IllegalArgumentException("kernel arguments are Long or Integer, got " + args[i]);
                };
                params.setAtIndex(ADDRESS, i, value);
            }
            driver.launch(function, grid(threads), BLOCK, sharedBytes, stream, params);
        }
    }

    @Override
    public Recording record(Runnable launches) {
        cuda.makeCurrent();
        driver.beginCapture(stream, CudaDriver.CAPTURE_MODE_THREAD_LOCAL);
        MemorySegment graph;
        try {
            launches.run();
        } catch (RuntimeException e) {
            try {
                driver.destroyGraph(driver.endCapture(stream));
            } catch (CudaException again) {
                e.addSuppressed(again);
            }
            throw e;
        }
        graph = driver.endCapture(stream);
        graphs.add(graph);
        MemorySegment exec = driver.instantiate(graph);
        executables.add(exec);
        return () -> {
            cuda.makeCurrent();
            driver.launchGraph(exec, stream);
        };
    }

    @Override
    public void await() {
        cuda.makeCurrent();
        driver.synchronize(stream);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        List<CudaException> failures = new ArrayList<>();
        cuda.makeCurrent();
        attempt(failures, () -> driver.synchronize(stream));
        executables.forEach(e -> attempt(failures, () -> driver.destroyGraphExec(e)));
        graphs.forEach(g -> attempt(failures, () -> driver.destroyGraph(g)));
        deviceMemory.forEach(p -> attempt(failures, () -> driver.free(p)));
        hostMemory.forEach(m -> attempt(failures, () -> driver.freeHost(m)));
        attempt(failures, () -> driver.destroyStream(stream));
        if (!failures.isEmpty()) {
            CudaException first = failures.get(0);
            failures.subList(1, failures.size()).forEach(first::addSuppressed);
            throw first;
        }
    }

    private static void attempt(List<CudaException> failures, Runnable step) {
        try {
            step.run();
        } catch (CudaException e) {
            failures.add(e);
        }
    }
}
