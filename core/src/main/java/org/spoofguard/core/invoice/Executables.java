package org.spoofguard.core.invoice;

/**
 * What a file's first bytes say about it being a program, whatever it is called: an executable renamed
 * "faktura.pdf" or "scan.jpg" is one click (or one rename) from running. Only the bytes already read are looked at.
 */
final class Executables {
    private Executables() {
    }

    /** "Windows executable", "ELF executable", "Mach-O executable", or null. */
    static String kind(byte[] head) {
        if (head == null || head.length < 4) {
            return head != null && head.length >= 2 && head[0] == 'M' && head[1] == 'Z' ? "Windows executable" : null;
        }
        if (head[0] == 'M' && head[1] == 'Z') {
            // PE/COFF §3: the DOS header's e_lfanew (offset 0x3C) leads to "PE\0\0". Where that lies within the
            // bytes read it decides (a text that happens to start with "MZ" is no program); where it does not,
            // "MZ" decides, as it always did (fail closed)
            if (head.length < 0x40) {
                return "Windows executable";
            }
            long at = u32le(head, 0x3c);
            if (at + 4 > head.length) {
                return "Windows executable";
            }
            int p = (int) at;
            return head[p] == 'P' && head[p + 1] == 'E' && head[p + 2] == 0 && head[p + 3] == 0
                    ? "Windows executable" : null;
        }
        long magic = u32be(head, 0);
        if (magic == 0x7f454c46L) {
            return "ELF executable";
        }
        if (magic == 0xfeedfaceL || magic == 0xfeedfacfL || magic == 0xcefaedfeL || magic == 0xcffaedfeL) {
            return "Mach-O executable";
        }
        if ((magic == 0xcafebabeL || magic == 0xcafebabfL) && head.length >= 8) {
            // a universal binary counts its architectures here (a handful); a Java class file, with the same magic,
            // has its version (45 and up) in these bytes (file(1) tells them apart so)
            long count = u32be(head, 4);
            return count > 0 && count < 20 ? "Mach-O executable" : null;
        }
        return null;
    }

    private static long u32le(byte[] b, int off) {
        return (b[off] & 0xffL) | (b[off + 1] & 0xffL) << 8 | (b[off + 2] & 0xffL) << 16 | (b[off + 3] & 0xffL) << 24;
    }

    private static long u32be(byte[] b, int off) {
        return (b[off] & 0xffL) << 24 | (b[off + 1] & 0xffL) << 16 | (b[off + 2] & 0xffL) << 8 | (b[off + 3] & 0xffL);
    }
}
