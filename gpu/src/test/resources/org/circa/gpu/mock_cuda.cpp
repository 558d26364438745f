// A stand-in for libcuda.so.1 for the tests: the driver API functions CudaDriver binds, with
// cuda.h's C signatures, on host memory. Modules are host libraries (see mock_nvrtc.cpp) whose
// bind_<kernel>(void** params, grid, block) copies a launch's arguments into a closure; a stream runs
// launches at once, or records them while a graph is captured; a graph launch replays them.
#include <dlfcn.h>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <vector>

typedef int CUresult;
typedef unsigned long long CUdeviceptr;
typedef std::function<void()> Launch;
struct Stream { bool capturing = false; std::vector<Launch*>* graph = nullptr; };

static const CUresult OUT_OF_MEMORY = 2, INVALID_VALUE = 1, INVALID_HANDLE = 400, NOT_FOUND = 500;
static long live = 0;            // device and host allocations not yet freed
static long launches = 0;        // kernel runs
static const size_t LIMIT = 1ull << 32;

extern "C" {
long mock_live_allocations() { return live; }
long mock_launches() { return launches; }

CUresult cuGetErrorName(CUresult e, const char** s) {
    switch (e) {
        case 0: *s = "CUDA_SUCCESS"; return 0;
        case INVALID_VALUE: *s = "CUDA_ERROR_INVALID_VALUE"; return 0;
        case OUT_OF_MEMORY: *s = "CUDA_ERROR_OUT_OF_MEMORY"; return 0;
        case INVALID_HANDLE: *s = "CUDA_ERROR_INVALID_HANDLE"; return 0;
        case NOT_FOUND: *s = "CUDA_ERROR_NOT_FOUND"; return 0;
        default: *s = nullptr; return INVALID_VALUE;
    }
}
CUresult cuGetErrorString(CUresult e, const char** s) { *s = e == OUT_OF_MEMORY ? "out of memory" : "mock error"; return 0; }
CUresult cuInit(unsigned int flags) { return flags == 0 ? 0 : INVALID_VALUE; }
CUresult cuDriverGetVersion(int* version) { *version = 13000; return 0; }
CUresult cuDeviceGetCount(int* count) { *count = 1; return 0; }
CUresult cuDeviceGet(int* device, int ordinal) { *device = 0; return ordinal == 0 ? 0 : INVALID_VALUE; }
CUresult cuDeviceGetName(char* name, int len, int device) { snprintf(name, len, "Mock GPU %d", device); return 0; }
CUresult cuDeviceGetAttribute(int* value, int attribute, int device) {
    *value = attribute == 75 ? 9 : attribute == 76 ? 0 : attribute == 16 ? 132 : -1;
    return *value < 0 || device != 0 ? INVALID_VALUE : 0;
}
CUresult cuDeviceTotalMem_v2(size_t* bytes, int device) { *bytes = 80ull << 30; return 0; }
CUresult cuDevicePrimaryCtxRetain(void** context, int device) { *context = (void*) 0x1000; return 0; }
CUresult cuCtxSetCurrent(void* context) { return context == (void*) 0x1000 ? 0 : INVALID_HANDLE; }
CUresult cuCtxSynchronize() { return 0; }
CUresult cuModuleLoadData(void** module, const void* image) {
    *module = dlopen((const char*) image, RTLD_NOW | RTLD_LOCAL);
    return *module ? 0 : INVALID_VALUE;
}
CUresult cuModuleGetFunction(void** function, void* module, const char* name) {
    char binder[256];
    snprintf(binder, sizeof binder, "bind_%s", name);
    *function = dlsym(module, binder);
    return *function ? 0 : NOT_FOUND;
}
CUresult cuMemAlloc_v2(CUdeviceptr* pointer, size_t bytes) {
    if (bytes == 0) return INVALID_VALUE;
    if (bytes > LIMIT) return OUT_OF_MEMORY;
    *pointer = (CUdeviceptr) calloc(1, bytes);
    live++;
    return 0;
}
CUresult cuMemFree_v2(CUdeviceptr pointer) { free((void*) pointer); live--; return 0; }
CUresult cuMemAllocHost_v2(void** pointer, size_t bytes) {
    if (bytes == 0) return INVALID_VALUE;
    *pointer = calloc(1, bytes);
    live++;
    return 0;
}
CUresult cuMemFreeHost(void* pointer) { free(pointer); live--; return 0; }
CUresult cuStreamCreate(void** stream, unsigned int flags) { *stream = new Stream(); return flags == 1 ? 0 : INVALID_VALUE; }
CUresult cuStreamDestroy_v2(void* stream) { delete (Stream*) stream; return 0; }
CUresult cuStreamSynchronize(void* stream) { return ((Stream*) stream)->capturing ? INVALID_VALUE : 0; }
CUresult cuMemcpyHtoDAsync_v2(CUdeviceptr to, const void* from, size_t bytes, void* stream) {
    if (((Stream*) stream)->capturing) return INVALID_VALUE;
    memcpy((void*) to, from, bytes);
    return 0;
}
CUresult cuMemcpyDtoHAsync_v2(void* to, CUdeviceptr from, size_t bytes, void* stream) {
    if (((Stream*) stream)->capturing) return INVALID_VALUE;
    memcpy(to, (const void*) from, bytes);
    return 0;
}
CUresult cuStreamBeginCapture_v2(void* stream, int mode) {
    Stream* s = (Stream*) stream;
    if (s->capturing || mode < 0 || mode > 2) return INVALID_VALUE;
    s->capturing = true;
    s->graph = new std::vector<Launch*>();
    return 0;
}
CUresult cuStreamEndCapture(void* stream, void** graph) {
    Stream* s = (Stream*) stream;
    if (!s->capturing) return INVALID_VALUE;
    s->capturing = false;
    *graph = s->graph;
    return 0;
}
CUresult cuGraphInstantiateWithFlags(void** exec, void* graph, unsigned long long flags) { *exec = graph; return flags == 0 ? 0 : INVALID_VALUE; }
CUresult cuGraphLaunch(void* exec, void* stream) {
    if (((Stream*) stream)->capturing) return INVALID_VALUE;
    for (Launch* l : *(std::vector<Launch*>*) exec) { (*l)(); launches++; }
    return 0;
}
CUresult cuGraphExecDestroy(void* exec) { return 0; }
CUresult cuGraphDestroy(void* graph) {
    std::vector<Launch*>* g = (std::vector<Launch*>*) graph;
    for (Launch* l : *g) delete l;
    delete g;
    return 0;
}
CUresult cuLaunchKernel(void* function, unsigned int gridX, unsigned int gridY, unsigned int gridZ,
        unsigned int blockX, unsigned int blockY, unsigned int blockZ, unsigned int sharedBytes,
        void* stream, void** params, void** extra) {
    if (gridX == 0 || gridY != 1 || gridZ != 1 || blockX == 0 || blockX > 1024 || blockY != 1 || blockZ != 1
            || sharedBytes > 48 * 1024 || extra != nullptr || params == nullptr) return INVALID_VALUE;
    Launch* launch = ((Launch* (*)(void**, unsigned, unsigned)) function)(params, gridX, blockX);
    Stream* s = (Stream*) stream;
    if (s->capturing) {
        s->graph->push_back(launch);
    } else {
        (*launch)();
        launches++;
        delete launch;
    }
    return 0;
}
}
