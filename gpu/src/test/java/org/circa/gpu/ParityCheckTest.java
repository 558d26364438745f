package org.circa.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The parity check's error measure: relative, with a floor, infinities and NaN. */
class ParityCheckTest {
    private static final double INF = Double.POSITIVE_INFINITY;

    @Test
    void errorsAreRelativeToTheLargerMagnitudeOrTheFloor() {
        assertEquals(1.0, ParityCheck.scaledError(1.0, 1.0 + 1e-12, 1e-12, 0), 1e-3);
        assertEquals(1.0, ParityCheck.scaledError(1e-30, 1.000001e-30, 1e-6, 0), 1e-3);
        // below the floor, the floor counts: a tiny absolute difference is small
        assertTrue(ParityCheck.scaledError(1e-30, 2e-30, 1e-6, 1) < 1e-20);
        assertEquals(0.0, ParityCheck.scaledError(-INF, -INF, 1e-12, 0));
        assertEquals(0.0, ParityCheck.scaledError(Double.NaN, Double.NaN, 1e-12, 0));
        assertEquals(INF, ParityCheck.scaledError(-INF, INF, 1e-12, 0));
        assertEquals(INF, ParityCheck.scaledError(1.0, Double.NaN, 1e-12, 0));
        assertEquals(INF, ParityCheck.scaledError(INF, 1.0, 1e-12, 0));
    }
}
