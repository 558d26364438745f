package org.circa.gpu;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;

/**
 * Test helper: a {@link DeviceQueue} on the host. "Device" memory is native memory, copies are
 * immediate, kernels are the host-compiled ones of {@link HostKernels} called once per launch
 * (their grid-stride loops do all the work), and a recording is the list of its launches.
 * Not thread-safe.
 */
final class HostQueue implements DeviceQueue {
    private final SymbolLookup kernels;
    private final Arena arena = Arena.ofShared();
    private List<Runnable> recording;
    private int launches;
    private final List<String> launched = new ArrayList<>();
    private boolean closed;

    HostQueue(KernelSpec spec) {
        this.kernels = HostKernels.library(spec);
    }

    /** The kernels launched or recorded so far, in order (replays not repeated). */
    List<String> launched() {
        return List.copyOf(launched);
    }

    /** Number of kernel launches run so far (replays included). */
    int launches() {
        return launches;
    }

    @Override
    public long allocate(long bytes) {
        return arena.allocate(Math.max(1, bytes), 16).address();
    }

    @Override
    public MemorySegment allocateHost(long bytes) {
        return arena.allocate(Math.max(1, bytes), 16).reinterpret(bytes);
    }

    @Override
    public void upload(MemorySegment from, long to, long bytes) {
        MemorySegment.copy(from, 0, MemorySegment.ofAddress(to).reinterpret(bytes), 0, bytes);
    }

    @Override
    public void download(long from, MemorySegment to, long bytes) {
        MemorySegment.copy(MemorySegment.ofAddress(from).reinterpret(bytes), 0, to, 0, bytes);
    }

    @Override
    public void launch(String name, long threads, int sharedBytes, Object... args) {
        if (threads <= 0) {
            return;
        }
        KernelSpec.checkArguments(name, args);
        DeviceQueue.checkShared(sharedBytes);
        launched.add(name);
        MemoryLayout[] layouts = new MemoryLayout[args.length];
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case Long l -> {
                    layouts[i] = ValueLayout.ADDRESS;
                    values[i] = MemorySegment.ofAddress(l);
                }
                case Integer n -> {
                    layouts[i] = ValueLayout.JAVA_INT;
                    values[i] = n;
                }
                default -> throw new IllegalArgumentException("kernel arguments are Long or Integer, got " + args[i]);
            }
        }
        MemorySegment symbol = kernels.find(name).orElseThrow(() -> new IllegalStateException("no kernel " + name));
        MethodHandle kernel = Linker.nativeLinker().downcallHandle(symbol, FunctionDescriptor.ofVoid(layouts));
        Runnable run = () -> {
            try {
                kernel.invokeWithArguments(values);
                launches++;
            } catch (Throwable t) {
                throw new IllegalStateException("kernel " + name + " failed", t);
            }
        };
        if (recording != null) {
            recording.add(run);
        } else {
            run.run();
        }
    }

    @Override
    public Recording record(Runnable body) {
        recording = new ArrayList<>();
        try {
            body.run();
            List<Runnable> recorded = List.copyOf(recording);
            return () -> recorded.forEach(Runnable::run);
        } finally {
            recording = null;
        }
    }

    @Override
    public void await() {
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            arena.close();
        }
    }
}
