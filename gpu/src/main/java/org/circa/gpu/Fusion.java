package org.circa.gpu;

/**
 * Which levels the GPU evaluator fuses into one launch, and how: a fused launch gives each block
 * whole tiles of {@code 2^tileShift} consecutive columns and runs consecutive narrow levels on
 * them, a barrier between levels instead of a kernel launch; a level is narrow when its rows times
 * the tile width are at most {@code maxFusedCells} (every thread of a block then has a few cells
 * per level at most). Wide levels get their own launches over the whole batch, and so do levels
 * with a wide gate (one of at least {@code wideFanIn} children), which a block per (gate, column)
 * reduces instead of one thread. A circuit whose levels are all fused, and whose tile of values
 * (of values and gradients, backward) fits in {@code residentBytes} of shared memory, is
 * evaluated by one kernel per pass that keeps its tile in shared memory.
 *
 * @param tileShift log2 of the columns per tile, 0 to {@link #MAX_TILE_SHIFT}
 * @param maxFusedCells the most cells (rows × tile columns) of a level that is fused; 0 fuses nothing
 * @param wideFanIn the fewest children of a gate reduced by a whole block, at least 3 (gates of two
 *     children have their own kernel)
 * @param residentBytes the most shared memory of a pass resident in shared memory, 0 (never) to
 *     {@link DeviceQueue#MAX_SHARED_BYTES}
 */
record Fusion(int tileShift, int maxFusedCells, int wideFanIn, int residentBytes) {
    /** Largest tile: 32 columns. */
    static final int MAX_TILE_SHIFT = 5;
    /** Default {@link #maxFusedCells}: four cells per thread of a block. */
    static final int DEFAULT_FUSED_CELLS = 4 * DeviceQueue.BLOCK;
    /**
     * Default {@link #wideFanIn}: a guess, not yet timed on a GPU, of where a block's reduction
     * starts to beat one thread's fold.
     */
    static final int DEFAULT_WIDE_FAN_IN = 1024;
    /** No fusion: one launch per gate group forward, per level backward. */
    static final Fusion NONE = new Fusion(0, 0);

    /** Checks the ranges. */
    Fusion {
        if (tileShift < 0 || tileShift > MAX_TILE_SHIFT) {
            throw new IllegalArgumentException("tileShift must be within 0.." + MAX_TILE_SHIFT + ", got " + tileShift);
        }
        if (maxFusedCells < 0) {
            throw new IllegalArgumentException("maxFusedCells must not be negative, got " + maxFusedCells);
        }
        if (wideFanIn < 3) {
            throw new IllegalArgumentException("wideFanIn must be at least 3, got " + wideFanIn);
        }
        if (residentBytes < 0 || residentBytes > DeviceQueue.MAX_SHARED_BYTES) {
            throw new IllegalArgumentException("residentBytes must be within 0.." + DeviceQueue.MAX_SHARED_BYTES + ", got "
                    + residentBytes);
        }
    }

    /** Fusion with the {@link #DEFAULT_WIDE_FAN_IN}, passes resident in shared memory where they fit. */
    Fusion(int tileShift, int maxFusedCells) {
        this(tileShift, maxFusedCells, DEFAULT_WIDE_FAN_IN);
    }

    /** Fusion with passes resident in shared memory where they fit. */
    Fusion(int tileShift, int maxFusedCells, int wideFanIn) {
        this(tileShift, maxFusedCells, wideFanIn, DeviceQueue.MAX_SHARED_BYTES);
    }

    /**
     * The fusion for a device of {@code multiprocessors} SMs at {@code batch} columns: the
     * narrowest tiles that still give each SM at most one tile (so that small batches spread over
     * the SMs and large ones read whole 32-byte sectors), {@link #DEFAULT_FUSED_CELLS} and
     * {@link #DEFAULT_WIDE_FAN_IN}, and resident passes up to {@link DeviceQueue#MAX_SHARED_BYTES}.
     * The system properties {@code circa.gpu.tileShift}, {@code circa.gpu.fusedCells},
     * {@code circa.gpu.wideFanIn} and {@code circa.gpu.residentBytes} override them (for tuning on
     * a device; {@code circa.gpu.fusedCells=0} turns fusion off, {@code circa.gpu.residentBytes=0}
     * resident passes).
     */
    static Fusion forDevice(int multiprocessors, int batch) {
        int shift = 0;
        while (shift < MAX_TILE_SHIFT && tiles(batch, shift) > Math.max(1, multiprocessors)) {
            shift++;
        }
        return new Fusion(Integer.getInteger("circa.gpu.tileShift", shift),
                Integer.getInteger("circa.gpu.fusedCells", DEFAULT_FUSED_CELLS),
                Integer.getInteger("circa.gpu.wideFanIn", DEFAULT_WIDE_FAN_IN),
                Integer.getInteger("circa.gpu.residentBytes", DeviceQueue.MAX_SHARED_BYTES));
    }

    /** Number of column tiles of {@code batch} columns at this tile width: the blocks of a fused launch. */
    int tiles(int batch) {
        return tiles(batch, tileShift);
    }

    /** Bytes of {@code rowCopies} copies of a tile of {@code rows} rows of {@code valueBytes}-byte values. */
    long tileBytes(int rows, int rowCopies, int valueBytes) {
        return ((long) rows << tileShift) * rowCopies * valueBytes;
    }

    /** Whether a level of {@code rows} rows is fused. */
    boolean fuses(int rows) {
        return ((long) rows << tileShift) <= maxFusedCells;
    }

    private static int tiles(int batch, int shift) {
        return (int) (((long) batch + (1L << shift) - 1) >> shift);
    }
}
