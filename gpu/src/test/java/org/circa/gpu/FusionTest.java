package org.circa.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The tile widths chosen for a device, the tile counts and which levels are fused. */
class FusionTest {
    @Test
    void tilesAreTheNarrowestThatGiveEachMultiprocessorAtMostOne() {
        assertEquals(0, Fusion.forDevice(132, 1).tileShift());
        assertEquals(0, Fusion.forDevice(132, 128).tileShift());
        assertEquals(1, Fusion.forDevice(132, 256).tileShift());
        assertEquals(3, Fusion.forDevice(132, 1024).tileShift());
        assertEquals(Fusion.MAX_TILE_SHIFT, Fusion.forDevice(132, 1 << 20).tileShift());
        assertEquals(Fusion.MAX_TILE_SHIFT, Fusion.forDevice(0, 64).tileShift());
        assertEquals(Fusion.DEFAULT_FUSED_CELLS, Fusion.forDevice(132, 128).maxFusedCells());
        assertEquals(Fusion.DEFAULT_WIDE_FAN_IN, Fusion.forDevice(132, 128).wideFanIn());
    }

    @Test
    void tilesCoverTheBatchAndNarrowLevelsAreFused() {
        Fusion f = new Fusion(3, 64);
        assertEquals(1, f.tiles(1));
        assertEquals(1, f.tiles(8));
        assertEquals(2, f.tiles(9));
        assertEquals(128, f.tiles(1024));
        assertTrue(f.fuses(8));
        assertFalse(f.fuses(9));
        assertFalse(f.fuses(Integer.MAX_VALUE));
        assertFalse(Fusion.NONE.fuses(1));
        assertTrue(new Fusion(5, Integer.MAX_VALUE).fuses(Integer.MAX_VALUE / 32));
    }

    @Test
    void rangesAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new Fusion(-1, 0));
        assertThrows(IllegalArgumentException.class, () -> new Fusion(Fusion.MAX_TILE_SHIFT + 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new Fusion(0, -1));
        assertThrows(IllegalArgumentException.class, () -> new Fusion(0, 0, 2));
    }
}
