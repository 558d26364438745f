// Circa's circuit kernels: forward and backward passes over a layered CircuitPlan.
//
// Compiled at run time by NVRTC after a prelude (KernelSpec.java) that defines, for one algebra
// and one value type:
//   VALUE_IS_FLOAT       1 for float32 values, 0 for float64
//   PLUS(a, b), TIMES(a, b)   the algebra's sum and product (one of the circa_* operations below)
//   PLUS_CONTRIB, TIMES_CONTRIB   the matching gradient contributions (contrib_* below)
//   ZERO, ONE            the neutral elements
//
// Layout (as on the CPU): one value buffer v[row * batch + column], rows in plan order (leaves,
// then levels, each level in groups of one operation). Children are CSR row indices
// (childStart is indexed by row - leaves). Every kernel loops grid-stride over (row, column)
// pairs with the column fastest, so that a warp reads consecutive columns of one row.
// The kernels need nothing but blockIdx, blockDim, threadIdx, gridDim and the math functions
// below, so that the tests can also compile this file as plain C++ and run it on the host.

#if VALUE_IS_FLOAT
typedef float value_t;
#define CIRCA_INF __int_as_float(0x7f800000)
#define V_EXP expf
#define V_LOG1P log1pf
#else
typedef double value_t;
#define CIRCA_INF __longlong_as_double(0x7ff0000000000000LL)
#define V_EXP exp
#define V_LOG1P log1p
#endif

typedef long long index_t;

#define GRID_STRIDE_LOOP(i, n) \
    for (index_t i = (index_t) blockIdx.x * blockDim.x + threadIdx.x; i < (n); i += (index_t) gridDim.x * blockDim.x)

// Splits a flat index i into row q = i / batch and column m = i % batch. A 64-bit division costs
// a GPU several times a 32-bit one, so indices below 2^32 (all but huge launches) take the
// unsigned 32-bit path; the result is the same.
__device__ __forceinline__ void circa_split(index_t i, int batch, index_t* q, index_t* m) {
    if (i < 0x100000000LL) {
        unsigned u = (unsigned) i;
        unsigned d = u / (unsigned) batch;
        *q = d;
        *m = u - d * (unsigned) batch;
    } else {
        *q = i / batch;
        *m = i % batch;
    }
}

// ---- the algebras' operations (BinaryOp in semirings/) ----

__device__ __forceinline__ value_t circa_add(value_t a, value_t b) { return a + b; }
__device__ __forceinline__ value_t circa_mul(value_t a, value_t b) { return a * b; }
// Max and min as Java's Math.max and Math.min: a NaN operand gives NaN (fmax would drop it).
__device__ __forceinline__ value_t circa_max(value_t a, value_t b) { return (a != a || a > b) ? a : b; }
__device__ __forceinline__ value_t circa_min(value_t a, value_t b) { return (a != a || a < b) ? a : b; }

// log(e^a + e^b) with the larger one factored out; -inf (the zero of the log semiring) when both are -inf.
__device__ __forceinline__ value_t circa_log_add_exp(value_t a, value_t b) {
    value_t m = circa_max(a, b);
    return m == -CIRCA_INF ? m : m + V_LOG1P(V_EXP(circa_min(a, b) - m));
}

__device__ __forceinline__ value_t circa_probabilistic_sum(value_t a, value_t b) { return a + b - a * b; }
__device__ __forceinline__ value_t circa_bounded_sum(value_t a, value_t b) { return circa_min((value_t) 1, a + b); }
__device__ __forceinline__ value_t circa_bounded_difference(value_t a, value_t b) { return circa_max((value_t) 0, a + b - (value_t) 1); }

// ---- gradient contributions: gp * d parent / d child for one edge ----
// gp: the parent's gradient; vr, vp: the child's and the parent's values; the parent's children
// are the edges [e0, e1) of `children`, and the child is edge e among them; row q's value in the
// column at hand is v[q * stride + col].

#define CONTRIB_ARGS value_t gp, value_t vr, value_t vp, const value_t* __restrict__ v, \
    const int* __restrict__ children, int e0, int e1, int e, index_t col, index_t stride

__device__ __forceinline__ value_t contrib_add(CONTRIB_ARGS) { return gp; }

// Product: the product of the other children, multiplied out (no division, so zero children are
// exact); a zero among them makes it zero, whatever the others (as the CPU's zero count does).
__device__ __forceinline__ value_t contrib_mul(CONTRIB_ARGS) {
    value_t others = 1;
    for (int k = e0; k < e1; k++) {
        if (k == e) continue;
        value_t x = v[(index_t) children[k] * stride + col];
        if (x == 0) { others = 0; break; }
        others *= x;
    }
    return gp * others;
}

