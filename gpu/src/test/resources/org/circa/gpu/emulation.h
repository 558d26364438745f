// Lets circuit.cu compile as plain C++ for the tests: every launch runs as one thread of one
// block, which the kernels' grid-stride and tile loops turn into a sequential loop over all
// their work (the fused kernels' levels in order, each level whole before the next).
#include <math.h>
#include <string.h>

#define __global__
#define __device__
#define __forceinline__ inline
#define __restrict__ __restrict

struct circa_dim3 { unsigned x, y, z; };
static const circa_dim3 blockIdx = {0, 0, 0};
static const circa_dim3 threadIdx = {0, 0, 0};
static const circa_dim3 blockDim = {1, 1, 1};
static const circa_dim3 gridDim = {1, 1, 1};

// one thread per block: a block's barrier has nobody to wait for, its shared memory is its own
#define __syncthreads()
#define __shared__ static

// a block's dynamic shared memory: as much as a launch may ask for without opting in (48 KiB)
#define CIRCA_DYNAMIC_SHARED(name) static double circa_shared_##name[6144]; value_t* name = (value_t*) circa_shared_##name

static inline float __int_as_float(int i) { float f; memcpy(&f, &i, sizeof f); return f; }
static inline double __longlong_as_double(long long i) { double d; memcpy(&d, &i, sizeof d); return d; }

