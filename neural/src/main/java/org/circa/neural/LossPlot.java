package org.circa.neural;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToDoubleFunction;
import javax.imageio.ImageIO;

/** Draws loss and accuracy per epoch side by side into a PNG with Java 2D (headless). Stateless. */
public final class LossPlot {
    private static final int PANEL_W = 420;
    private static final int H = 320;
    private static final int MARGIN = 50;

    private LossPlot() {
    }

    /** Writes the plot of {@code history} to {@code file}. */
    public static void write(List<EpochStats> history, String title, Path file) throws IOException {
        System.setProperty("java.awt.headless", "true");
        BufferedImage img = new BufferedImage(2 * PANEL_W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        panel(g, 0, history, EpochStats::loss, title + ": loss per example", new Color(200, 60, 40), false);
        panel(g, PANEL_W, history, EpochStats::accuracy, title + ": test accuracy", new Color(40, 90, 200), true);
        g.dispose();
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        ImageIO.write(img, "png", file.toFile());
    }

    private static void panel(Graphics2D g, int x0, List<EpochStats> history, ToDoubleFunction<EpochStats> value,
            String label, Color colour, boolean unitRange) {
        int left = x0 + MARGIN;
        int right = x0 + PANEL_W - 20;
        int top = 30;
        int bottom = H - 40;
        double lo = unitRange ? 0 : Double.POSITIVE_INFINITY;
        double hi = unitRange ? 1 : Double.NEGATIVE_INFINITY;
        for (EpochStats s : history) {
            double v = value.applyAsDouble(s);
            if (!unitRange && Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (!(hi > lo)) {
            lo = Double.isFinite(lo) ? lo - 1 : 0;
            hi = lo + 2;
        }
        lo = unitRange ? lo : Math.max(0, lo - 0.05 * (hi - lo));
        g.setColor(Color.BLACK);
        g.drawString(label, left, 18);
        g.drawLine(left, bottom, right, bottom);
        g.drawLine(left, top, left, bottom);
        for (int t = 0; t <= 4; t++) {
            double v = lo + (hi - lo) * t / 4;
            int y = bottom - (bottom - top) * t / 4;
            g.setColor(new Color(225, 225, 225));
            g.drawLine(left + 1, y, right, y);
            g.setColor(Color.DARK_GRAY);
            g.drawString(String.format("%.3g", v), x0 + 4, y + 4);
        }
        int n = history.size();
        g.setColor(Color.DARK_GRAY);
        for (int i = 0; i < n; i++) {
            int x = n == 1 ? (left + right) / 2 : left + (right - left) * i / (n - 1);
            g.drawString(String.valueOf(history.get(i).epoch()), x - 3, bottom + 15);
        }
        g.drawString("epoch", (left + right) / 2 - 15, bottom + 32);
        g.setColor(colour);
        g.setStroke(new BasicStroke(2f));
        int px = -1;
        int py = -1;
        for (int i = 0; i < n; i++) {
            double v = value.applyAsDouble(history.get(i));
            if (!Double.isFinite(v)) {
                continue;
            }
            int x = n == 1 ? (left + right) / 2 : left + (right - left) * i / (n - 1);
            int y = (int) Math.round(bottom - (bottom - top) * (v - lo) / (hi - lo));
            g.fillOval(x - 3, y - 3, 7, 7);
            if (px >= 0) {
                g.drawLine(px, py, x, y);
            }
            px = x;
            py = y;
        }
    }
}