// Probabilistic sum 1 - prod(1 - x): the product of the other children's complements, likewise.
__device__ __forceinline__ value_t contrib_probabilistic_sum(CONTRIB_ARGS) {
    value_t others = 1;
    for (int k = e0; k < e1; k++) {
        if (k == e) continue;
        value_t x = 1 - v[(index_t) children[k] * stride + col];
        if (x == 0) { others = 0; break; }
        others *= x;
    }
    return gp * others;
}

// Max and min: the whole gradient to the first child whose value equals the parent's.
__device__ __forceinline__ value_t contrib_first_equal(CONTRIB_ARGS) {
    if (vr != vp) return 0;
    for (int k = e0; k < e; k++) {
        if (v[(index_t) children[k] * stride + col] == vp) return 0;
    }
    return gp;
}
#define contrib_max contrib_first_equal
#define contrib_min contrib_first_equal

__device__ __forceinline__ value_t contrib_log_add_exp(CONTRIB_ARGS) {
    return vp == -CIRCA_INF ? (value_t) 0 : gp * V_EXP(vr - vp);
}

__device__ __forceinline__ value_t contrib_bounded_sum(CONTRIB_ARGS) { return gp * (vp < 1 ? (value_t) 1 : (value_t) 0); }
__device__ __forceinline__ value_t contrib_bounded_difference(CONTRIB_ARGS) { return gp * (vp > 0 ? (value_t) 1 : (value_t) 0); }

// ---- forward ----

// One group of gates with exactly two children: rows [firstRow, firstRow + rowCount).
extern "C" __global__ void forward_pairs(value_t* __restrict__ v, const int* __restrict__ childStart,
        const int* __restrict__ children, int firstRow, int rowCount, int leaves, int batch, int isAnd) {
    GRID_STRIDE_LOOP(i, (index_t) rowCount * batch) {
        index_t r, b;
        circa_split(i, batch, &r, &b);
        r += firstRow;
        int e = childStart[r - leaves];
        value_t x = v[(index_t) children[e] * batch + b];
        value_t y = v[(index_t) children[e + 1] * batch + b];
        v[r * batch + b] = isAnd ? TIMES(x, y) : PLUS(x, y);
    }
}

// The gate at row r in one column: its children's values (row q's at v[q * stride + col]) folded
// left to right under its operation (ONE for an AND without children, ZERO for an OR without).
// v is not __restrict__: the fused kernels read values that other threads of the block wrote in
// the same launch, which the non-coherent read-only cache (what `const __restrict__` allows)
// could serve stale.
__device__ __forceinline__ value_t circa_gate(const value_t* v, index_t stride, index_t col,
        const int* __restrict__ childStart, const int* __restrict__ children, index_t r, int leaves, int isAnd) {
    int e0 = childStart[r - leaves];
    int e1 = childStart[r - leaves + 1];
    if (e0 == e1) {
        return isAnd ? ONE : ZERO;
    }
    value_t acc = v[(index_t) children[e0] * stride + col];
    for (int e = e0 + 1; e < e1; e++) {
        value_t x = v[(index_t) children[e] * stride + col];
        acc = isAnd ? TIMES(acc, x) : PLUS(acc, x);
    }
    return acc;
}

// gateFlags[r - leaves] of gate row r: bit 0 set for an AND, bit 1 for a wide gate (forward_wide's).
#define GATE_AND 1
#define GATE_WIDE 2

// One group of gates of any other fan-in (0, 1 or more than 2), folded left to right; wide gates
// are skipped (forward_wide evaluates them).
extern "C" __global__ void forward_gates(value_t* __restrict__ v, const int* __restrict__ childStart,
        const int* __restrict__ children, const int* __restrict__ gateFlags, int firstRow, int rowCount, int leaves,
        int batch, int isAnd) {
    GRID_STRIDE_LOOP(i, (index_t) rowCount * batch) {
        index_t r, b;
        circa_split(i, batch, &r, &b);
        r += firstRow;
        if (!(gateFlags[r - leaves] & GATE_WIDE)) {
            v[r * batch + b] = circa_gate(v, batch, b, childStart, children, r, leaves, isAnd);
        }
    }
}

// Threads of a block of forward_wide: at most the launches' block size (DeviceQueue.BLOCK).
#define WIDE_BLOCK 256

