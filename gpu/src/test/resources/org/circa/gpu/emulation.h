// Lets circuit.cu compile as plain C++ for the tests. By default a launch runs as one thread of
// one block, which the kernels' grid-stride and tile loops turn into a sequential loop over all
// their work (the fused kernels' levels in order, each level whole before the next). The stand-in
// driver (mock_binders.h) runs a launch as a few blocks, one after the other, of a few host
// threads each, with a real barrier: races between a block's threads then show.
#include <math.h>
#include <string.h>
#include <condition_variable>
#include <mutex>

#define __global__
#define __device__
#define __forceinline__ inline
#define __restrict__ __restrict

struct circa_dim3 { unsigned x, y, z; };
static thread_local circa_dim3 blockIdx = {0, 0, 0};
static thread_local circa_dim3 threadIdx = {0, 0, 0};
static circa_dim3 blockDim = {1, 1, 1};
static circa_dim3 gridDim = {1, 1, 1};

// The barrier of the block running now: none when a block is one thread.
struct circa_barrier {
    std::mutex mutex;
    std::condition_variable released;
    unsigned count, waiting = 0, generation = 0;
    explicit circa_barrier(unsigned n) : count(n) {}
    void wait() {
        std::unique_lock<std::mutex> lock(mutex);
        unsigned mine = generation;
        if (++waiting == count) {
            waiting = 0;
            generation++;
            released.notify_all();
        } else {
            released.wait(lock, [&] { return generation != mine; });
        }
    }
};
static circa_barrier* circa_block_barrier = nullptr;
static inline void circa_syncthreads() {
    if (circa_block_barrier != nullptr) circa_block_barrier->wait();
}
#define __syncthreads() circa_syncthreads()
// blocks run one after the other: a static array is the running block's shared memory
#define __shared__ static

// a block's dynamic shared memory: as much as a launch may ask for without opting in (48 KiB)
#define CIRCA_DYNAMIC_SHARED(name) static double circa_shared_##name[6144]; value_t* name = (value_t*) circa_shared_##name

static inline float __int_as_float(int i) { float f; memcpy(&f, &i, sizeof f); return f; }
static inline double __longlong_as_double(long long i) { double d; memcpy(&d, &i, sizeof d); return d; }

