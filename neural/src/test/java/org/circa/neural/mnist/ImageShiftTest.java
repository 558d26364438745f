package org.circa.neural.mnist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.circa.neural.mnist.MnistDigits.Split;
import org.junit.jupiter.api.Test;

/** The translation of training digits: pixels land where expected, test digits are never touched. */
class ImageShiftTest {

    @Test
    void aKnownPixelMovesRightAndDown() {
        float[] image = new float[28 * 28];
        image[10 * 28 + 5] = 0.75f; // x = 5, y = 10
        float[] out = ImageShift.shift(image, 28, 2, -1);
        assertEquals(0.75f, out[9 * 28 + 7]); // x = 7, y = 9
        assertEquals(0.75f, sum(out), 1e-6);
    }

    @Test
    void pixelsShiftedOffTheEdgeAreDroppedAndTheGapIsZero() {
        float[] image = new float[28 * 28];
        java.util.Arrays.fill(image, 1f);
        float[] out = ImageShift.shift(image, 28, -2, 2);
        for (int y = 0; y < 28; y++) {
            for (int x = 0; x < 28; x++) {
                float expected = y >= 2 && x < 26 ? 1f : 0f;
                assertEquals(expected, out[y * 28 + x], "pixel " + x + "," + y);
            }
        }
    }

    @Test
    void shiftAgreesWithPixelByPixelDefinition() {
        Random r = new Random(3);
        float[] image = new float[6 * 5];
        for (int i = 0; i < image.length; i++) {
            image[i] = r.nextFloat();
        }
        for (int dx = -3; dx <= 3; dx++) {
            for (int dy = -3; dy <= 3; dy++) {
                float[] expected = new float[image.length];
                for (int y = 0; y < 5; y++) {
                    for (int x = 0; x < 6; x++) {
                        int sx = x - dx;
                        int sy = y - dy;
                        expected[y * 6 + x] = sx >= 0 && sx < 6 && sy >= 0 && sy < 5 ? image[sy * 6 + sx] : 0f;
                    }
                }
                assertArrayEquals(expected, ImageShift.shift(image, 6, dx, dy), "dx " + dx + " dy " + dy);
            }
        }
        assertThrows(IllegalArgumentException.class, () -> ImageShift.shift(image, 7, 0, 0));
    }

    @Test
    void trainingDigitsShiftPerEpochAndTestDigitsAreUntouched() {
        int n = 50;
        float[][] images = new float[n][28 * 28];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            images[i][14 * 28 + 14] = 1f; // one bright pixel in the centre
            images[i][3 * 28 + 20] = (i + 1) / (float) n;
            labels[i] = i % 10;
        }
        MnistDigits data = MnistDigits.of(images, labels);
        AugmentedTensors aug = new AugmentedTensors(data, Augmentation.SHIFT2, 1);
        AugmentedTensors none = new AugmentedTensors(data, Augmentation.NONE, 1);
        for (int i = 0; i < data.size(Split.TEST); i++) {
            float[] expected = data.tensors(true).tensor(MnistDigits.term(Split.TEST, i)).orElseThrow();
            for (int epoch = 1; epoch <= 3; epoch++) {
                aug.setEpoch(epoch);
                assertArrayEquals(expected, aug.tensor(MnistDigits.term(Split.TEST, i)).orElseThrow());
            }
            assertArrayEquals(expected, none.tensor(MnistDigits.term(Split.TEST, i)).orElseThrow());
        }
        Set<String> shifts = new HashSet<>();
        for (int epoch = 1; epoch <= 3; epoch++) {
            aug.setEpoch(epoch);
            for (int i = 0; i < data.size(Split.TRAIN); i++) {
                int[] d = aug.shiftOf(i);
                assertTrue(Math.abs(d[0]) <= 2 && Math.abs(d[1]) <= 2, "shift " + d[0] + "," + d[1]);
                shifts.add(d[0] + "," + d[1]);
                float[] x = aug.tensor(MnistDigits.term(Split.TRAIN, i)).orElseThrow();
                assertEquals(1f, x[(14 + d[1]) * 28 + 14 + d[0]], "the centre pixel moved by the shift");
                if (d[0] != 0 || d[1] != 0) {
                    assertEquals(-1f, x[14 * 28 + 14], "the centre is background (zero padding, centred) once moved");
                }
                assertArrayEquals(x, aug.tensor(MnistDigits.term(Split.TRAIN, i)).orElseThrow(), "deterministic");
            }
        }
        assertTrue(shifts.size() > 15, "shifts drawn: " + shifts);
        aug.setEpoch(1);
        int[] first = aug.shiftOf(7);
        assertArrayEquals(first, new AugmentedTensors(data, Augmentation.SHIFT2, 1).shiftOf(7), "same seed, same shift");
        int moved = 0;
        for (int i = 0; i < data.size(Split.TRAIN); i++) {
            aug.setEpoch(1);
            int[] a = aug.shiftOf(i);
            aug.setEpoch(2);
            moved += java.util.Arrays.equals(a, aug.shiftOf(i)) ? 0 : 1;
        }
        assertNotEquals(0, moved, "epochs draw fresh shifts");
        assertEquals(Augmentation.SHIFT2, Augmentation.byName("shift2"));
        assertThrows(IllegalArgumentException.class, () -> Augmentation.byName("rotate"));
    }

    private static float sum(float[] x) {
        float s = 0;
        for (float v : x) {
            s += v;
        }
        return s;
    }
}
