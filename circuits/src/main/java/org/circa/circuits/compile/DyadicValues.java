package org.circa.circuits.compile;

import java.math.BigInteger;

/**
 * Per-node dyadic rationals {@code mantissa / 2^scale} with odd mantissas (or zero), for exact
 * model counting: mantissas below 2^62 live in a {@code long[]}, larger ones in BigIntegers made
 * only when needed, so counting a circuit of tens of millions of nodes takes a few bytes a node.
 * Mutable, not thread-safe.
 */
final class DyadicValues {
    private static final int SMALL_BITS = 62;
    private final long[] small;
    private final int[] scale;
    private BigInteger[] big;

    /** Room for nodes {@code 0..size-1}, all zero. */
    DyadicValues(int size) {
        small = new long[size];
        scale = new int[size];
    }

    /** The scale of node n: its value is {@code mantissa(n) / 2^scale(n)}. */
    int scale(int n) {
        return scale[n];
    }

    /** The mantissa of node n. */
    BigInteger mantissa(int n) {
        return big != null && big[n] != null ? big[n] : BigInteger.valueOf(small[n]);
    }

    /** Sets node n to {@code mantissa / 2^s} (mantissa below 2^62), normalised. */
    void set(int n, long mantissa, int s) {
        int trailing = mantissa == 0 ? s : Math.min(s, Long.numberOfTrailingZeros(mantissa));
        small[n] = mantissa >>> trailing;
        scale[n] = s - trailing;
    }

    /** Sets node n to the product of the given nodes' values. */
    void product(int n, int[] children) {
        long m = 1;
        int s = 0;
        for (int k : children) {
            if (isBig(k) || 64 - Long.numberOfLeadingZeros(m) + 64 - Long.numberOfLeadingZeros(small[k]) > SMALL_BITS) {
                productBig(n, children);
                return;
            }
            m *= small[k];
            s += scale[k];
        }
        set(n, m, s);
    }

    /** Sets node n to the sum of the given nodes' values. */
    void sum(int n, int[] children) {
        int s = 0;
        for (int k : children) {
            s = Math.max(s, scale[k]);
        }
        long m = 0;
        for (int k : children) {
            int shift = s - scale[k];
            if (isBig(k) || 64 - Long.numberOfLeadingZeros(small[k]) + shift >= SMALL_BITS) {
                sumBig(n, children, s);
                return;
            }
            m += small[k] << shift;
            if (m >>> SMALL_BITS != 0) {
                sumBig(n, children, s);
                return;
            }
        }
        set(n, m, s);
    }

    private boolean isBig(int k) {
        return big != null && big[k] != null;
    }

    private void productBig(int n, int[] children) {
        BigInteger m = BigInteger.ONE;
        int s = 0;
        for (int k : children) {
            m = m.multiply(mantissa(k));
            s += scale[k];
        }
        setBig(n, m, s);
    }

    private void sumBig(int n, int[] children, int s) {
        BigInteger m = BigInteger.ZERO;
        for (int k : children) {
            m = m.add(mantissa(k).shiftLeft(s - scale[k]));
        }
        setBig(n, m, s);
    }

    private void setBig(int n, BigInteger m, int s) {
        int trailing = m.signum() == 0 ? s : Math.min(s, m.getLowestSetBit());
        m = m.shiftRight(trailing);
        if (m.bitLength() <= SMALL_BITS) {
            set(n, m.longValueExact(), s - trailing);
            return;
        }
        if (big == null) {
            big = new BigInteger[small.length];
        }
        big[n] = m;
        scale[n] = s - trailing;
    }
}
