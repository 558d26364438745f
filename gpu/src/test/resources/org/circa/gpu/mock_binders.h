// Appended to circuit.cu by mock_nvrtc.cpp: for each kernel, bind_<name>(void** params, grid,
// block) reads the arguments as cuLaunchKernel would (each params[i] points at one argument's
// value) and returns the launch as a closure; the compiler checks the types against the kernel's
// own signature. A launch runs as up to MOCK_BLOCKS blocks, one after the other, of up to
// MOCK_THREADS host threads each, meeting at a real barrier (the kernels loop over their work,
// so any grid covers it).
#include <functional>
#include <thread>
#include <vector>

#define ARG(type, i) (*(type*) params[i])
#define MOCK_BLOCKS 2u
#define MOCK_THREADS 8u

static void circa_run(unsigned grid, unsigned block, const std::function<void()>& kernel) {
    gridDim = {grid < MOCK_BLOCKS ? grid : MOCK_BLOCKS, 1, 1};
    blockDim = {block < MOCK_THREADS ? block : MOCK_THREADS, 1, 1};
    for (unsigned b = 0; b < gridDim.x; b++) {
        circa_barrier barrier(blockDim.x);
        circa_block_barrier = &barrier;
        std::vector<std::thread> threads;
        for (unsigned t = 0; t < blockDim.x; t++) {
            threads.emplace_back([&kernel, b, t] {
                blockIdx = {b, 0, 0};
                threadIdx = {t, 0, 0};
                kernel();
            });
        }
        for (std::thread& thread : threads) thread.join();
        circa_block_barrier = nullptr;
    }
    gridDim = {1, 1, 1};
    blockDim = {1, 1, 1};
}

// The closure of one launch: the kernel call `call`, run by circa_run.
#define LAUNCH(call) new std::function<void()>([=] { circa_run(grid, block, [=] { call; }); })

extern "C" std::function<void()>* bind_forward_pairs(void** params, unsigned grid, unsigned block) {
    value_t* v = ARG(value_t*, 0); const int* cs = ARG(const int*, 1); const int* ch = ARG(const int*, 2);
    int first = ARG(int, 3), count = ARG(int, 4), leaves = ARG(int, 5), batch = ARG(int, 6), isAnd = ARG(int, 7);
    return LAUNCH(forward_pairs(v, cs, ch, first, count, leaves, batch, isAnd));
}

extern "C" std::function<void()>* bind_forward_gates(void** params, unsigned grid, unsigned block) {
    value_t* v = ARG(value_t*, 0); const int* cs = ARG(const int*, 1); const int* ch = ARG(const int*, 2);
    const int* flags = ARG(const int*, 3);
    int first = ARG(int, 4), count = ARG(int, 5), leaves = ARG(int, 6), batch = ARG(int, 7), isAnd = ARG(int, 8);
    return LAUNCH(forward_gates(v, cs, ch, flags, first, count, leaves, batch, isAnd));
}

extern "C" std::function<void()>* bind_forward_wide(void** params, unsigned grid, unsigned block) {
    value_t* v = ARG(value_t*, 0); const int* cs = ARG(const int*, 1); const int* ch = ARG(const int*, 2);
    const int* flags = ARG(const int*, 3); const int* wideRows = ARG(const int*, 4);
    int first = ARG(int, 5), count = ARG(int, 6), leaves = ARG(int, 7), batch = ARG(int, 8);
    return LAUNCH(forward_wide(v, cs, ch, flags, wideRows, first, count, leaves, batch));
}

extern "C" std::function<void()>* bind_gather_rows(void** params, unsigned grid, unsigned block) {
    const value_t* v = ARG(const value_t*, 0); const int* rows = ARG(const int*, 1); value_t* out = ARG(value_t*, 2);
    int count = ARG(int, 3), batch = ARG(int, 4);
    return LAUNCH(gather_rows(v, rows, out, count, batch));
}

