package org.circa.neural.mnist;

/** Translation of a square grey-scale image stored row by row, with zero padding. Stateless. */
public final class ImageShift {
    private ImageShift() {
    }

    /**
     * A new image whose pixel (x + dx, y + dy) is the pixel (x, y) of {@code image}
     * ({@code width} pixels per row, x to the right, y downwards); uncovered pixels are 0.
     */
    public static float[] shift(float[] image, int width, int dx, int dy) {
        if (width <= 0 || image.length % width != 0) {
            throw new IllegalArgumentException("an image of " + image.length + " pixels is not " + width + " pixels wide");
        }
        int height = image.length / width;
        float[] out = new float[image.length];
        for (int y = Math.max(0, -dy); y < Math.min(height, height - dy); y++) {
            System.arraycopy(image, y * width + Math.max(0, -dx), out, (y + dy) * width + Math.max(0, dx),
                    Math.max(0, width - Math.abs(dx)));
        }
        return out;
    }
}
