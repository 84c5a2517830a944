package org.spoofguard.core.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.poi.hslf.usermodel.HSLFSlide;
import org.apache.poi.hslf.usermodel.HSLFSlideShow;
import org.apache.poi.hslf.usermodel.HSLFTextBox;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.sl.extractor.SlideShowExtractor;
import org.junit.jupiter.api.Test;

/**
 * {@link PptText} on a presentation written by LibreOffice 7.4 (test resource {@code invoice/office/kontoskift.ppt},
 * from the flat ODF beside it) and on presentations written by Apache POI's PowerPoint writer (HSLF), whose
 * extractor is the second implementation the text is compared with; and on record streams built by hand into the
 * shapes a forger or a damaged file gives.
 */
class PptTextTest {
    static PptText.Result read(byte[] ppt, int max) {
        return assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            try {
                return PptText.read(Cfb.open(new RandomAccessReadBuffer(ppt)), max, () -> false);
            } catch (Cfb.Broken e) {
                throw new AssertionError(e);
            }
        });
    }

    private static String poi(byte[] ppt) throws IOException {
        try (HSLFSlideShow show = new HSLFSlideShow(new ByteArrayInputStream(ppt));
             SlideShowExtractor<?, ?> x = new SlideShowExtractor<>(show)) {
            return x.getText();
        }
    }

    /**
     * Every line POI's extractor gives stands in ours, whitespace aside: POI makes a line break (VT) a space where
     * ours, like {@link DocText}, starts a line.
     */
    private static void sameLines(String ours, String poi) {
        String flat = " " + ours.replaceAll("\\s+", " ") + " ";
        assertThat(Arrays.stream(poi.split("\n")).map(l -> l.replaceAll("\\s+", " ").strip())
                .filter(l -> !l.isEmpty())).isNotEmpty().allSatisfy(l -> assertThat(flat).contains(" " + l + " "));
    }

    @Test
    void aLibreOfficePresentationReadsAsPoiReadsIt() throws IOException {
        byte[] ppt = DocTextTest.resource("kontoskift.ppt");
        PptText.Result r = read(ppt, 100_000);
        assertThat(r.text().broken()).isNull();
        assertThat(r.text().encrypted()).isFalse();
        assertThat(r.macros()).isFalse();
        sameLines(r.text().text(), poi(ppt));
        assertThat(r.text().text()).contains("Reg.nr. 9570 Kontonr. 0012345678\nIBAN DK95 2000 0123 4567 89")
                .contains("Bøgh & Søn ApS → Økonomi").contains("Faktura 2036-118: 12.400,50 kr.");
    }

    private static byte[] poiShow(String... slides) throws IOException {
        try (HSLFSlideShow show = new HSLFSlideShow(); ByteArrayOutputStream b = new ByteArrayOutputStream()) {
            for (String text : slides) {
                HSLFSlide s = show.createSlide();
                HSLFTextBox box = s.createTextBox();
                box.setText(text);
                box.setAnchor(new java.awt.Rectangle(50, 50, 500, 300));
            }
            show.write(b);
            return b.toByteArray();
        }
    }

    @Test
    void aPoiPresentationReadsAsPoiReadsItAndItsTextIsCutAtTheLimit() throws IOException {
        byte[] ppt = poiShow("Ny bankforbindelse", "Fremover bedes alle betalinger indsat på\nreg. 5301 konto 0244123456");
        PptText.Result r = read(ppt, 100_000);
        assertThat(r.text().broken()).isNull();
        sameLines(r.text().text(), poi(ppt));
        assertThat(read(ppt, 10).text().text()).hasSize(10);
        assertThat(read(ppt, 0).text().text()).isEmpty();
    }

    @Test
    void anEncryptedPresentationIsSaidToBeEncrypted() throws IOException {
        byte[] plain = poiShow("reg. 5301 konto 0244123456");
        byte[] sealed;
        Biff8EncryptionKey.setCurrentUserPassword("hemmelig");
        try (HSLFSlideShow show = new HSLFSlideShow(new ByteArrayInputStream(plain));
             ByteArrayOutputStream b = new ByteArrayOutputStream()) {
            show.write(b);
            sealed = b.toByteArray();
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        PptText.Result r = read(sealed, 100_000);
        assertThat(r.text().encrypted()).isTrue();
        assertThat(r.text().text()).doesNotContain("0244123456");
    }

    // ------------------------------------------------------------------ hand-built record streams

    static byte[] record(int verInstance, int type, byte[] body) {
        return ByteBuffer.allocate(8 + body.length).order(ByteOrder.LITTLE_ENDIAN).putShort((short) verInstance)
                .putShort((short) type).putInt(body.length).put(body).array();
    }

    static byte[] container(int type, byte[]... children) {
        return record(0x0F, type, concat(children));
    }

    private static byte[] textChars(String s) {
        return record(0, 0x0FA0, s.getBytes(StandardCharsets.UTF_16LE));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            b.writeBytes(p);
        }
        return b.toByteArray();
    }

    private static byte[] ints(long... v) {
        ByteBuffer b = ByteBuffer.allocate(4 * v.length).order(ByteOrder.LITTLE_ENDIAN);
        for (long x : v) {
            b.putInt((int) x);
        }
        return b.array();
    }

    /** A UserEditAtom (§2.3.3): the edit before it, its persist directory, the document's persist id. */
    private static byte[] userEdit(long lastEdit, long directory) {
        return record(0, 0x0FF5, ints(0, 0x03000000L | 0x0000, lastEdit, directory, 1, 2, 1));
    }

    private static byte[] currentUser(long edit, long token) {
        return record(0, 0x0FF6, ints(0x14, token, edit, 0, 0x03F4));
    }

    /** A compound file holding these two streams (written by POI's POIFS). */
    private static byte[] cfb(byte[] document, byte[] user) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream b = new ByteArrayOutputStream()) {
            fs.createDocument(new ByteArrayInputStream(document), PptText.STREAM);
            if (user != null) {
                fs.createDocument(new ByteArrayInputStream(user), "Current User");
            }
            fs.writeFilesystem(b);
            return b.toByteArray();
        }
    }

    /** {@code objects} laid out from offset 0, one persist object each, then a directory and one edit. */
    static byte[] presentation(byte[]... objects) throws IOException {
        byte[] body = concat(objects);
        long[] dir = new long[1 + objects.length];
        dir[0] = 1L | (long) objects.length << 20;
        long at = 0;
        for (int i = 0; i < objects.length; i++) {
            dir[i + 1] = at;
            at += objects[i].length;
        }
        byte[] directory = record(0, 0x1772, ints(dir));
        long edit = body.length + directory.length;
        return cfb(concat(body, directory, userEdit(0, body.length)), currentUser(edit, 0xE391C05FL));
    }

    private static final byte[] SLIDE = container(0x03EE, container(0x040C, container(0xF002,
            container(0xF00D, textChars("Fremover bedes alle betalinger indsat på\rreg. 5301 konto 0244123456")))));

    @Test
    void textInADrawingsTextBoxAndInTheSlideListIsRead() throws IOException {
        byte[] doc = container(0x03E8, container(0x0FF0, textChars("Ny bankforbindelse"),
                record(0, 0x0FA8, "Venlig hilsen Bøgh".getBytes(StandardCharsets.ISO_8859_1))));
        PptText.Result r = read(presentation(doc, SLIDE), 1000);
        assertThat(r.text().broken()).isNull();
        assertThat(r.text().text()).isEqualTo("Ny bankforbindelse\nVenlig hilsen Bøgh\n"
                + "Fremover bedes alle betalinger indsat på\nreg. 5301 konto 0244123456\n");
        assertThat(r.macros()).isFalse();
    }

    /**
     * A forger wraps the live slide in a record a front-to-back reader skips (an atom of no text type); PowerPoint
     * follows the persist directory into it, and so does the reader.
     */
    @Test
    void aSlideHiddenInsideAnotherRecordIsFoundThroughThePersistDirectory() throws IOException {
        byte[] wrapper = record(0, 0x1388, SLIDE);
        byte[] doc = container(0x03E8);
        byte[] body = concat(doc, wrapper);
        long slideAt = doc.length + 8;
        byte[] directory = record(0, 0x1772, ints(1L | 2L << 20, 0, slideAt));
        byte[] ppt = cfb(concat(body, directory, userEdit(0, body.length)),
                currentUser(body.length + directory.length, 0xE391C05FL));
        PptText.Result r = read(ppt, 1000);
        assertThat(r.text().broken()).isNull();
        assertThat(r.text().text()).contains("reg. 5301 konto 0244123456");
    }

    @Test
    void anOlderEditsObjectsAreReadUnlessANewerEditMovedThem() throws IOException {
        byte[] old = container(0x03EE, textChars("gammel tekst"));
        byte[] fresh = container(0x03EE, textChars("reg. 5301 konto 0244123456"));
        byte[] other = container(0x03EE, textChars("side to"));
        // edit 1: object 1 = old, object 2 = other; edit 2: object 1 = fresh
        byte[] dir1 = record(0, 0x1772, ints(1L | 2L << 20, 0, old.length));
        long dir1At = old.length + other.length;
        byte[] edit1 = userEdit(0, dir1At);
        long edit1At = dir1At + dir1.length;
        long freshAt = edit1At + edit1.length;
        byte[] dir2 = record(0, 0x1772, ints(1L | 1L << 20, freshAt));
        long dir2At = freshAt + fresh.length;
        byte[] edit2 = userEdit(edit1At, dir2At);
        long edit2At = dir2At + dir2.length;
        byte[] ppt = cfb(concat(old, other, dir1, edit1, fresh, dir2, edit2), currentUser(edit2At, 0xE391C05FL));
        PptText.Result r = read(ppt, 1000);
        assertThat(r.text().broken()).isNull();
        assertThat(r.text().text()).isEqualTo("side to\nreg. 5301 konto 0244123456\n");
    }

    @Test
    void aVbaProjectIsSeenThoughItsStorageIsCompressed() throws IOException {
        byte[] vba = container(0x13FF, record(2, 0x0400, ints(2, 1, 2)));
        byte[] doc = container(0x03E8, container(0x0FF0, textChars("Faktura")), vba);
        PptText.Result r = read(presentation(doc), 1000);
        assertThat(r.macros()).isTrue();
        assertThat(r.text().text()).isEqualTo("Faktura\n");
        // as LibreOffice writes it into every presentation: no project
        byte[] empty = container(0x13FF, record(2, 0x0400, ints(0, 0, 1)));
        assertThat(read(presentation(container(0x03E8, empty)), 1000).macros()).isFalse();
    }

    @Test
    void anEncryptedTokenIsEncryptedAndNothingIsRead() throws IOException {
        byte[] ppt = cfb(concat(SLIDE, record(0, 0x1772, ints(1L | 1L << 20, 0)), userEdit(0, SLIDE.length)),
                currentUser(SLIDE.length + 16, 0xF3D1C4DFL));
        PptText.Result r = read(ppt, 1000);
        assertThat(r.text().encrypted()).isTrue();
        assertThat(r.text().text()).isEmpty();
    }

    // ------------------------------------------------------------------ damaged and hostile

    @Test
    void withoutAWayInTheTextIsReadFrontToBackAndThePresentationIsBroken() throws IOException {
        byte[] body = concat(container(0x03E8), SLIDE);
        PptText.Result none = read(cfb(body, null), 1000);
        assertThat(none.text().broken()).isEqualTo("no Current User stream");
        assertThat(none.text().text()).contains("reg. 5301 konto 0244123456");
        PptText.Result nowhere = read(cfb(body, currentUser(1_000_000, 0xE391C05FL)), 1000);
        assertThat(nowhere.text().broken()).startsWith("no UserEditAtom");
        assertThat(nowhere.text().text()).contains("reg. 5301 konto 0244123456");
    }

    @Test
    void anEditChainThatLoopsEnds() throws IOException {
        byte[] directory = record(0, 0x1772, ints(1L | 1L << 20, 0));
        long dirAt = SLIDE.length;
        long editAt = dirAt + directory.length;
        byte[] ppt = cfb(concat(SLIDE, directory, userEdit(editAt, dirAt)), currentUser(editAt, 0xE391C05FL));
        PptText.Result r = read(ppt, 1000);
        assertThat(r.text().broken()).isEqualTo("an edit chain that loops");
        assertThat(r.text().text()).contains("reg. 5301 konto 0244123456");
    }

    @Test
    void recordsThatOverrunTheirContainerOrNestTooDeepAreBroken() throws IOException {
        byte[] overrun = SLIDE.clone();
        ByteBuffer.wrap(overrun).order(ByteOrder.LITTLE_ENDIAN).putInt(8 + 8 + 8 + 4, 1 << 20);
        assertThat(read(presentation(overrun), 1000).text().broken()).contains("runs past its container");
        byte[] deep = textChars("bund");
        for (int i = 0; i < PptText.MAX_DEPTH + 1; i++) {
            deep = container(0x03EE, deep);
        }
        assertThat(read(presentation(deep), 1000).text().broken()).contains("nested deeper than");
    }

    /** An offset of 0 for the current edit is no edit: nothing found that way, the stream read front to back. */
    @Test
    void aCurrentEditAtOffsetZeroOrADocumentOutsideTheDirectoryIsBroken() throws IOException {
        byte[] edit = userEdit(0, 0);
        byte[] atZero = cfb(concat(edit, record(0, 0x1772, ints(1L | 1L << 20, 0)), SLIDE), currentUser(0, 0xE391C05FL));
        PptText.Result r = read(atZero, 1000);
        assertThat(r.text().broken()).isEqualTo("no current edit");
        assertThat(r.text().text()).contains("reg. 5301 konto 0244123456");
        // the newest edit names persist object 1 as the document; the directory lists only 2
        byte[] directory = record(0, 0x1772, ints(2L | 1L << 20, 0));
        byte[] ppt = cfb(concat(SLIDE, directory, userEdit(0, SLIDE.length)),
                currentUser(SLIDE.length + directory.length, 0xE391C05FL));
        assertThat(read(ppt, 1000).text().broken()).isEqualTo("the document is not in the persist directory");
    }

    /**
     * A record whose version lies about being a container: a text box marked as an atom, a text atom marked as a
     * container. A reader going by the type (POI) shows the text; so does this one, and says the file is odd.
     */
    @Test
    void aRecordWhoseVersionContradictsItsTypeIsReadByItsTypeAndReported() throws IOException {
        byte[] hidden = container(0x03EE, container(0x040C, container(0xF002,
                record(0x00, 0xF00D, textChars("reg. 5301 konto 0244123456")))));
        PptText.Result r = read(presentation(hidden), 1000);
        assertThat(r.text().text()).contains("reg. 5301 konto 0244123456");
        assertThat(r.text().broken()).contains("0xf00d").contains("marked as an atom");
        byte[] chars = "\u0000\u1234\u0008\u0000reg. 5301 konto 0244123456".getBytes(StandardCharsets.UTF_16LE);
        PptText.Result c = read(presentation(container(0x03EE, record(0x0F, 0x0FA0, chars))), 1000);
        assertThat(c.text().text()).contains("reg. 5301 konto 0244123456");
        assertThat(c.text().broken()).contains("0xfa0").contains("marked as a container");
    }

    /** The footer PowerPoint prints on every slide is a CString in the HeadersFooters container. */
    @Test
    void aFooterOnEverySlideIsRead() throws IOException {
        byte[] footer = container(0x0FD9, record(0, 0x0FDA, new byte[4]),
                record(0x20, 0x0FBA, "Betal til reg. 5301 konto 0244123456".getBytes(StandardCharsets.UTF_16LE)));
        PptText.Result r = read(presentation(container(0x03E8, footer)), 1000);
        assertThat(r.text().broken()).isNull();
        assertThat(r.text().text()).isEqualTo("Betal til reg. 5301 konto 0244123456\n");
    }

    /** Past the text limit the walk goes on: a VBA project after a long slide is still seen. */
    @Test
    void aVbaProjectPastTheTextLimitIsStillSeen() throws IOException {
        byte[] vba = container(0x13FF, record(2, 0x0400, ints(2, 1, 2)));
        byte[] doc = container(0x03E8, container(0x0FF0, textChars("x".repeat(500))), vba);
        PptText.Result r = read(presentation(doc), 40);
        assertThat(r.macros()).isTrue();
        assertThat(r.text().text()).hasSize(40);
        assertThat(read(presentation(doc), 0).macros()).isTrue();
    }

    /** An EncryptedSummary stream without the Current User token's word for it encrypts nothing. */
    @Test
    void anEncryptedSummaryStreamAloneIsNoEncryption() throws IOException {
        byte[] plain = presentation(SLIDE);
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(plain));
             ByteArrayOutputStream b = new ByteArrayOutputStream()) {
            fs.createDocument(new ByteArrayInputStream(new byte[64]), "EncryptedSummary");
            fs.writeFilesystem(b);
            PptText.Result r = read(b.toByteArray(), 1000);
            assertThat(r.text().encrypted()).isFalse();
            assertThat(r.text().text()).contains("reg. 5301 konto 0244123456");
        }
    }

    /** A version 4 compound file whose stream claims a size with its top bit set: read as far as its chain goes. */
    @Test
    void aStreamSizeWithItsTopBitSetThrowsNothing() {
        PptText.Result r = read(DocTextTest.resource("negative-size-v4.ppt"), 1000);
        assertThat(r.text().encrypted()).isFalse();
    }

    /** Sixty thousand persist objects, all at one of two places in one big object: each place walked once. */
    @Test
    void persistObjectsAtOnePlaceAreWalkedOnce() throws IOException {
        byte[] body = container(0x03EE, textChars("x".repeat(100_000)));
        ByteArrayOutputStream entries = new ByteArrayOutputStream();
        // 4095 objects per entry (cPersist is 12 bits), each at one of big's first bytes
        for (int id = 1, left = 60_000; left > 0; ) {
            int n = Math.min(4095, left);
            long[] e = new long[1 + n];
            e[0] = id | (long) n << 20;
            for (int k = 0; k < n; k++) {
                e[1 + k] = (id + k) % 2 == 0 ? 0 : 8;
            }
            entries.writeBytes(ints(e));
            id += n;
            left -= n;
        }
        byte[] directory = record(0, 0x1772, entries.toByteArray());
        byte[] ppt = cfb(concat(body, directory, userEdit(0, body.length)),
                currentUser(body.length + directory.length, 0xE391C05FL));
        PptText.Result r = read(ppt, 1_000_000);
        assertThat(r.text().text().length()).isLessThan(2 * 100_001 + 10);
    }
}
