package org.circa.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.SymbolLookup;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where the CUDA libraries are looked for, in which order, and what a failure says. */
class NativeLibrariesTest {
    private static final SymbolLookup EMPTY = name -> Optional.empty();

    @Test
    void nvrtcCandidatesAreNamesFirstThenFolders() {
        List<String> c = NativeLibraries.nvrtcCandidates(null);
        assertEquals(List.of("libnvrtc.so", "libnvrtc.so.13", "libnvrtc.so.12", "libnvrtc.so.11.2", "libnvrtc.so.11"),
                c.subList(0, 5));
        assertTrue(c.indexOf("/usr/local/cuda/lib64/libnvrtc.so.13") > c.indexOf("libnvrtc.so.11"));
        assertTrue(c.indexOf("/usr/local/cuda/targets/x86_64-linux/lib/libnvrtc.so.12")
                > c.indexOf("/usr/local/cuda/lib64/libnvrtc.so.12"));
        assertTrue(c.contains("/usr/lib/x86_64-linux-gnu/libnvrtc.so.13"));
        assertEquals(5 + 3 * 5, c.size());
        assertEquals("/opt/cuda/libnvrtc.so.13", NativeLibraries.nvrtcCandidates(" /opt/cuda/libnvrtc.so.13 ").get(0));
        assertEquals(c, NativeLibraries.nvrtcCandidates(" "));
    }

    @Test
    void theFirstCandidateThatOpensWins() throws NativeLibraries.NotFoundException {
        List<String> tried = new ArrayList<>();
        NativeLibraries.Found found = NativeLibraries.first("libx", List.of("a", "b", "c"), name -> {
            tried.add(name);
            if (!name.equals("b")) {
                throw new IllegalArgumentException("cannot open " + name);
            }
            return EMPTY;
        });
        assertEquals("b", found.candidate());
        assertEquals(List.of("a", "b"), tried);
    }

    @Test
    void aFailureListsEveryCandidateTried() {
        NativeLibraries.NotFoundException e = assertThrows(NativeLibraries.NotFoundException.class,
                () -> NativeLibraries.first("libcuda.so.1", NativeLibraries.DRIVER_CANDIDATES, name -> {
                    throw new IllegalArgumentException("no");
                }));
        assertTrue(e.getMessage().startsWith("libcuda.so.1 not found (tried libcuda.so.1, /usr/lib/x86_64-linux-gnu/libcuda.so.1"),
                e.getMessage());
    }

    @Test
    void aMissingLibraryIsReportedNotThrownByTheRealOpener() {
        NativeLibraries.NotFoundException e = assertThrows(NativeLibraries.NotFoundException.class,
                () -> NativeLibraries.first("libnothing", List.of("libcirca-no-such-library.so.7", "/no/such/libx.so"),
                        NativeLibraries::open));
        assertTrue(e.getMessage().contains("libcirca-no-such-library.so.7"), e.getMessage());
    }
}