extern "C" std::function<void()>* bind_backward_rows(void** params, unsigned grid, unsigned block) {
    const value_t* v = ARG(const value_t*, 0); value_t* g = ARG(value_t*, 1); const value_t* seeds = ARG(const value_t*, 2);
    const int* pcs = ARG(const int*, 3); const int* parentRow = ARG(const int*, 4); const int* parentEdge = ARG(const int*, 5);
    const int* cs = ARG(const int*, 6); const int* ch = ARG(const int*, 7); const int* seedStart = ARG(const int*, 8);
    const int* seedRoot = ARG(const int*, 9);
    int first = ARG(int, 10), count = ARG(int, 11), leaves = ARG(int, 12), batch = ARG(int, 13);
    return LAUNCH(backward_rows(v, g, seeds, pcs, parentRow, parentEdge, cs, ch, seedStart, seedRoot, first, count, leaves, batch));
}

extern "C" std::function<void()>* bind_forward_levels(void** params, unsigned grid, unsigned block) {
    value_t* v = ARG(value_t*, 0); const int* cs = ARG(const int*, 1); const int* ch = ARG(const int*, 2);
    const int* isAnd = ARG(const int*, 3); const int* levelRows = ARG(const int*, 4); const int* rootRows = ARG(const int*, 5);
    value_t* out = ARG(value_t*, 6);
    int from = ARG(int, 7), to = ARG(int, 8), rootCount = ARG(int, 9), leaves = ARG(int, 10), batch = ARG(int, 11);
    int tileShift = ARG(int, 12);
    return LAUNCH(forward_levels(v, cs, ch, isAnd, levelRows, rootRows, out, from, to, rootCount, leaves, batch, tileShift));
}

extern "C" std::function<void()>* bind_backward_levels(void** params, unsigned grid, unsigned block) {
    const value_t* v = ARG(const value_t*, 0); value_t* g = ARG(value_t*, 1); const value_t* seeds = ARG(const value_t*, 2);
    const int* pcs = ARG(const int*, 3); const int* parentRow = ARG(const int*, 4); const int* parentEdge = ARG(const int*, 5);
    const int* cs = ARG(const int*, 6); const int* ch = ARG(const int*, 7); const int* seedStart = ARG(const int*, 8);
    const int* seedRoot = ARG(const int*, 9); const int* levelRows = ARG(const int*, 10);
    int from = ARG(int, 11), to = ARG(int, 12), leaves = ARG(int, 13), batch = ARG(int, 14), tileShift = ARG(int, 15);
    return LAUNCH(backward_levels(v, g, seeds, pcs, parentRow, parentEdge, cs, ch, seedStart, seedRoot, levelRows, from, to, leaves, batch, tileShift));
}

extern "C" std::function<void()>* bind_forward_resident(void** params, unsigned grid, unsigned block) {
    value_t* v = ARG(value_t*, 0); const int* cs = ARG(const int*, 1); const int* ch = ARG(const int*, 2);
    const int* flags = ARG(const int*, 3); const int* levelRows = ARG(const int*, 4); const int* rootRows = ARG(const int*, 5);
    value_t* out = ARG(value_t*, 6);
    int levels = ARG(int, 7), rootCount = ARG(int, 8), leaves = ARG(int, 9), batch = ARG(int, 10), tileShift = ARG(int, 11);
    return LAUNCH(forward_resident(v, cs, ch, flags, levelRows, rootRows, out, levels, rootCount, leaves, batch, tileShift));
}

extern "C" std::function<void()>* bind_backward_resident(void** params, unsigned grid, unsigned block) {
    const value_t* v = ARG(const value_t*, 0); value_t* g = ARG(value_t*, 1); const value_t* seeds = ARG(const value_t*, 2);
    const int* pcs = ARG(const int*, 3); const int* parentRow = ARG(const int*, 4); const int* parentEdge = ARG(const int*, 5);
    const int* cs = ARG(const int*, 6); const int* ch = ARG(const int*, 7); const int* seedStart = ARG(const int*, 8);
    const int* seedRoot = ARG(const int*, 9); const int* levelRows = ARG(const int*, 10);
    int levels = ARG(int, 11), leaves = ARG(int, 12), batch = ARG(int, 13), tileShift = ARG(int, 14);
    return LAUNCH(backward_resident(v, g, seeds, pcs, parentRow, parentEdge, cs, ch, seedStart, seedRoot, levelRows, levels, leaves, batch, tileShift));
}
