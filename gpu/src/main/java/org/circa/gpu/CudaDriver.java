package org.circa.gpu;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.util.Map;

/**
 * The CUDA driver API functions the GPU backend calls, bound from {@code libcuda.so.1} through
 * {@code java.lang.foreign} by their exported names (the {@code _v2} symbols that {@code cuda.h}
 * maps its macros to). Every failing call throws a {@link CudaException} naming the call and the
 * error. Handles ({@code CUcontext}, {@code CUstream}, …) are {@link MemorySegment} addresses,
 * device pointers are {@code long}s. Thread-safe (the driver is).
 */
final class CudaDriver {
    /** {@code CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR}. */
    static final int ATTRIBUTE_CC_MAJOR = 75;
    /** {@code CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR}. */
    static final int ATTRIBUTE_CC_MINOR = 76;
    /** {@code CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT}. */
    static final int ATTRIBUTE_MULTIPROCESSORS = 16;
    /** {@code CU_STREAM_NON_BLOCKING}: no implicit synchronisation with the legacy default stream. */
    static final int STREAM_NON_BLOCKING = 1;
    /** {@code CU_STREAM_CAPTURE_MODE_THREAD_LOCAL}. */
    static final int CAPTURE_MODE_THREAD_LOCAL = 1;

    private static final int SUCCESS = 0;

