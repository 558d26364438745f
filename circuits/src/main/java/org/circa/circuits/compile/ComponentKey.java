package org.circa.circuits.compile;

import java.util.Arrays;

/**
 * Compact, canonical byte encodings of a {@link Component}, used as cache keys: each sorted id
 * list is written either as variable-length deltas or as a bitmap over its range, whichever is
 * shorter. An instance is a reusable encoding buffer: mutable, not thread-safe.
 */
final class ComponentKey {
    private final Encoder out = new Encoder(256);

    /** Encodes a component's variables and clause ids into {@link #buffer()}; returns the length. */
    int encode(Component component) {
        out.size = 0;
        out.writeSortedIds(component.vars());
        out.writeSortedIds(component.clauses());
        return out.size;
    }

    /** The buffer holding the last encoding (valid until the next call). */
    byte[] buffer() {
        return out.buf;
    }

    /** A growable byte buffer with the two list encodings. */
    private static final class Encoder {
        private byte[] buf;
        private int size;

        Encoder(int capacity) {
            buf = new byte[capacity];
        }

        void writeSortedIds(int[] ids) {
            writeVarint(ids.length);
            if (ids.length == 0) {
                return;
            }
            int first = ids[0];
            int range = ids[ids.length - 1] - first + 1;
            int bitmapBytes = (range + 7) >>> 3;
            writeVarint(first);
            if (bitmapBytes <= varintDeltaBytes(ids)) {
                writeByte(1);
                ensure(bitmapBytes);
                Arrays.fill(buf, size, size + bitmapBytes, (byte) 0);
                for (int id : ids) {
                    int bit = id - first;
                    buf[size + (bit >>> 3)] |= (byte) (1 << (bit & 7));
                }
                size += bitmapBytes;
            } else {
                writeByte(0);
                for (int i = 1; i < ids.length; i++) {
                    writeVarint(ids[i] - ids[i - 1]);
                }
            }
        }

        private static int varintDeltaBytes(int[] ids) {
            int total = 0;
            for (int i = 1; i < ids.length; i++) {
                int d = ids[i] - ids[i - 1];
                total += d < 1 << 7 ? 1 : d < 1 << 14 ? 2 : d < 1 << 21 ? 3 : 5;
            }
            return total;
        }

        private void writeVarint(int v) {
            while ((v & ~0x7F) != 0) {
                writeByte((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            writeByte(v);
        }

        private void writeByte(int b) {
            ensure(1);
            buf[size++] = (byte) b;
        }

        private void ensure(int extra) {
            if (size + extra > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + extra));
            }
        }

    }
}
