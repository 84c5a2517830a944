package org.spoofguard.core.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Uudecode's "begin" line as MimeScan uses its name: a file name, or none. */
class TransferDecodingTest {

    private static String nameOf(String block) throws IOException {
        TransferDecoding.Uu uu = new TransferDecoding.Uu(new ByteArrayInputStream(
                block.getBytes(StandardCharsets.ISO_8859_1)), false);
        uu.readAllBytes();
        return uu.name();
    }

    @ParameterizedTest(name = "begin line name {0}")
    // a NUL, a TAB, a UTF-8 ideographic space (read as the raw bytes of a mail): no name a clerk sees
    @ValueSource(strings = {"\u0000", "\t", "\u0000 \u0001", "\u00e3\u0080\u0080"})
    void aBeginLineWhoseNameShowsAsNothingNamesNoFile(String name) throws IOException {
        // found by TransferDecodingFuzzTest#decode ("begin 600 " and a NUL): the name came out as "", and MimeScan
        // then examined an attachment called "" instead of "uuencoded file in ..."
        assertThat(nameOf("begin 600 " + name + "\n#0V%T\n`\nend\n")).isNull();
    }

    @Test
    void aBeginLineNamesItsFile() throws IOException {
        assertThat(nameOf("begin 644 faktura 5521.pdf \n#0V%T\n`\nend\n")).isEqualTo("faktura 5521.pdf");
        assertThat(nameOf("begin 644 faktura_\u00c3\u00a6.pdf\n#0V%T\n`\nend\n")).isEqualTo("faktura_\u00e6.pdf");
    }
}