// Wide gates wideRows[firstWide .. firstWide + wideCount), one block per (gate, column): thread t
// folds children t, t + blockDim, t + 2 blockDim, ... left to right, then the block combines the
// partial results pairwise (t with t + 1, then t with t + 2, ...), so that a gate of 20,000
// children takes some 80 steps instead of 20,000. Sums and products round differently from the
// CPU's left-to-right fold (within the parity tolerances); max and min are exact either way.
extern "C" __global__ void forward_wide(value_t* v, const int* __restrict__ childStart,
        const int* __restrict__ children, const int* __restrict__ gateFlags, const int* __restrict__ wideRows,
        int firstWide, int wideCount, int leaves, int batch) {
    __shared__ value_t partial[WIDE_BLOCK];
    const int t = threadIdx.x;
    for (index_t cell = blockIdx.x; cell < (index_t) wideCount * batch; cell += gridDim.x) {
        index_t k, b;
        circa_split(cell, batch, &k, &b);
        index_t r = wideRows[firstWide + k];
        int isAnd = gateFlags[r - leaves] & GATE_AND;
        int e0 = childStart[r - leaves];
        int e1 = childStart[r - leaves + 1];
        int lanes = e1 - e0 < (int) blockDim.x ? e1 - e0 : (int) blockDim.x;
        if (t < lanes) {
            value_t acc = v[(index_t) children[e0 + t] * batch + b];
            for (int e = e0 + t + blockDim.x; e < e1; e += blockDim.x) {
                value_t x = v[(index_t) children[e] * batch + b];
                acc = isAnd ? TIMES(acc, x) : PLUS(acc, x);
            }
            partial[t] = acc;
        }
        __syncthreads();
        for (int step = 1; step < lanes; step <<= 1) {
            if (t % (2 * step) == 0 && t + step < lanes) {
                partial[t] = isAnd ? TIMES(partial[t], partial[t + step]) : PLUS(partial[t], partial[t + step]);
            }
            __syncthreads();
        }
        if (t == 0) {
            v[r * batch + b] = lanes > 0 ? partial[0] : (isAnd ? ONE : ZERO);
        }
        __syncthreads();
    }
}

// Column tiles: a fused kernel gives each block whole tiles of 2^tileShift consecutive columns
// (tile t: columns [t << tileShift, (t + 1) << tileShift) below batch) and runs many levels on
// them, separated by __syncthreads(): columns never depend on each other, so a block needs no
// other block's results, and a narrow level costs a barrier instead of a kernel launch. Within a
// level the block's threads loop over its cells (row, column of the tile), the column fastest;
// cells past the batch (in the last tile) are skipped, but every thread reaches every barrier.
#define TILE_LOOP(col0, tileShift, batch) \
    for (index_t col0 = (index_t) blockIdx.x << (tileShift); col0 < (batch); col0 += (index_t) gridDim.x << (tileShift))

// Calls cell(r, b) for rows [first, first + count) and the columns of the tile at col0, spread
// over the block's threads.
template <typename Cell>
__device__ __forceinline__ void circa_tile_cells(int first, int count, index_t col0, int tileShift, int batch, Cell cell) {
    const int tileMask = (1 << tileShift) - 1;
    for (int i = threadIdx.x; i < count << tileShift; i += blockDim.x) {
        index_t b = col0 + (i & tileMask);
        if (b < batch) {
            cell(first + (index_t) (i >> tileShift), b);
        }
    }
}

// Gate levels [levelFrom, levelTo) in order, fused: level l is rows [levelRows[l], levelRows[l + 1])
// (level 0: the leaves); no level of a fused run has wide gates. When rootCount > 0
// the roots are packed afterwards as gather_rows does, so that one launch can be a whole pass.
extern "C" __global__ void forward_levels(value_t* v, const int* __restrict__ childStart,
        const int* __restrict__ children, const int* __restrict__ gateFlags, const int* __restrict__ levelRows,
        const int* __restrict__ rootRows, value_t* __restrict__ out, int levelFrom, int levelTo, int rootCount,
        int leaves, int batch, int tileShift) {
    TILE_LOOP(col0, tileShift, batch) {
        for (int level = levelFrom; level < levelTo; level++) {
            circa_tile_cells(levelRows[level], levelRows[level + 1] - levelRows[level], col0, tileShift, batch,
                    [&](index_t r, index_t b) {
                        v[r * batch + b] = circa_gate(v, batch, b, childStart, children, r, leaves,
                                gateFlags[r - leaves] & GATE_AND);
                    });
            __syncthreads();
        }
        circa_tile_cells(0, rootCount, col0, tileShift, batch, [&](index_t k, index_t b) {
            out[k * batch + b] = v[(index_t) rootRows[k] * batch + b];
        });
    }
}