    /**
     * Every bound function: the exported symbol (the name {@code cuda.h} maps its macro to) and its
     * C signature ({@code CUresult} and enums as {@code int}, {@code size_t} and {@code CUdeviceptr}
     * as {@code long}, handles and pointers as addresses); {@code CudaHeadersTest} checks them
     * against a CUDA toolkit's {@code cuda.h} where one is installed.
     */
    static final Map<String, FunctionDescriptor> FUNCTIONS = Map.ofEntries(
            Map.entry("cuGetErrorName", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS)),
            Map.entry("cuGetErrorString", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS)),
            Map.entry("cuInit", FunctionDescriptor.of(JAVA_INT, JAVA_INT)),
            Map.entry("cuDriverGetVersion", FunctionDescriptor.of(JAVA_INT, ADDRESS)),
            Map.entry("cuDeviceGetCount", FunctionDescriptor.of(JAVA_INT, ADDRESS)),
            Map.entry("cuDeviceGet", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT)),
            Map.entry("cuDeviceGetName", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT)),
            Map.entry("cuDeviceGetAttribute", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT)),
            Map.entry("cuDeviceTotalMem_v2", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT)),
            Map.entry("cuDevicePrimaryCtxRetain", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT)),
            Map.entry("cuCtxSetCurrent", FunctionDescriptor.of(JAVA_INT, ADDRESS)),
            Map.entry("cuModuleLoadData", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS)),
            Map.entry("cuModuleGetFunction", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS)),
            Map.entry("cuMemAlloc_v2", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG)),
            Map.entry("cuMemFree_v2", FunctionDescriptor.of(JAVA_INT, JAVA_LONG)),
            Map.entry("cuMemAllocHost_v2", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG)),
            Map.entry("cuMemFreeHost", FunctionDescriptor.of(JAVA_INT, ADDRESS)),
            Map.entry("cuMemcpyHtoDAsync_v2", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, ADDRESS, JAVA_LONG, ADDRESS)),
            Map.entry("cuMemcpyDtoHAsync_v2", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_LONG, ADDRESS)),
            Map.entry("cuStreamCreate", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT)),
            Map.entry("cuStreamDestroy_v2", FunctionDescriptor.of(JAVA_INT, ADDRESS)),
            Map.entry("cuStreamSynchronize", FunctionDescriptor.of(JAVA_INT, ADDRESS)),
            Map.entry("cuStreamBeginCapture_v2", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT)),
            Map.entry("cuStreamEndCapture", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS)),
            Map.entry("cuGraphInstantiateWithFlags", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_LONG)),
            Map.entry("cuGraphLaunch", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS)),
            Map.entry("cuGraphExecDestroy", FunctionDescriptor.of(JAVA_INT, ADDRESS)),
            Map.entry("cuGraphDestroy", FunctionDescriptor.of(JAVA_INT, ADDRESS)),
            // CUresult cuLaunchKernel(CUfunction f, unsigned gridDimX, gridDimY, gridDimZ, blockDimX,
            //     blockDimY, blockDimZ, unsigned sharedMemBytes, CUstream hStream, void** kernelParams, void** extra)
            Map.entry("cuLaunchKernel", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT,
                    JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, ADDRESS, ADDRESS)));

    private final NativeCalls calls;

    CudaDriver(SymbolLookup lookup) {
        this.calls = new NativeCalls("libcuda.so.1", lookup, FUNCTIONS);
    }

    /** Throws a {@link CudaException} naming {@code call} and the error when {@code status} is not CUDA_SUCCESS. */
    void check(String call, int status) {
        if (status != SUCCESS) {
            throw new CudaException(call + " failed: " + errorName(status) + " (" + errorString(status) + ")");
        }
    }

    /** The error's enumerator name, such as {@code CUDA_ERROR_NO_DEVICE}. */
    String errorName(int status) {
        return describe("cuGetErrorName", status);
    }

    private String errorString(int status) {
        return describe("cuGetErrorString", status);
    }

    private String describe(String function, int status) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment out = arena.allocate(ADDRESS);
            if (calls.status(function, status, out) != SUCCESS) {
                return "CUresult " + status;
            }
            return out.get(ADDRESS, 0).reinterpret(4096).getString(0);
        }
    }

    private int call(String function, Object... args) {
        int status = calls.status(function, args);
        check(function, status);
        return status;
    }

    /** {@code cuInit(0)}. */
    void init() {
        call("cuInit", 0);
    }

    /** The driver's CUDA version, for example 13000 for 13.0. */
    int driverVersion() {
        return intOut("cuDriverGetVersion");
    }

    /** Number of CUDA devices. */
    int deviceCount() {
        return intOut("cuDeviceGetCount");
    }

    /** The device of that ordinal. */
    int device(int ordinal) {
        return intOut("cuDeviceGet", ordinal);
    }

    /** A device attribute ({@code CUdevice_attribute}). */
    int attribute(int attribute, int device) {
        return intOut("cuDeviceGetAttribute", attribute, device);
    }

    /** The device's name, such as {@code NVIDIA H100 80GB HBM3}. */
    String deviceName(int device) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment name = arena.allocate(256);
            call("cuDeviceGetName", name, 256, device);
            return name.getString(0);
        }
    }

    /** The device's memory in bytes. */
    long totalMemory(int device) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment out = arena.allocate(JAVA_LONG);
            call("cuDeviceTotalMem_v2", out, device);
            return out.get(JAVA_LONG, 0);
        }
    }

    /** The device's primary context, retained (the form of context creation that CUDA 13 kept). */
    MemorySegment retainPrimaryContext(int device) {
        return addressOut("cuDevicePrimaryCtxRetain", device);
    }

    /** Makes {@code context} current on the calling thread. */
    void setCurrent(MemorySegment context) {
        call("cuCtxSetCurrent", context);
    }

    /** Loads a compiled module (a CUBIN image) into the current context. */
    MemorySegment loadModule(byte[] image) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment bytes = arena.allocate(image.length + 1L, 16);
            MemorySegment.copy(image, 0, bytes, java.lang.foreign.ValueLayout.JAVA_BYTE, 0, image.length);
            MemorySegment out = arena.allocate(ADDRESS);
            call("cuModuleLoadData", out, bytes);
            return out.get(ADDRESS, 0);
        }
    }

    /** The kernel {@code name} of a loaded module. */
    MemorySegment function(MemorySegment module, String name) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment out = arena.allocate(ADDRESS);
            call("cuModuleGetFunction", out, module, arena.allocateFrom(name));
            return out.get(ADDRESS, 0);
        }
    }

    /** Device memory of {@code bytes} bytes. */
    long allocate(long bytes) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment out = arena.allocate(JAVA_LONG);
            call("cuMemAlloc_v2", out, bytes);
            return out.get(JAVA_LONG, 0);
        }
    }

    /** Frees device memory. */
    void free(long pointer) {
        call("cuMemFree_v2", pointer);
    }

    /** Page-locked host memory of {@code bytes} bytes. */
    MemorySegment allocateHost(long bytes) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment out = arena.allocate(ADDRESS);
            call("cuMemAllocHost_v2", out, bytes);
            return out.get(ADDRESS, 0).reinterpret(bytes);
        }
    }

    /** Frees page-locked host memory. */
    void freeHost(MemorySegment memory) {
        call("cuMemFreeHost", memory);
    }

    /** Queues a host-to-device copy on {@code stream}. */
    void copyToDevice(long to, MemorySegment from, long bytes, MemorySegment stream) {
        call("cuMemcpyHtoDAsync_v2", to, from, bytes, stream);
    }

    /** Queues a device-to-host copy on {@code stream}. */
    void copyToHost(MemorySegment to, long from, long bytes, MemorySegment stream) {
        call("cuMemcpyDtoHAsync_v2", to, from, bytes, stream);
    }

    /** A new stream. */
    MemorySegment createStream(int flags) {
        return addressOut("cuStreamCreate", flags);
    }

    /** Destroys a stream. */
    void destroyStream(MemorySegment stream) {
        call("cuStreamDestroy_v2", stream);
    }

    /** Waits until all work queued on {@code stream} is done. */
    void synchronize(MemorySegment stream) {
        call("cuStreamSynchronize", stream);
    }

    /** Starts capturing the work queued on {@code stream} into a graph. */
    void beginCapture(MemorySegment stream, int mode) {
        call("cuStreamBeginCapture_v2", stream, mode);
    }

    /** Ends a capture and returns the captured graph. */
    MemorySegment endCapture(MemorySegment stream) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment out = arena.allocate(ADDRESS);
            call("cuStreamEndCapture", stream, out);
            return out.get(ADDRESS, 0);
        }
    }

    /** An executable graph of {@code graph}. */
    MemorySegment instantiate(MemorySegment graph) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment out = arena.allocate(ADDRESS);
            call("cuGraphInstantiateWithFlags", out, graph, 0L);
            return out.get(ADDRESS, 0);
        }
    }

    /** Queues an executable graph on {@code stream}. */
    void launchGraph(MemorySegment exec, MemorySegment stream) {
        call("cuGraphLaunch", exec, stream);
    }

    /** Destroys an executable graph. */
    void destroyGraphExec(MemorySegment exec) {
        call("cuGraphExecDestroy", exec);
    }

    /** Destroys a graph. */
    void destroyGraph(MemorySegment graph) {
        call("cuGraphDestroy", graph);
    }

    /** Queues kernel {@code function} on a one-dimensional grid; {@code params} is the {@code void**} of argument addresses. */
    void launch(MemorySegment function, int gridX, int blockX, int sharedBytes, MemorySegment stream,
            MemorySegment params) {
        call("cuLaunchKernel", function, gridX, 1, 1, blockX, 1, 1, sharedBytes, stream, params, MemorySegment.NULL);
    }

    private int intOut(String function, Object... args) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment out = arena.allocate(JAVA_INT);
            call(function, prepend(out, args));
            return out.get(JAVA_INT, 0);
        }
    }

    private MemorySegment addressOut(String function, Object... args) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment out = arena.allocate(ADDRESS);
            call(function, prepend(out, args));
            return out.get(ADDRESS, 0);
        }
    }

    private static Object[] prepend(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
