package org.spoofguard.core.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spoofguard.core.invoice.TestFiles.le16;
import static org.spoofguard.core.invoice.TestFiles.le32;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The long file name from an attachment's MAPI property list ([MS-OXTNEF] §2.1.3.4), past what comes before it. */
class TnefTest {
    private static void variable(ByteArrayOutputStream o, byte[] value) {
        le32(o, value.length);
        o.writeBytes(value);
        o.writeBytes(new byte[(4 - value.length % 4) % 4]);
    }

    @Test
    void theLongFileNameIsFoundAfterNamedMultiValuedAndFixedProperties() {
        ByteArrayOutputStream p = new ByteArrayOutputStream();
        le32(p, 6);
        // a PtypNull: a tag and no value
        le16(p, 0x0001);
        le16(p, 0x0E1B);
        // a named property (id >= 0x8000) with a string name: GUID, kind 1, the name's size and bytes
        le16(p, 0x0003);
        le16(p, 0x8005);
        p.writeBytes(new byte[16]);
        le32(p, 1);
        variable(p, "Keywords\0".getBytes(StandardCharsets.UTF_16LE));
        le32(p, 7);
        // a multi-valued string: count, then each value with its size
        le16(p, 0x101F);
        le16(p, 0x0E2B);
        le32(p, 2);
        variable(p, "a\0".getBytes(StandardCharsets.UTF_16LE));
        variable(p, "bcd\0".getBytes(StandardCharsets.UTF_16LE));
        // a time and a binary
        le16(p, 0x0040);
        le16(p, 0x3007);
        p.writeBytes(new byte[8]);
        le16(p, 0x0102);
        le16(p, 0x3709);
        le32(p, 1);
        variable(p, new byte[] {1, 2, 3, 4, 5});
        le16(p, 0x001E);
        le16(p, 0x3707);
        le32(p, 1);
        variable(p, "Faktura 2211 \u00e6ndret konto.pdf\0".getBytes(java.nio.charset.Charset.forName("windows-1252")));
        assertThat(Tnef.longFilename(p.toByteArray())).isEqualTo("Faktura 2211 \u00e6ndret konto.pdf");

        // an unknown type: the rest cannot be walked, so no name rather than a wrong one
        ByteArrayOutputStream unknown = new ByteArrayOutputStream();
        le32(unknown, 2);
        le16(unknown, 0x00FB);
        le16(unknown, 0x1234);
        le16(unknown, 0x001E);
        le16(unknown, 0x3707);
        le32(unknown, 1);
        variable(unknown, "x.pdf\0".getBytes(StandardCharsets.US_ASCII));
        assertThat(Tnef.longFilename(unknown.toByteArray())).isNull();
        // sizes that point past the end
        assertThat(Tnef.longFilename(new byte[] {1, 0, 0, 0, 0x1E, 0, 0x07, 0x37, 1, 0, 0, 0, -1, -1, -1, 0x7f})).isNull();
    }

    @Test
    void multiValuedNullsClaimingFourBillionValuesEachCostNothing() {
        // twenty times twelve bytes: tag PtypMultipleNull (0x1001), 0xFFFFFFFF values of no size; then the name.
        // The walk took 3.5 s per such property before (four billion empty steps, outside any time check).
        ByteArrayOutputStream p = new ByteArrayOutputStream();
        le32(p, 21);
        for (int i = 0; i < 20; i++) {
            le16(p, 0x1001);
            le16(p, 0x1234);
            le32(p, -1);
        }
        le16(p, 0x001E);
        le16(p, 0x3707);
        le32(p, 1);
        variable(p, "Faktura.pdf\0".getBytes(StandardCharsets.US_ASCII));
        // a hang guard, not a speed test: seventy seconds before, microseconds now
        String name = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> Tnef.longFilename(p.toByteArray()));
        assertThat(name).isEqualTo("Faktura.pdf");
    }

    @Test
    void aNameThatComesBeforeTheDataIsHandedOverWithIt() throws java.io.IOException {
        // the property list first, then the data (Outlook writes the title first and the list last; others do not)
        ByteArrayOutputStream props = new ByteArrayOutputStream();
        le32(props, 1);
        le16(props, 0x001E);
        le16(props, 0x3707);
        le32(props, 1);
        variable(props, "Faktura 7.pdf\0".getBytes(StandardCharsets.US_ASCII));
        ByteArrayOutputStream w = new ByteArrayOutputStream();
        le32(w, Tnef.SIGNATURE);
        le16(w, 0);
        TestFiles.tnefAttribute(w, 0x02, 0x00069002, new byte[14]);
        TestFiles.tnefAttribute(w, 0x02, 0x00069001, "F7.PDF\0".getBytes(StandardCharsets.US_ASCII));
        TestFiles.tnefAttribute(w, 0x02, 0x00069005, props.toByteArray());
        TestFiles.tnefAttribute(w, 0x02, 0x0006800F, "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));
        java.util.List<String> seen = new java.util.ArrayList<>();
        ItemVisitor.Result r = Tnef.read(new java.io.ByteArrayInputStream(w.toByteArray()), 10, new ItemVisitor() {
            @Override
            public void body(String mime, String charset, java.io.InputStream text) {
            }

            @Override
            public void data(String name, java.io.InputStream content) throws java.io.IOException {
                seen.add("data " + name + " " + new String(content.readAllBytes(), StandardCharsets.US_ASCII));
            }

            @Override
            public void name(String name) {
                seen.add("name " + name);
            }

            @Override
            public boolean stop() {
                return false;
            }
        });
        assertThat(seen).containsExactly("data Faktura 7.pdf %PDF-1.4", "name Faktura 7.pdf");
        assertThat(r).isEqualTo(new ItemVisitor.Result(1, null, null));
    }
}