// Dynamic shared memory of a block (the launch sets its size); the host build of the tests
// (emulation.h) supplies a static buffer instead.
#ifndef CIRCA_DYNAMIC_SHARED
#define CIRCA_DYNAMIC_SHARED(name) extern __shared__ value_t name[]
#endif

// The whole forward pass of a small circuit, its values resident in shared memory: each block
// copies its column tile of the leaves (rows [0, leaves), all of level 0) into shared memory,
// computes every gate level there (tile[q * tileWidth + column - col0]), then writes the gates'
// values to v (the backward pass reads them) and the roots to out. Shared memory holds
// rows x tile width values; no level may have wide gates.
extern "C" __global__ void forward_resident(value_t* __restrict__ v, const int* __restrict__ childStart,
        const int* __restrict__ children, const int* __restrict__ gateFlags, const int* __restrict__ levelRows,
        const int* __restrict__ rootRows, value_t* __restrict__ out, int levels, int rootCount, int leaves,
        int batch, int tileShift) {
    CIRCA_DYNAMIC_SHARED(tile);
    const index_t width = (index_t) 1 << tileShift;
    const int rows = levelRows[levels];
    TILE_LOOP(col0, tileShift, batch) {
        circa_tile_cells(0, leaves, col0, tileShift, batch, [&](index_t r, index_t b) {
            tile[r * width + b - col0] = v[r * batch + b];
        });
        __syncthreads();
        for (int level = 1; level < levels; level++) {
            circa_tile_cells(levelRows[level], levelRows[level + 1] - levelRows[level], col0, tileShift, batch,
                    [&](index_t r, index_t b) {
                        tile[r * width + b - col0] = circa_gate(tile, width, b - col0, childStart, children, r, leaves,
                                gateFlags[r - leaves] & GATE_AND);
                    });
            __syncthreads();
        }
        circa_tile_cells(leaves, rows - leaves, col0, tileShift, batch, [&](index_t r, index_t b) {
            v[r * batch + b] = tile[r * width + b - col0];
        });
        circa_tile_cells(0, rootCount, col0, tileShift, batch, [&](index_t k, index_t b) {
            out[k * batch + b] = tile[(index_t) rootRows[k] * width + b - col0];
        });
        __syncthreads();
    }
}

// out[k * batch + b] = v[rows[k] * batch + b] for k < count: the roots, packed for one download.
extern "C" __global__ void gather_rows(const value_t* __restrict__ v, const int* __restrict__ rows,
        value_t* __restrict__ out, int count, int batch) {
    GRID_STRIDE_LOOP(i, (index_t) count * batch) {
        index_t k, b;
        circa_split(i, batch, &k, &b);
        out[i] = v[(index_t) rows[k] * batch + b];
    }
}

// ---- backward ----

// The contribution of transposed entry k (parent parentRow[k], edge parentEdge[k]) to row r.
#define EDGE_CONTRIB(CONTRIB, k) CONTRIB(g[(index_t) parentRow[k] * stride + col], vr, \
    v[(index_t) parentRow[k] * stride + col], v, children, childStart[parentRow[k] - leaves], \
    childStart[parentRow[k] - leaves + 1], parentEdge[k], col, stride)

// The gradient of row r in column b, from its parents (higher levels, already done) over the
// transposed CSR: parentClassStart[4r .. 4r+4] bound the entries of row r by parent class (OR with
// two children, other OR, AND with two, other AND); parentRow and parentEdge give each entry's
// parent and edge. Row q's value and gradient are v[q * stride + col] and g[q * stride + col]
// (the whole buffers, or a block's tile of them); the seeds of column b, seeds[root * batch + b],
// are added to root rows (seedStart/seedRoot: the roots at each row). g is not __restrict__, for
// the reason given at circa_gate.
__device__ __forceinline__ value_t circa_gradient(const value_t* __restrict__ v, const value_t* g, index_t stride,
        index_t col, const value_t* __restrict__ seeds, index_t b, index_t batch,
        const int* __restrict__ parentClassStart, const int* __restrict__ parentRow,
        const int* __restrict__ parentEdge, const int* __restrict__ childStart, const int* __restrict__ children,
        const int* __restrict__ seedStart, const int* __restrict__ seedRoot, index_t r, int leaves) {
    value_t vr = v[r * stride + col];
    value_t acc = 0;
    int kAnd = parentClassStart[4 * r + 2];
    int kEnd = parentClassStart[4 * r + 4];
    for (int k = parentClassStart[4 * r]; k < kAnd; k++) {
        acc += EDGE_CONTRIB(PLUS_CONTRIB, k);
    }
    for (int k = kAnd; k < kEnd; k++) {
        acc += EDGE_CONTRIB(TIMES_CONTRIB, k);
    }
    for (int s = seedStart[r]; s < seedStart[r + 1]; s++) {
        acc += seeds[(index_t) seedRoot[s] * batch + b];
    }
    return acc;
}

