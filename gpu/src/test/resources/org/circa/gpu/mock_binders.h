// Appended to circuit.cu by mock_nvrtc.cpp: for each kernel, bind_<name>(void** params) reads the
// arguments as cuLaunchKernel would (each params[i] points at one argument's value) and returns
// the launch as a closure; the compiler checks the types against the kernel's own signature.
#include <functional>

#define ARG(type, i) (*(type*) params[i])

extern "C" std::function<void()>* bind_forward_pairs(void** params) {
    value_t* v = ARG(value_t*, 0); const int* cs = ARG(const int*, 1); const int* ch = ARG(const int*, 2);
    int first = ARG(int, 3), count = ARG(int, 4), leaves = ARG(int, 5), batch = ARG(int, 6), isAnd = ARG(int, 7);
    return new std::function<void()>([=] { forward_pairs(v, cs, ch, first, count, leaves, batch, isAnd); });
}

extern "C" std::function<void()>* bind_forward_gates(void** params) {
    value_t* v = ARG(value_t*, 0); const int* cs = ARG(const int*, 1); const int* ch = ARG(const int*, 2);
    const int* flags = ARG(const int*, 3);
    int first = ARG(int, 4), count = ARG(int, 5), leaves = ARG(int, 6), batch = ARG(int, 7), isAnd = ARG(int, 8);
    return new std::function<void()>([=] { forward_gates(v, cs, ch, flags, first, count, leaves, batch, isAnd); });
}

extern "C" std::function<void()>* bind_forward_wide(void** params) {
    value_t* v = ARG(value_t*, 0); const int* cs = ARG(const int*, 1); const int* ch = ARG(const int*, 2);
    const int* flags = ARG(const int*, 3); const int* wideRows = ARG(const int*, 4);
    int first = ARG(int, 5), count = ARG(int, 6), leaves = ARG(int, 7), batch = ARG(int, 8);
    return new std::function<void()>([=] { forward_wide(v, cs, ch, flags, wideRows, first, count, leaves, batch); });
}

extern "C" std::function<void()>* bind_gather_rows(void** params) {
    const value_t* v = ARG(const value_t*, 0); const int* rows = ARG(const int*, 1); value_t* out = ARG(value_t*, 2);
    int count = ARG(int, 3), batch = ARG(int, 4);
    return new std::function<void()>([=] { gather_rows(v, rows, out, count, batch); });
}

extern "C" std::function<void()>* bind_backward_rows(void** params) {
    const value_t* v = ARG(const value_t*, 0); value_t* g = ARG(value_t*, 1); const value_t* seeds = ARG(const value_t*, 2);
    const int* pcs = ARG(const int*, 3); const int* parentRow = ARG(const int*, 4); const int* parentEdge = ARG(const int*, 5);
    const int* cs = ARG(const int*, 6); const int* ch = ARG(const int*, 7); const int* seedStart = ARG(const int*, 8);
    const int* seedRoot = ARG(const int*, 9);
    int first = ARG(int, 10), count = ARG(int, 11), leaves = ARG(int, 12), batch = ARG(int, 13);
    return new std::function<void()>([=] {
        backward_rows(v, g, seeds, pcs, parentRow, parentEdge, cs, ch, seedStart, seedRoot, first, count, leaves, batch);
    });
}

extern "C" std::function<void()>* bind_forward_levels(void** params) {
    value_t* v = ARG(value_t*, 0); const int* cs = ARG(const int*, 1); const int* ch = ARG(const int*, 2);
    const int* isAnd = ARG(const int*, 3); const int* levelRows = ARG(const int*, 4); const int* rootRows = ARG(const int*, 5);
    value_t* out = ARG(value_t*, 6);
    int from = ARG(int, 7), to = ARG(int, 8), rootCount = ARG(int, 9), leaves = ARG(int, 10), batch = ARG(int, 11);
    int tileShift = ARG(int, 12);
    return new std::function<void()>([=] {
        forward_levels(v, cs, ch, isAnd, levelRows, rootRows, out, from, to, rootCount, leaves, batch, tileShift);
    });
}

extern "C" std::function<void()>* bind_backward_levels(void** params) {
    const value_t* v = ARG(const value_t*, 0); value_t* g = ARG(value_t*, 1); const value_t* seeds = ARG(const value_t*, 2);
    const int* pcs = ARG(const int*, 3); const int* parentRow = ARG(const int*, 4); const int* parentEdge = ARG(const int*, 5);
    const int* cs = ARG(const int*, 6); const int* ch = ARG(const int*, 7); const int* seedStart = ARG(const int*, 8);
    const int* seedRoot = ARG(const int*, 9); const int* levelRows = ARG(const int*, 10);
    int from = ARG(int, 11), to = ARG(int, 12), leaves = ARG(int, 13), batch = ARG(int, 14), tileShift = ARG(int, 15);
    return new std::function<void()>([=] {
        backward_levels(v, g, seeds, pcs, parentRow, parentEdge, cs, ch, seedStart, seedRoot, levelRows, from, to, leaves,
                batch, tileShift);
    });
}

extern "C" std::function<void()>* bind_forward_resident(void** params) {
    value_t* v = ARG(value_t*, 0); const int* cs = ARG(const int*, 1); const int* ch = ARG(const int*, 2);
    const int* flags = ARG(const int*, 3); const int* levelRows = ARG(const int*, 4); const int* rootRows = ARG(const int*, 5);
    value_t* out = ARG(value_t*, 6);
    int levels = ARG(int, 7), rootCount = ARG(int, 8), leaves = ARG(int, 9), batch = ARG(int, 10), tileShift = ARG(int, 11);
    return new std::function<void()>([=] {
        forward_resident(v, cs, ch, flags, levelRows, rootRows, out, levels, rootCount, leaves, batch, tileShift);
    });
}

extern "C" std::function<void()>* bind_backward_resident(void** params) {
    const value_t* v = ARG(const value_t*, 0); value_t* g = ARG(value_t*, 1); const value_t* seeds = ARG(const value_t*, 2);
    const int* pcs = ARG(const int*, 3); const int* parentRow = ARG(const int*, 4); const int* parentEdge = ARG(const int*, 5);
    const int* cs = ARG(const int*, 6); const int* ch = ARG(const int*, 7); const int* seedStart = ARG(const int*, 8);
    const int* seedRoot = ARG(const int*, 9); const int* levelRows = ARG(const int*, 10);
    int levels = ARG(int, 11), leaves = ARG(int, 12), batch = ARG(int, 13), tileShift = ARG(int, 14);
    return new std::function<void()>([=] {
        backward_resident(v, g, seeds, pcs, parentRow, parentEdge, cs, ch, seedStart, seedRoot, levelRows, levels, leaves,
                batch, tileShift);
    });
}
