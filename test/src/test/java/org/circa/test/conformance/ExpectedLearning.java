package org.circa.test.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The learned program an LFI test program of ProbLog states in its comments (the format of
 * {@code ../shared/problog-tests/expected.py --mode lfi}): either an error name, or one line per
 * learned clause, each split into its text with {@code <P>} in place of every probability and
 * the probabilities ({@code NaN} for {@code <RAND>}, "any value"). Immutable.
 */
public record ExpectedLearning(String error, List<Line> lines) {
    private static final String HEADER = "%Expected outcome:";
    private static final Pattern ANNOTATED = Pattern.compile("^\\s*([^:;]+?)\\s*::\\s*(.*)$");

    /** One learned clause: its text with {@code <P>} for probabilities (whitespace removed), and them. */
    public record Line(String clause, List<Double> probabilities) {
    }

    /** Reads the expectation from a program's lines. */
    public static ExpectedLearning read(List<String> lines) {
        List<Line> out = new ArrayList<>();
        boolean inBlock = false;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.startsWith(HEADER)) {
                inBlock = true;
            } else if (inBlock) {
                if (line.toLowerCase().startsWith("% error: ")) {
                    return new ExpectedLearning(line.substring("% error: ".length()).strip(), List.of());
                }
                if (line.startsWith("% ")) {
                    out.add(split(line.substring(2)));
                } else {
                    inBlock = false;
                }
            }
        }
        return new ExpectedLearning(null, List.copyOf(out));
    }

    /** Splits a printed clause into its text with {@code <P>} placeholders and its probabilities. */
    public static Line split(String text) {
        if (!text.contains("::")) {
            return new Line(text.replaceAll("\\s+", ""), List.of());
        }
        List<String> heads = new ArrayList<>();
        List<Double> probabilities = new ArrayList<>();
        for (String component : text.split(";")) {
            Matcher m = ANNOTATED.matcher(component);
            if (m.matches()) {
                String p = m.group(1).strip();
                probabilities.add(p.equals("<RAND>") ? Double.NaN : Double.parseDouble(p));
                heads.add("<P>::" + m.group(2).strip());
            } else {
                heads.add(component.strip());
            }
        }
        return new Line(String.join(";", heads).replaceAll("\\s+", ""), List.copyOf(probabilities));
    }

    /**
     * Whether a learned probability passes for an expected one as in ProbLog's test_lfi.py: both
     * rounded to 6 decimals and within 1e-5; {@code NaN} (written {@code <RAND>}) matches anything.
     */
    public static boolean close(double expected, double actual) {
        if (Double.isNaN(expected)) {
            return true;
        }
        return Math.abs(round6(expected) - round6(actual)) < 1e-5;
    }

    private static double round6(double v) {
        return Math.round(v * 1e6) / 1e6;
    }
}
