package org.circa.gpu;

import java.lang.foreign.MemorySegment;

/**
 * The device operations the GPU evaluator issues, in order on one queue (a CUDA stream), with the
 * kernels of one {@link KernelSpec} loaded: device and pinned host memory, copies, kernel
 * launches, recordings of launches replayed as one (a CUDA graph). Everything allocated is freed
 * by {@link #close()}. Not thread-safe.
 */
interface DeviceQueue extends AutoCloseable {
    /** Threads per block of every launch. */
    int BLOCK = 256;

    /** Device memory of at least {@code bytes} bytes (never zero), as a device address. */
    long allocate(long bytes);

    /** Page-locked host memory of {@code bytes} bytes, for fast copies. */
    MemorySegment allocateHost(long bytes);

    /** Copies {@code bytes} bytes from host memory to device address {@code to}, in queue order. */
    void upload(MemorySegment from, long to, long bytes);

    /** Copies {@code bytes} bytes from device address {@code from} to host memory, in queue order. */
    void download(long from, MemorySegment to, long bytes);

    /** Most dynamic shared memory of a launch: what a kernel may use without opting in to more. */
    int MAX_SHARED_BYTES = 48 * 1024;

    /**
     * Launches kernel {@code name} over {@code threads} threads (the kernels loop grid-stride, so
     * any grid covers them) with {@code sharedBytes} bytes of dynamic shared memory per block (0
     * to {@link #MAX_SHARED_BYTES}); {@code args} are device addresses ({@link Long}) and ints
     * ({@link Integer}) as {@link KernelSpec#PARAMETERS} lists them, or an
     * {@link IllegalArgumentException} is thrown.
     */
    void launch(String name, long threads, int sharedBytes, Object... args);

    /** Throws {@link IllegalArgumentException} unless {@code bytes} is within 0 to {@link #MAX_SHARED_BYTES}. */
    static void checkShared(int bytes) {
        if (bytes < 0 || bytes > MAX_SHARED_BYTES) {
            throw new IllegalArgumentException("dynamic shared memory of a launch must be within 0.." + MAX_SHARED_BYTES
                    + " bytes, got " + bytes);
        }
    }

    /** Runs {@code launches} (which only launch kernels) into a recording that {@link Recording#replay()} runs again. */
    Recording record(Runnable launches);

    /** Waits until everything queued has run. */
    void await();

    /** Frees all memory and recordings of this queue; closing twice does nothing. */
    @Override
    void close();

    /** Launches recorded once and replayed in one call. */
    interface Recording {
        /** Queues the recorded launches again. */
        void replay();
    }
}
