package org.circa.circuits.compile;

import java.util.Arrays;

/**
 * A compact, canonical byte encoding of a {@link Component} used as cache key: each sorted id
 * list is written either as variable-length deltas or as a bitmap over its range, whichever is
 * shorter. Immutable and thread-safe.
 */
final class ComponentKey {
    private final byte[] bytes;
    private final int hash;

    private ComponentKey(byte[] bytes) {
        this.bytes = bytes;
        this.hash = Arrays.hashCode(bytes);
    }

    /** The key of a component. */
    static ComponentKey of(Component component) {
        Encoder out = new Encoder(8 + component.vars().length + component.clauses().length);
        out.writeSortedIds(component.vars());
        out.writeSortedIds(component.clauses());
        return new ComponentKey(out.toBytes());
    }

    /** Bytes held by this key, for memory accounting. */
    int sizeInBytes() {
        return bytes.length + 48;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ComponentKey k && k.hash == hash && Arrays.equals(k.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return hash;
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

        byte[] toBytes() {
            return Arrays.copyOf(buf, size);
        }
    }
}