#define GRADIENT_ARGS parentClassStart, parentRow, parentEdge, childStart, children, seedStart, seedRoot

// The gradients of rows [firstRow, firstRow + rowCount), all of one level. Each thread writes its
// own row: no atomics.
extern "C" __global__ void backward_rows(const value_t* __restrict__ v, value_t* __restrict__ g,
        const value_t* __restrict__ seeds, const int* __restrict__ parentClassStart,
        const int* __restrict__ parentRow, const int* __restrict__ parentEdge,
        const int* __restrict__ childStart, const int* __restrict__ children,
        const int* __restrict__ seedStart, const int* __restrict__ seedRoot,
        int firstRow, int rowCount, int leaves, int batch) {
    GRID_STRIDE_LOOP(i, (index_t) rowCount * batch) {
        index_t r, b;
        circa_split(i, batch, &r, &b);
        r += firstRow;
        g[r * batch + b] = circa_gradient(v, g, batch, b, seeds, b, batch, GRADIENT_ARGS, r, leaves);
    }
}

// The gradients of levels levelTo - 1 down to levelFrom (levels as in forward_levels), fused over
// column tiles like forward_levels.
extern "C" __global__ void backward_levels(const value_t* __restrict__ v, value_t* g,
        const value_t* __restrict__ seeds, const int* __restrict__ parentClassStart,
        const int* __restrict__ parentRow, const int* __restrict__ parentEdge,
        const int* __restrict__ childStart, const int* __restrict__ children,
        const int* __restrict__ seedStart, const int* __restrict__ seedRoot, const int* __restrict__ levelRows,
        int levelFrom, int levelTo, int leaves, int batch, int tileShift) {
    TILE_LOOP(col0, tileShift, batch) {
        for (int level = levelTo - 1; level >= levelFrom; level--) {
            circa_tile_cells(levelRows[level], levelRows[level + 1] - levelRows[level], col0, tileShift, batch,
                    [&](index_t r, index_t b) {
                        g[r * batch + b] = circa_gradient(v, g, batch, b, seeds, b, batch, GRADIENT_ARGS, r, leaves);
                    });
            __syncthreads();
        }
    }
}

// The whole backward pass of a small circuit, resident in shared memory like forward_resident:
// each block copies its column tile of every row's value into shared memory, computes every
// row's gradient there, last level first, and writes the leaves' gradients to g (all that is
// downloaded). Shared memory holds 2 x rows x tile width values.
extern "C" __global__ void backward_resident(const value_t* __restrict__ v, value_t* __restrict__ g,
        const value_t* __restrict__ seeds, const int* __restrict__ parentClassStart,
        const int* __restrict__ parentRow, const int* __restrict__ parentEdge,
        const int* __restrict__ childStart, const int* __restrict__ children,
        const int* __restrict__ seedStart, const int* __restrict__ seedRoot, const int* __restrict__ levelRows,
        int levels, int leaves, int batch, int tileShift) {
    CIRCA_DYNAMIC_SHARED(tile);
    const index_t width = (index_t) 1 << tileShift;
    const int rows = levelRows[levels];
    value_t* values = tile;
    value_t* grads = tile + (index_t) rows * width;
    TILE_LOOP(col0, tileShift, batch) {
        circa_tile_cells(0, rows, col0, tileShift, batch, [&](index_t r, index_t b) {
            values[r * width + b - col0] = v[r * batch + b];
        });
        __syncthreads();
        for (int level = levels - 1; level >= 0; level--) {
            circa_tile_cells(levelRows[level], levelRows[level + 1] - levelRows[level], col0, tileShift, batch,
                    [&](index_t r, index_t b) {
                        grads[r * width + b - col0] = circa_gradient(values, grads, width, b - col0, seeds, b, batch,
                                GRADIENT_ARGS, r, leaves);
                    });
            __syncthreads();
        }
        circa_tile_cells(0, leaves, col0, tileShift, batch, [&](index_t r, index_t b) {
            g[r * batch + b] = grads[r * width + b - col0];
        });
        __syncthreads();
    }
}
