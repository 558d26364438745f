package org.circa.gpu;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.util.HashMap;
import java.util.Map;

/**
 * Downcall handles of one native library's functions, bound by exact symbol name, and a call
 * helper that unwraps {@link Throwable}s. Immutable after construction and thread-safe.
 */
final class NativeCalls {
    private final String library;
    private final Map<String, MethodHandle> handles = new HashMap<>();

    /** Binds every {@code symbol → descriptor}; throws {@link IllegalStateException} naming the first missing symbol. */
    NativeCalls(String library, SymbolLookup lookup, Map<String, FunctionDescriptor> functions) {
        this.library = library;
        Linker linker = Linker.nativeLinker();
        for (Map.Entry<String, FunctionDescriptor> f : functions.entrySet()) {
            MemorySegment symbol = lookup.find(f.getKey()).orElseThrow(() -> new IllegalStateException(
                    "symbol " + f.getKey() + " not found in " + library + " (too old a version?)"));
            handles.put(f.getKey(), linker.downcallHandle(symbol, f.getValue()));
        }
    }

    /** Calls {@code symbol} with {@code args} (int, long or MemorySegment) and returns its result boxed. */
    Object call(String symbol, Object... args) {
        MethodHandle h = handles.get(symbol);
        if (h == null) {
            throw new IllegalStateException(symbol + " is not bound in " + library);
        }
        try {
            return h.invokeWithArguments(args);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(symbol + " failed", t);
        }
    }

    /** Calls a function returning an {@code int} status. */
    int status(String symbol, Object... args) {
        return (int) call(symbol, args);
    }
}
