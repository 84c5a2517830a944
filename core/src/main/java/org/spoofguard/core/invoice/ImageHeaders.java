package org.spoofguard.core.invoice;

/**
 * Image type and pixel size from the first bytes of a file, never from its pixels: a 20 000 x 20 000 image
 * ("decompression bomb" for image libraries) costs us nothing. PNG (IHDR), GIF (logical screen), JPEG (SOFn
 * marker within the bytes given), TIFF by signature only.
 */
final class ImageHeaders {
    private ImageHeaders() {
    }

    static boolean isImage(byte[] h) {
        return kind(h) != null;
    }

    static String kind(byte[] h) {
        if (h.length >= 8 && (h[0] & 0xff) == 0x89 && h[1] == 'P' && h[2] == 'N' && h[3] == 'G') {
            return "PNG";
        }
        if (h.length >= 3 && (h[0] & 0xff) == 0xff && (h[1] & 0xff) == 0xd8 && (h[2] & 0xff) == 0xff) {
            return "JPEG";
        }
        if (h.length >= 6 && h[0] == 'G' && h[1] == 'I' && h[2] == 'F' && h[3] == '8') {
            return "GIF";
        }
        if (h.length >= 4 && ((h[0] == 'I' && h[1] == 'I' && h[2] == 42 && h[3] == 0)
                || (h[0] == 'M' && h[1] == 'M' && h[2] == 0 && h[3] == 42))) {
            return "TIFF";
        }
        return null;
    }

    /** "PNG 20000x20000" or just the kind when the size is not in the header bytes given. */
    static String describe(byte[] h) {
        String k = kind(h);
        if (k == null) {
            return "image";
        }
        long[] d = dimensions(h);
        return d == null ? k : k + " " + d[0] + "x" + d[1];
    }

    /** {width, height} or null. */
    static long[] dimensions(byte[] h) {
        String k = kind(h);
        if ("PNG".equals(k) && h.length >= 24) {
            return new long[] {be32(h, 16), be32(h, 20)};
        }
        if ("GIF".equals(k) && h.length >= 10) {
            return new long[] {(h[6] & 0xff) | (h[7] & 0xff) << 8, (h[8] & 0xff) | (h[9] & 0xff) << 8};
        }
        if ("JPEG".equals(k)) {
            int i = 2;
            // markers: FF xx, then a 2-byte length; SOF0..SOF15 except DHT (C4), JPG (C8), DAC (CC)
            while (i + 9 < h.length) {
                if ((h[i] & 0xff) != 0xff) {
                    return null;
                }
                int m = h[i + 1] & 0xff;
                if (m == 0xff) {
                    i++;
                    continue;
                }
                int len = (h[i + 2] & 0xff) << 8 | (h[i + 3] & 0xff);
                if (m >= 0xc0 && m <= 0xcf && m != 0xc4 && m != 0xc8 && m != 0xcc) {
                    long height = (h[i + 5] & 0xff) << 8 | (h[i + 6] & 0xff);
                    long width = (h[i + 7] & 0xff) << 8 | (h[i + 8] & 0xff);
                    return new long[] {width, height};
                }
                if (len < 2) {
                    return null;
                }
                i += 2 + len;
            }
        }
        return null;
    }

    private static long be32(byte[] b, int off) {
        return (b[off] & 0xffL) << 24 | (b[off + 1] & 0xffL) << 16 | (b[off + 2] & 0xffL) << 8 | (b[off + 3] & 0xffL);
    }
}
