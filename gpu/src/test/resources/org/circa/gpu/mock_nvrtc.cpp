// A stand-in for libnvrtc for the tests: "compiles" a program with g++ (emulation.h before it,
// mock_binders.h after it) into a host library, whose path is the "CUBIN" that mock_cuda.cpp's
// cuModuleLoadData opens. MOCK_DIR (set when this file is built) holds the two headers.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>

typedef int nvrtcResult;
struct Program { std::string source, name, log, library; };
static int counter = 0;

extern "C" {
nvrtcResult nvrtcVersion(int* major, int* minor) { *major = 13; *minor = 0; return 0; }
const char* nvrtcGetErrorString(nvrtcResult r) { return r == 0 ? "NVRTC_SUCCESS" : r == 6 ? "NVRTC_ERROR_COMPILATION" : "NVRTC_ERROR_INVALID_INPUT"; }
nvrtcResult nvrtcCreateProgram(void** program, const char* source, const char* name, int headers,
        const char* const* headerSources, const char* const* includeNames) {
    if (headers != 0 || headerSources != nullptr || includeNames != nullptr) return 3;
    *program = new Program{source, name, "", ""};
    return 0;
}
nvrtcResult nvrtcCompileProgram(void* program, int count, const char* const* options) {
    Program* p = (Program*) program;
    bool arch = false, fmad = false;
    for (int i = 0; i < count; i++) {
        arch |= strcmp(options[i], "--gpu-architecture=sm_90") == 0;
        fmad |= strcmp(options[i], "--fmad=false") == 0;
    }
    if (!arch || !fmad) { p->log = "mock nvrtc: expected --gpu-architecture=sm_90 and --fmad=false"; return 6; }
    // the process id keeps programs of processes that share MOCK_DIR apart
    std::string base = std::string(MOCK_DIR) + "/program" + std::to_string(getpid()) + "_" + std::to_string(counter++);
    std::ofstream(base + ".cpp") << "#include \"" MOCK_DIR "/emulation.h\"\n" << p->source << "\n#include \"" MOCK_DIR "/mock_binders.h\"\n";
    std::string command = "g++ -O1 -shared -fPIC -pthread -ffp-contract=off -o " + base + ".so " + base + ".cpp > " + base + ".log 2>&1";
    int status = system(command.c_str());
    std::stringstream log;
    log << std::ifstream(base + ".log").rdbuf();
    p->log = log.str();
    if (status != 0) return 6;
    p->library = base + ".so";
    return 0;
}
nvrtcResult nvrtcGetProgramLogSize(void* program, size_t* size) { *size = ((Program*) program)->log.size() + 1; return 0; }
nvrtcResult nvrtcGetProgramLog(void* program, char* log) { strcpy(log, ((Program*) program)->log.c_str()); return 0; }
nvrtcResult nvrtcGetCUBINSize(void* program, size_t* size) { *size = ((Program*) program)->library.size() + 1; return 0; }
nvrtcResult nvrtcGetCUBIN(void* program, char* cubin) { strcpy(cubin, ((Program*) program)->library.c_str()); return 0; }
nvrtcResult nvrtcDestroyProgram(void** program) { delete (Program*) *program; *program = nullptr; return 0; }
}
