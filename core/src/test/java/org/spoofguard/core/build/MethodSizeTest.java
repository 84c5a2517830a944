package org.spoofguard.core.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * No method of core is near the size at which HotSpot stops compiling it. A method of more than 8 000 bytes of
 * bytecode (HugeMethodLimit) is never compiled, and C1 already gave up on the vocabulary scan's single loop at
 * about 7 850 bytes ("out of virtual registers"): long texts then ran interpreted, seconds per mail. Each tuning
 * round adds rules, so the bound is checked on every build: {@link #LIMIT} leaves room for a round or two, and a
 * method that grows past it is split (see {@code Vocabulary.Scan}).
 */
class MethodSizeTest {
    static final int LIMIT = 5_000;

    @Test
    void noMethodOfCoreComesNearHotSpotsHugeMethodLimit() throws IOException, URISyntaxException {
        Path classes = Path.of(org.spoofguard.core.invoice.InvoiceConfig.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI());
        List<String> big = new ArrayList<>();
        int counted = 0;
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class"))::iterator) {
                for (String m : codeLengths(Files.readAllBytes(f))) {
                    counted++;
                    int size = Integer.parseInt(m.substring(0, m.indexOf(' ')));
                    // a class initialiser runs once, interpreted or not: its size costs nothing per mail
                    if (size > LIMIT && !m.endsWith(" <clinit>")) {
                        big.add(classes.relativize(f) + " " + m);
                    }
                }
            }
        }
        assertThat(counted).as("methods read").isGreaterThan(1000);
        assertThat(big).as("methods over " + LIMIT + " bytes of bytecode").isEmpty();
    }

    /** "length name" for every method with code, from a class file (JVMS §4.1, §4.6, §4.7.3). */
    static List<String> codeLengths(byte[] classFile) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
        in.readInt();
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 3, 4 -> in.skipBytes(4);
                case 5, 6 -> {
                    in.skipBytes(8);
                    i++;
                }
                case 7, 8, 16, 19, 20 -> in.skipBytes(2);
                case 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                case 15 -> in.skipBytes(3);
                default -> throw new IOException("constant pool tag " + tag);
            }
        }
        in.skipBytes(6);
        in.skipBytes(2 * in.readUnsignedShort());
        skipMembers(in, utf8, null);
        List<String> out = new ArrayList<>();
        skipMembers(in, utf8, out);
        return out;
    }

    private static void skipMembers(DataInputStream in, String[] utf8, List<String> codeLengths) throws IOException {
        int members = in.readUnsignedShort();
        for (int m = 0; m < members; m++) {
            in.skipBytes(2);
            String name = utf8[in.readUnsignedShort()];
            in.skipBytes(2);
            int attributes = in.readUnsignedShort();
            for (int a = 0; a < attributes; a++) {
                String attribute = utf8[in.readUnsignedShort()];
                int length = in.readInt();
                if (codeLengths != null && attribute.equals("Code")) {
                    in.skipBytes(4);
                    int code = in.readInt();
                    codeLengths.add(code + " " + name);
                    in.skipBytes(length - 8);
                } else {
                    in.skipBytes(length);
                }
            }
        }
    }
}
