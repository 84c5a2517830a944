package org.spoofguard.core.invoice;

import org.spoofguard.core.CpuClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.IDN;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.spoofguard.core.verdict.SenderVerdict;

/** Issue 11, item 4 and "Bad input": the evasions fraudsters use, and hostile files, bounded and decided. */
class InvoiceEvasionTest {
    private static final InvoiceConfig CFG = TestFiles.unhurried(InvoiceConfig.parse(Map.of("domains.suppliers",
            "danfoss.dk", "domains.own", "kommune.dk", "names.protected", "Aarhus Kommune")));
    private static final SenderVerdict UNAUTH = Verdicts.of(
            "ip=203.0.113.9;mailfrom=x@shop-example.com;spf=none;dkim=none;dmarc=none");
    private static final SenderVerdict AUTH_OTHER = Verdicts.of(
            "ip=198.51.100.9;mailfrom=x@shop-example.com;spf=pass;dkim=pass:shop-example.com;"
                    + "dmarc=pass:shop-example.com:none");
    private static final Duration LIMIT = Duration.ofSeconds(60); // a hang guard, not a speed test

    private static InvoiceVerdict inspect(InvoiceConfig cfg, byte[] mail, SenderVerdict v) {
        // none of these tests is about the time budget: a loaded machine must not cut their scans short
        return assertTimeoutPreemptively(LIMIT, () -> new InvoiceInspector(TestFiles.unhurried(cfg)).inspect(new ByteArrayInputStream(mail),
                v, Set.of(), null));
    }

    private static TestMail mail(String subject) {
        return TestMail.create().from("Leverandoer <bogholderi@shop-example.com>").subject(subject);
    }

    private static byte[] invoicePdf() {
        return TestFiles.pdf(List.of("FAKTURA 4471", "Betales til IBAN DK95 2000 0123 4567 89", "Forfald: straks"));
    }

    /** danfoss.dk's mail, authenticated (DMARC pass), to a memory that knows its usual account 6695-2000123456. */
    private static InvoiceVerdict fromKnownSupplier(TestMail mail) {
        return new InvoiceInspector(CFG).inspect(new ByteArrayInputStream(mail.bytes()), Verdicts.of("ip=192.0.2.50;"
                + "mailfrom=bounce@danfoss.dk;spf=pass;dkim=pass:danfoss.dk;dmarc=pass:danfoss.dk:none"), Set.of(),
                TestFiles.usualAccount("danfoss.dk", "6695 2000123456"));
    }

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** danfoss.dk's mail "Ny bankforbindelse": {@code body}, one document attached ({@link #fromKnownSupplier}). */
    private static InvoiceVerdict bankLetter(String body, String type, String filename, byte[] document) {
        return fromKnownSupplier(TestMail.create().from("Bogholderi <bogholderi@danfoss.dk>")
                .subject("Ny bankforbindelse").text(body).attach(type, filename, document));
    }

    private static byte[] zip(Map<String, byte[]> entries) {
        try (ByteArrayOutputStream b = new ByteArrayOutputStream(); ZipOutputStream z = new ZipOutputStream(b)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
            z.finish();
            return b.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------ archives

    @Test
    void aPdfInvoiceInsideAZipIsReadAsIfAttached() {
        byte[] z = zip(Map.of("dokumenter.pdf", invoicePdf()));
        InvoiceVerdict v = inspect(CFG, mail("Dokumenter").text("Se vedhaeftede")
                .attach("application/zip", "dokumenter.zip", z).bytes(), UNAUTH);
        assertThat(v.has(SignalNames.PDF_ATTACHMENT)).isTrue();
        assertThat(v.has(SignalNames.INVOICE_PDF_TEXT)).as(v.summary()).isTrue();
        assertThat(v.reasons()).filteredOn(r -> r.name().equals(SignalNames.BANK_DETAILS))
                .extracting(Reason::evidence).containsExactly("IBAN DK95…6789");
    }

    @Test
    void aPdfTwoArchivesDeepIsReadThreeDeepIsNot() {
        byte[] inner = zip(Map.of("x.pdf", invoicePdf()));
        byte[] middle = zip(Map.of("inner.zip", inner));
        InvoiceVerdict two = inspect(CFG, mail("Bilag").text("x").attach("application/zip", "bilag.zip", middle)
                .bytes(), UNAUTH);
        assertThat(two.has(SignalNames.INVOICE_PDF_TEXT)).as(two.summary()).isTrue();
        byte[] outer = zip(Map.of("middle.zip", middle));
        InvoiceVerdict three = inspect(CFG, mail("Bilag").text("x").attach("application/zip", "bilag.zip", outer)
                .bytes(), UNAUTH);
        assertThat(three.has(SignalNames.INVOICE_PDF_TEXT)).isFalse();
        assertThat(three.reasons()).filteredOn(r -> r.name().equals(SignalNames.NESTED_ARCHIVE))
                .extracting(Reason::evidence).anyMatch(e -> e.contains("nested deeper than 2"));
    }

    // ------------------------------------------------------------------ winmail.dat (TNEF)

    @Test
    void aPdfInvoiceInsideWinmailDatIsReadAsIfAttachedNotAsAnArchive() {
        byte[] w = TestFiles.tnef("DOKUME~1.PDF", "Faktura 4471.pdf", invoicePdf());
        InvoiceVerdict v = inspect(CFG, mail("Faktura 4471").text("Se vedhaeftede")
                .attach("application/ms-tnef", "winmail.dat", w).bytes(), UNAUTH);
        assertThat(v.has(SignalNames.INVOICE_PDF_TEXT)).as(v.summary()).isTrue();
        assertThat(v.reasons()).filteredOn(r -> r.name().equals(SignalNames.PDF_ATTACHMENT))
                .extracting(Reason::evidence).containsExactly("\"DOKUME~1.PDF\"");
        // the long file name in the attachment's properties, not only the short title, is what Outlook shows
        assertThat(v.has(SignalNames.INVOICE_ATTACHMENT_NAME)).as(v.summary()).isTrue();
        assertThat(v.has(SignalNames.PDF_BROKEN)).isFalse();
        assertThat(v.reasons()).filteredOn(r -> r.name().equals(SignalNames.BANK_DETAILS))
                .extracting(Reason::evidence).containsExactly("IBAN DK95…6789");
        // Outlook wraps attachments itself: no sign of an evasion, and the mail reads as if the PDF were attached
        assertThat(v.has(SignalNames.ARCHIVED_INVOICE)).isFalse();
        assertThat(v.has(SignalNames.ARCHIVE_ATTACHMENT)).isFalse();
        InvoiceVerdict plain = inspect(CFG, mail("Faktura 4471").text("Se vedhaeftede")
                .attach("application/pdf", "Faktura 4471.pdf", invoicePdf()).bytes(), UNAUTH);
        assertThat(v.action()).isEqualTo(plain.action());
    }

    @Test
    void aKnownSuppliersNewAccountInsideWinmailDatIsQuarantined() {
        InvoiceVerdict v = fromKnownSupplier(TestMail.create()
                .from("Faktura <faktura@danfoss.dk>").subject("Faktura 5521").text("Faktura vedhæftet.")
                .attach("application/ms-tnef", "winmail.dat", TestFiles.tnef("Faktura_5521.pdf", null,
                        TestFiles.pdf(List.of("FAKTURA 5521", "Ny bankkonto: Reg.nr. 9570 Kontonr. 0012345678")))));
        assertThat(v.has(SignalNames.BANK_ACCOUNT_NEW)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.QUARANTINE);
    }

    @Test
    void winmailDatAttachmentsAreJudgedByTheirLongNamesAndContent() {
        byte[] w = TestFiles.tnef("DOKUME~1.PDF", "faktura.pdf.exe", "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1),
                "BILAG~1.DOC", "bilag.docm", zip(Map.of("word/vbaProject.bin", new byte[64],
                        "[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8))));
        InvoiceVerdict v = inspect(CFG, mail("Faktura").text("x").attach("application/ms-tnef", "winmail.dat", w)
                .bytes(), UNAUTH);
        assertFakePdfAndMacroDocumentSeen(v);
    }

    /** "faktura.pdf.exe" (an executable under a double extension) and "bilag.docm" (a macro document) were seen. */
    private static void assertFakePdfAndMacroDocumentSeen(InvoiceVerdict v) {
        assertThat(v.reasons()).filteredOn(r -> r.name().equals(SignalNames.DOUBLE_EXTENSION))
                .extracting(Reason::evidence).anyMatch(e -> e.contains("faktura.pdf.exe"));
        assertThat(v.has(SignalNames.EXECUTABLE_ATTACHMENT)).as(v.summary()).isTrue();
        assertThat(v.reasons()).filteredOn(r -> r.name().equals(SignalNames.OFFICE_MACRO))
                .extracting(Reason::evidence).anyMatch(e -> e.contains("bilag.docm"));
    }

    @Test
    void aWinmailDatCutShortOrLyingAboutItsLengthFailsClosed() {
        byte[] whole = TestFiles.tnef("FAKTURA.PDF", null, invoicePdf());
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 2);
        InvoiceVerdict v = inspect(CFG, mail("Faktura").text("x").attach("application/ms-tnef", "winmail.dat", cut)
                .bytes(), UNAUTH);
        assertThat(v.has(SignalNames.MIME_MALFORMED)).as(v.summary()).isTrue();
        assertThat(v.isError()).isTrue();
        assertThat(v.action()).isNotEqualTo(InvoiceAction.DELIVER);

        // one attribute that claims 4 GB: read as far as it goes, nothing allocated for the claim
        ByteArrayOutputStream liar = new ByteArrayOutputStream();
        liar.writeBytes(java.util.Arrays.copyOf(whole, 6));
        liar.write(0x02);
        liar.writeBytes(new byte[] {0x0F, (byte) 0x80, 0x06, 0x00, -1, -1, -1, -1});
        liar.writeBytes(invoicePdf());
        InvoiceVerdict lie = inspect(CFG, mail("Faktura").text("x").attach("application/ms-tnef", "winmail.dat",
                liar.toByteArray()).bytes(), UNAUTH);
        assertThat(lie.has(SignalNames.PDF_ATTACHMENT)).as(lie.summary()).isTrue();
        assertThat(lie.isError()).isTrue();
    }

    @Test
    void anOutlookItemAttachedInsideWinmailDatIsOpenedItsBodyAndPdfRead() {
        byte[] item = TestFiles.tnefItem("Hej. Fakturaen er vedhæftet.", "FAKTURA.PDF", "Faktura 4471.pdf",
                invoicePdf());
        InvoiceVerdict v = inspect(CFG, mail("VS: Faktura 4471").text("Se vedhæftede.")
                .attach("application/ms-tnef", "winmail.dat", TestFiles.tnefWithItem("Faktura 4471", item)).bytes(),
                UNAUTH);
        assertThat(v.has(SignalNames.INVOICE_PDF_TEXT)).as(v.summary()).isTrue();
        assertThat(v.reasons()).filteredOn(r -> r.name().equals(SignalNames.BANK_DETAILS))
                .extracting(Reason::evidence).containsExactly("IBAN DK95…6789");
        assertThat(v.isError()).as(v.summary()).isFalse();

        // the item's own body, for a known supplier whose account changes in it
        InvoiceVerdict body = fromKnownSupplier(TestMail.create().from("Faktura <faktura@danfoss.dk>")
                .subject("VS: Faktura 5521").text("Videresendt.").attach("application/ms-tnef", "winmail.dat",
                        TestFiles.tnefWithItem("Faktura 5521", TestFiles.tnefItem(
                                "Faktura 5521. Ny bankkonto: Reg.nr. 9570 Kontonr. 0012345678"))));
        assertThat(body.has(SignalNames.BANK_ACCOUNT_NEW)).as(body.summary()).isTrue();
        assertThat(body.action()).isEqualTo(InvoiceAction.QUARANTINE);

        // items inside items, deeper than limit.archive-depth: incomplete, fail closed
        byte[] deep = TestFiles.tnefItem("x", "FAKTURA.PDF", null, invoicePdf());
        for (int i = 0; i < 3; i++) {
            deep = TestFiles.tnefWithItem("VS " + i, deep); // an item whose only attachment is the item before
        }
        InvoiceVerdict d = inspect(CFG, mail("VS").text("x").attach("application/ms-tnef", "winmail.dat", deep)
                .bytes(), UNAUTH);
        assertThat(d.reasons()).filteredOn(r -> r.name().equals(SignalNames.LIMIT_PARTS))
                .extracting(Reason::evidence).anyMatch(e -> e.contains("Outlook items attached more than 2 deep"));
        assertThat(d.isError()).isTrue();
    }

    @Test
    void withNoArchiveLevelsOutlookItemsStayClosedInWinmailDatAsInAMsgWithoutAnError() {
        // limit.archive-depth=0 is the admin's choice to open nothing nested: an item inside winmail.dat is then
        // left closed like an attached .msg, judged by its name, and the verdict is not incomplete for it
        InvoiceConfig none = InvoiceConfig.parse(Map.of("domains.own", "kommune.dk", "limit.archive-depth", "0"));
        byte[] item = TestFiles.tnefItem("Hej. Fakturaen er vedhæftet.", "FAKTURA.PDF", "Faktura 4471.pdf",
                invoicePdf());
        InvoiceVerdict w = inspect(none, mail("VS: Faktura 4471").text("Se vedhæftede.")
                .attach("application/ms-tnef", "winmail.dat", TestFiles.tnefWithItem("Faktura 4471", item)).bytes(),
                UNAUTH);
        InvoiceVerdict m = inspect(none, mail("VS: Faktura 4471").text("Se vedhæftede.")
                .attach("application/vnd.ms-outlook", "Faktura 4471.msg", new TestFiles.Msg()
                        .body("Hej. Fakturaen er vedhæftet.").attach("Faktura 4471.pdf", invoicePdf()).bytes()).bytes(),
                UNAUTH);
        for (InvoiceVerdict v : List.of(w, m)) {
            assertThat(v.isError()).as(v.summary()).isFalse();
            assertThat(v.has(SignalNames.INVOICE_PDF_TEXT)).as(v.summary()).isFalse();
            assertThat(v.has(SignalNames.LIMIT_PARTS)).as(v.summary()).isFalse();
        }
    }

    @Test
    void aWinmailDatOfManyTinyAttributesOrAttachmentsStopsAtItsLimits() {
        ByteArrayOutputStream many = new ByteArrayOutputStream();
        many.writeBytes(java.util.Arrays.copyOf(TestFiles.tnef(), 6));
        for (int i = 0; i < 200_000; i++) {
            TestFiles.tnefAttribute(many, 0x01, 0x00018004, new byte[0]);
        }
        InvoiceVerdict v = inspect(CFG, mail("Faktura").text("x").attach("application/ms-tnef", "winmail.dat",
                many.toByteArray()).bytes(), UNAUTH);
        assertThat(v.reasons()).filteredOn(r -> r.name().equals(SignalNames.LIMIT_PARTS))
                .extracting(Reason::evidence).anyMatch(e -> e.contains("more than 10000 attributes"));
        assertThat(v.isError()).isTrue();

        Object[] pdfs = new Object[3 * 201];
        for (int i = 0; i < 201; i++) {
            pdfs[3 * i] = "f" + i + ".pdf";
            pdfs[3 * i + 2] = "%PDF-1.4 not really".getBytes(StandardCharsets.US_ASCII);
        }
        InvoiceVerdict w = inspect(CFG, mail("Faktura").text("x").attach("application/ms-tnef", "winmail.dat",
                TestFiles.tnef(pdfs)).bytes(), UNAUTH);
        assertThat(w.reasons()).filteredOn(r -> r.name().equals(SignalNames.LIMIT_PARTS))
                .extracting(Reason::evidence).anyMatch(e -> e.contains("more than 200 attachments in the TNEF wrapper"));
        assertThat(w.isError()).isTrue();
    }

    // ------------------------------------------------------------------ Outlook items (.msg)

    private static InvoiceVerdict withMsg(String name, byte[] msg) {
        return inspect(CFG, mail("VS: Faktura 4471").text("Se vedhæftede mail fra leverandøren.")
                .attach("application/vnd.ms-outlook", name, msg).bytes(), UNAUTH);
    }

    @Test
    void aPdfInvoiceInsideAnAttachedOutlookItemIsReadAsIfAttachedNotAsAnArchive() {
        InvoiceVerdict v = withMsg("Faktura 4471.msg", new TestFiles.Msg().body("Hej, fakturaen er vedhæftet.")
                .attach("Faktura 4471.pdf", invoicePdf()).bytes());
        assertThat(v.has(SignalNames.INVOICE_PDF_TEXT)).as(v.summary()).isTrue();
        assertThat(v.reasons()).filteredOn(r -> r.name().equals(SignalNames.PDF_ATTACHMENT))
                .extracting(Reason::evidence).containsExactly("\"Faktura 4471.pdf\"");
        assertThat(v.reasons()).filteredOn(r -> r.name().equals(SignalNames.BANK_DETAILS))
                .extracting(Reason::evidence).containsExactly("IBAN DK95…6789");
        // a mail forwarded as an Outlook item is no archive: Outlook made the file, not the sender
        assertThat(v.has(SignalNames.ARCHIVED_INVOICE)).isFalse();
        assertThat(v.isError()).as(v.summary()).isFalse();
    }

    @Test
    void aKnownSuppliersNewAccountInAnAttachedOutlookItemIsQuarantinedWhereverItStands() {
        // in the item's own body, UTF-16 as Outlook writes it
        InvoiceVerdict body = fromKnownSupplier(TestMail.create().from("Faktura <faktura@danfoss.dk>")
                .subject("VS: Faktura 5521").text("Videresendt.").attach("application/octet-stream", "Faktura.msg",
                        new TestFiles.Msg().body("Faktura 5521. Vi har ny bankkonto: Reg.nr. 9570 Kontonr. 0012345678")
                                .bytes()));
        assertThat(body.has(SignalNames.BANK_ACCOUNT_NEW)).as(body.summary()).isTrue();
        assertThat(body.action()).as(body.summary()).isEqualTo(InvoiceAction.QUARANTINE);
        // in an 8-bit body, read in the code page the item names (Danish letters intact)
        InvoiceVerdict ansi = fromKnownSupplier(TestMail.create().from("Faktura <faktura@danfoss.dk>")
                .subject("VS: Faktura 5521").text("Videresendt.").attach("application/octet-stream", "Faktura.msg",
                        new TestFiles.Msg().ansiBody("Faktura 5521. Ændret betalingsmodtager: "
                                + "Reg.nr. 9570 Kontonr. 0012345678", 1252).bytes()));
        assertThat(ansi.has(SignalNames.BANK_ACCOUNT_NEW)).as(ansi.summary()).isTrue();
        // in a PDF inside an Outlook item attached to the attached item, under a name that hides what it is
        byte[] inner = new TestFiles.Msg().body("Faktura vedhæftet").attach("Faktura_5521.pdf",
                TestFiles.pdf(List.of("FAKTURA 5521", "Ny bankkonto: Reg.nr. 9570 Kontonr. 0012345678"))).bytes();
        InvoiceVerdict nested = fromKnownSupplier(TestMail.create().from("Faktura <faktura@danfoss.dk>")
                .subject("Faktura 5521").text("Se vedhæftede.").attach("application/msword", "bilag.doc",
                        new TestFiles.Msg().body("Se nedenstående").attach("Faktura 5521", new TestFiles.Msg()
                                .body("Videresendt").attach("Faktura.msg", inner)).bytes()));
        assertThat(nested.has(SignalNames.BANK_ACCOUNT_NEW)).as(nested.summary()).isTrue();
        assertThat(nested.action()).as(nested.summary()).isEqualTo(InvoiceAction.QUARANTINE);
    }

    @Test
    void anOutlookItemsHtmlBodyAndAttachmentsAreJudgedAsAMailClientShowsThem() {
        byte[] docm = zip(Map.of("word/vbaProject.bin", new byte[64],
                "[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8)));
        InvoiceVerdict v = withMsg("Faktura.msg", new TestFiles.Msg().body("Se HTML")
                .html("<html><body><p>Betal til IBAN DK95 2000 0123 4567 89</p></body></html>")
                .attach("faktura.pdf.exe", "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1))
                .attach("bilag.docm", docm).bytes());
        assertThat(v.reasons()).filteredOn(r -> r.name().equals(SignalNames.BANK_DETAILS))
                .extracting(Reason::evidence).containsExactly("IBAN DK95…6789");
        // the HTML body is the item's body, not an HTML attachment
        assertThat(v.has(SignalNames.HTML_ATTACHMENT)).isFalse();
        assertFakePdfAndMacroDocumentSeen(v);
    }

    @Test
    void anOutlookItemOrAMacroDocumentPackedInAZipIsOpenedToo() throws IOException {
        byte[] item = new TestFiles.Msg().body("Faktura vedhæftet").attach("Faktura 4471.pdf", invoicePdf()).bytes();
        InvoiceVerdict v = inspect(CFG, mail("Faktura 4471").text("Se vedhæftede").attach("application/zip",
                "mail.zip", zip(Map.of("Faktura 4471.msg", item))).bytes(), UNAUTH);
        assertThat(v.has(SignalNames.INVOICE_PDF_TEXT)).as(v.summary()).isTrue();
        assertThat(v.reasons()).filteredOn(r -> r.name().equals(SignalNames.BANK_DETAILS))
                .extracting(Reason::evidence).containsExactly("IBAN DK95…6789");

        byte[] doc;
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[600]), "WordDocument");
            fs.getRoot().createDirectory("Macros").createDirectory("VBA").createDocument("_VBA_PROJECT",
                    new ByteArrayInputStream(new byte[100]));
            ByteArrayOutputStream o = new ByteArrayOutputStream();
            fs.writeFilesystem(o);
            doc = o.toByteArray();
        }
        InvoiceVerdict m = inspect(CFG, mail("Faktura").text("Se bilag").attach("application/zip", "bilag.zip",
                zip(Map.of("faktura.doc", doc))).bytes(), UNAUTH);
        assertThat(m.reasons()).filteredOn(r -> r.name().equals(SignalNames.OFFICE_MACRO))
                .extracting(Reason::evidence).anyMatch(e -> e.contains("faktura.doc"));
    }

    @Test
    void anOutlookItemCutShortOrWithALoopingChainFailsClosed() {
        byte[] whole = new TestFiles.Msg().body("Faktura").attach("Faktura.pdf", invoicePdf()).bytes();
        InvoiceVerdict cut = withMsg("Faktura.msg", java.util.Arrays.copyOf(whole, whole.length - 1024));
        assertThat(cut.has(SignalNames.MIME_MALFORMED)).as(cut.summary()).isTrue();
        assertThat(cut.isError()).isTrue();
        assertThat(cut.action()).isNotEqualTo(InvoiceAction.DELIVER);

        // every FAT entry of the first FAT sector points at itself: each chain loops on its first sector
        byte[] loop = whole.clone();
        int fat = (le32(loop, 76) + 1) * 512;
        for (int k = 0; k < 128; k++) {
            int at = fat + 4 * k;
            if (le32(loop, at) >= 0) {
                loop[at] = (byte) k;
                loop[at + 1] = 0;
                loop[at + 2] = 0;
                loop[at + 3] = 0;
            }
        }
        InvoiceVerdict v = withMsg("Faktura.msg", loop);
        assertThat(v.has(SignalNames.MIME_MALFORMED)).as(v.summary()).isTrue();
        assertThat(v.reasons()).filteredOn(r -> r.name().equals(SignalNames.MIME_MALFORMED))
                .extracting(Reason::evidence).anyMatch(e -> e.contains("loops"));
        assertThat(v.isError()).isTrue();
    }

    @Test
    void aCompoundFileThatIsNoOutlookItemIsLeftToTheMacroScan() throws IOException {
        byte[] doc;
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream("Faktura".getBytes(StandardCharsets.UTF_16LE)), "WordDocument");
            ByteArrayOutputStream o = new ByteArrayOutputStream();
            fs.writeFilesystem(o);
            doc = o.toByteArray();
        }
        InvoiceVerdict v = inspect(CFG, mail("Bilag").text("Se bilag").attach("application/msword", "bilag.doc", doc)
                .bytes(), UNAUTH);
        assertThat(v.isError()).as(v.summary()).isFalse();
        assertThat(v.has(SignalNames.MIME_MALFORMED)).isFalse();
        // an old Word file the reader cannot make sense of is not an error either: Word has its own formats
        InvoiceVerdict odd = inspect(CFG, mail("Bilag").text("Se bilag").attach("application/msword", "bilag.doc",
                java.util.Arrays.copyOf(doc, 600)).bytes(), UNAUTH);
        assertThat(odd.isError()).as(odd.summary()).isFalse();
    }

    @Test
    void aKnownSuppliersNewAccountInALegacyWordDocumentIsQuarantinedAttachedOrZipped() throws IOException {
        // the bank-change letter as a Word 97 .doc (written by LibreOffice): its text was never read before, so an
        // authenticated supplier mailbox could announce a new account in it and pass untouched
        byte[] doc = DocTextTest.resource("brev.doc");
        InvoiceVerdict v = fromKnownSupplier(TestMail.create().from("Faktura <faktura@danfoss.dk>")
                .subject("Vigtigt: ny bankforbindelse").text("Se vedhæftede brev.")
                .attach("application/msword", "Nye bankoplysninger.doc", doc));
        assertThat(v.has(SignalNames.BANK_ACCOUNT_NEW)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.QUARANTINE);
        assertThat(v.isError()).as(v.summary()).isFalse();

        InvoiceVerdict zipped = fromKnownSupplier(TestMail.create().from("Faktura <faktura@danfoss.dk>")
                .subject("Vigtigt: ny bankforbindelse").text("Se vedhæftede brev.")
                .attach("application/zip", "brev.zip", zip(Map.of("Nye bankoplysninger.doc", doc))));
        assertThat(zipped.has(SignalNames.BANK_ACCOUNT_NEW)).as(zipped.summary()).isTrue();
        assertThat(zipped.action()).as(zipped.summary()).isEqualTo(InvoiceAction.QUARANTINE);

        // and wrapped by Outlook in winmail.dat
        InvoiceVerdict wrapped = fromKnownSupplier(TestMail.create().from("Faktura <faktura@danfoss.dk>")
                .subject("Vigtigt: ny bankforbindelse").text("Se vedhæftede brev.")
                .attach("application/ms-tnef", "winmail.dat", TestFiles.tnef("NYEBAN~1.DOC",
                        "Nye bankoplysninger.doc", doc)));
        assertThat(wrapped.has(SignalNames.BANK_ACCOUNT_NEW)).as(wrapped.summary()).isTrue();
    }

    @Test
    void aWordDocumentEmbeddedAsAnObjectInAnOutlookItemIsReadWhereItLies() {
        // a rich-text Outlook mail with the bank-change letter inserted as a Word object, forwarded as a .msg
        byte[] msg = new TestFiles.Msg().body("Se venligst vedlagte brev.")
                .embed("Dokument", DocTextTest.resource("brev.doc")).bytes();
        InvoiceVerdict v = fromKnownSupplier(TestMail.create().from("Faktura <faktura@danfoss.dk>")
                .subject("VS: Ny bankforbindelse").text("Videresendt.")
                .attach("application/vnd.ms-outlook", "Ny bankforbindelse.msg", msg));
        assertThat(v.has(SignalNames.BANK_ACCOUNT_NEW)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.QUARANTINE);
    }

    @Test
    void aWordDocumentThatLiesIsIncompleteOneSealedByAPasswordIsEncrypted() throws IOException {
        byte[] doc = DocTextTest.resource("kort.doc");
        byte[] lying = DocTextTest.rewrite(doc, "WordDocument", w -> {
            w[0x1A5] = 0x7F; // fcClx far beyond the table stream
            return w;
        });
        InvoiceVerdict v = inspect(CFG, mail("Faktura 5521").text("Se bilag").attach("application/msword",
                "faktura.doc", lying).bytes(), UNAUTH);
        assertThat(v.reasons()).filteredOn(r -> r.name().equals(SignalNames.MIME_MALFORMED))
                .extracting(Reason::evidence).anyMatch(e -> e.contains("unreadable Word document"));
        assertThat(v.isError()).isTrue();

        byte[] sealed = DocTextTest.rewrite(doc, "WordDocument", w -> {
            w[0x0B] |= 0x01;
            return w;
        });
        InvoiceVerdict e = inspect(CFG, mail("Faktura 5521").text("Adgangskoden er 4471").attach("application/msword",
                "faktura.doc", sealed).bytes(), UNAUTH);
        assertThat(e.has(SignalNames.ENCRYPTED_ARCHIVE)).as(e.summary()).isTrue();

        // an encrypted .docx is a compound file holding the sealed package ([MS-OFFCRYPTO])
        byte[] docx;
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[200]), "EncryptionInfo");
            fs.createDocument(new ByteArrayInputStream(new byte[5000]), "EncryptedPackage");
            ByteArrayOutputStream o = new ByteArrayOutputStream();
            fs.writeFilesystem(o);
            docx = o.toByteArray();
        }
        InvoiceVerdict x = inspect(CFG, mail("Faktura 5521").text("Adgangskoden er 4471").attach(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "faktura.docx", docx)
                .bytes(), UNAUTH);
        assertThat(x.reasons()).filteredOn(r -> r.name().equals(SignalNames.ENCRYPTED_ARCHIVE))
                .extracting(Reason::evidence).anyMatch(r -> r.contains("password-protected Office document"));

        // larger than limit.archive-bytes: the text is unread, so the verdict is incomplete
        InvoiceConfig small = InvoiceConfig.parse(Map.of("domains.own", "kommune.dk", "limit.archive-bytes", "2K"));
        InvoiceVerdict big = inspect(small, mail("Faktura 5521").text("x").attach("application/msword",
                "faktura.doc", doc).bytes(), UNAUTH);
        assertThat(big.reasons()).filteredOn(r -> r.name().equals(SignalNames.ERROR))
                .extracting(Reason::evidence).anyMatch(r -> r.contains("the Word document was not opened"));
    }

    @Test
    void anOutlookItemBeyondTheLimitsFailsClosed() {
        TestFiles.Msg many = new TestFiles.Msg().body("Bilag");
        for (int i = 0; i < 201; i++) {
            many.attach("f" + i + ".txt", "x".getBytes(StandardCharsets.US_ASCII));
        }
        InvoiceVerdict v = withMsg("Bilag.msg", many.bytes());
        assertThat(v.reasons()).filteredOn(r -> r.name().equals(SignalNames.LIMIT_PARTS))
                .extracting(Reason::evidence).anyMatch(e -> e.contains("more than 200 attachments in the Outlook item"));
        assertThat(v.isError()).isTrue();

        TestFiles.Msg deep = new TestFiles.Msg().body("Faktura").attach("Faktura.pdf", invoicePdf());
        for (int i = 0; i < 3; i++) {
            deep = new TestFiles.Msg().body("VS").attach("VS " + i, deep);
        }
        InvoiceVerdict d = withMsg("VS.msg", deep.bytes());
        assertThat(d.has(SignalNames.INVOICE_PDF_TEXT)).isFalse();
        assertThat(d.isError()).as(d.summary()).isTrue();

        InvoiceConfig small = InvoiceConfig.parse(Map.of("domains.own", "kommune.dk", "limit.archive-bytes", "2K"));
        InvoiceVerdict big = inspect(small, mail("VS: Faktura").text("x").attach("application/vnd.ms-outlook",
                "Faktura.msg", new TestFiles.Msg().body("Faktura").attach("Faktura.pdf", invoicePdf()).bytes()).bytes(),
                UNAUTH);
        assertThat(big.reasons()).filteredOn(r -> r.name().equals(SignalNames.ERROR))
                .extracting(Reason::evidence).anyMatch(e -> e.contains("the Outlook item was not opened"));
    }

    private static int le32(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16 | (b[at + 3] & 0xff) << 24;
    }

    static byte[] sevenZ(String name, byte[] content) throws IOException {
        java.nio.file.Path f = java.nio.file.Files.createTempFile("sg-test", ".7z");
        try {
            try (org.apache.commons.compress.archivers.sevenz.SevenZOutputFile z =
                         new org.apache.commons.compress.archivers.sevenz.SevenZOutputFile(f.toFile())) {
                org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry e = z.createArchiveEntry(
                        f.toFile(), name);
                e.setDirectory(false);
                z.putArchiveEntry(e);
                z.write(content);
                z.closeArchiveEntry();
            }
            return java.nio.file.Files.readAllBytes(f);
        } finally {
            java.nio.file.Files.deleteIfExists(f);
        }
    }

    @Test
    void aPdfInvoiceInsideA7zIsReadAndA7zBombIsStopped() throws IOException {
        InvoiceVerdict v = inspect(CFG, mail("Dokumenter").text("Se vedhaeftede").attach("application/x-7z-compressed",
                "dokumenter.7z", sevenZ("dokumenter.pdf", invoicePdf())).bytes(), UNAUTH);
        assertThat(v.has(SignalNames.INVOICE_PDF_TEXT)).as(v.summary()).isTrue();
        assertThat(v.reasons()).filteredOn(r -> r.name().equals(SignalNames.ARCHIVE_ATTACHMENT))
                .extracting(Reason::evidence).anyMatch(e -> e.contains("7z, 1 entries"));

        InvoiceVerdict bomb = inspect(CFG, mail("Faktura").text("x").attach("application/x-7z-compressed",
                "faktura.7z", sevenZ("faktura.pdf", new byte[30 << 20])).bytes(), UNAUTH);
        assertThat(bomb.reasons()).filteredOn(r -> r.name().equals(SignalNames.ARCHIVE_BOMB))
                .extracting(Reason::evidence).anyMatch(e -> e.contains("expands more than 200 times"));
        assertThat(bomb.isError()).isTrue();
        assertThat(bomb.action()).isNotEqualTo(InvoiceAction.DELIVER);

        byte[] cut = java.util.Arrays.copyOf(sevenZ("a.pdf", invoicePdf()), 40);
        assertThat(inspect(CFG, mail("Faktura").text("x").attach("application/x-7z-compressed", "f.7z", cut).bytes(),
                UNAUTH).has(SignalNames.MIME_MALFORMED)).isTrue();
    }

    @Test
    void anEncryptedZipIsNotOpenedAndSaysSo() {
        byte[] z = TestFiles.encryptedZip("faktura.pdf", invoicePdf(), "1234");
        InvoiceVerdict v = inspect(CFG, mail("Faktura").text("Password: 1234").attach("application/zip",
                "faktura.zip", z).bytes(), UNAUTH);
        assertThat(v.has(SignalNames.ENCRYPTED_ARCHIVE)).isTrue();
        assertThat(v.has(SignalNames.PDF_ATTACHMENT)).isFalse();
        assertThat(v.action()).isEqualTo(InvoiceAction.TAG);
    }

    @Test
    void aZipEntryNameThatIsNotUtf8StopsTheArchiveNotTheMail() {
        // the JDK writes the UTF-8 flag (bit 11) with every name; "æ" (C3 A6) becomes C3 28, which is not UTF-8
        byte[] z = zip(Map.of("faktura-\u00e6.pdf", invoicePdf()));
        int at = MimeScan.indexOf(z, "faktura-".getBytes(StandardCharsets.US_ASCII));
        assertThat(at).isNotNegative();
        assertThat(z[at + 8] & 0xff).isEqualTo(0xc3);
        z[at + 9] = 0x28;
        // the bank change after the archive is still read; the unread archive makes the verdict incomplete
        InvoiceVerdict v = inspect(CFG, mail("Faktura 4471").text("Se vedhaeftede")
                .attach("application/zip", "faktura.zip", z)
                .text("Vi har skiftet bank. Betal fremover til IBAN DK95 2000 0123 4567 89.").bytes(), UNAUTH);
        assertThat(v.reasons()).filteredOn(r -> r.name().equals(SignalNames.MIME_MALFORMED))
                .extracting(Reason::evidence).anyMatch(e -> e.contains("faktura.zip\": unreadable zip (an entry name"));
        assertThat(v.reasons()).extracting(Reason::evidence).noneMatch(e -> e.contains("parse stopped"));
        assertThat(v.has(SignalNames.BANK_CHANGE)).as(v.summary()).isTrue();
        assertThat(v.isError()).isTrue();
        assertThat(v.action()).isEqualTo(InvoiceAction.QUARANTINE);
    }

    @Test
    void aZipBombStopsAtTheRatioAndFailsClosed() throws IOException {
        // A deflated entry with its sizes in the local header (no data descriptor): 40 MB of zeros, ~40 KB.
        byte[] zeros = new byte[40 << 20];
        Deflater d = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        d.setInput(zeros);
        d.finish();
        ByteArrayOutputStream c = new ByteArrayOutputStream();
        byte[] buf = new byte[1 << 16];
        while (!d.finished()) {
            c.write(buf, 0, d.deflate(buf));
        }
        d.end();
        CRC32 crc = new CRC32();
        crc.update(zeros);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(b)) {
            ZipEntry e = new ZipEntry("faktura.pdf");
            e.setMethod(ZipEntry.DEFLATED);
            e.setSize(zeros.length);
            e.setCompressedSize(c.size());
            e.setCrc(crc.getValue());
            z.putNextEntry(e);
            z.write(zeros);
            z.closeEntry();
        }
        InvoiceVerdict v = inspect(CFG, mail("Faktura").text("x").attach("application/zip", "faktura.zip",
                b.toByteArray()).bytes(), UNAUTH);
        assertThat(v.reasons()).filteredOn(r -> r.name().equals(SignalNames.ARCHIVE_BOMB))
                .extracting(Reason::evidence).anyMatch(e -> e.contains("expands more than 200 times"));
        assertThat(v.isError()).as("incomplete inspection is marked").isTrue();
        // issue 14 fail closed: an incomplete check of an invoice (subject "Faktura", invoice-named archive)
        // quarantines (InvoicePolicy.failClosed)
        assertThat(v.action()).isEqualTo(InvoiceAction.QUARANTINE);
    }

    @Test
    void expansionIsBoundedPerMessageEvenWithoutSizesInTheHeader() {
        InvoiceConfig small = CFG.withArchiveLimits(new InvoiceConfig.ArchiveLimits(15L << 20, 4L << 20, 2, 200,
                200));
        // data descriptor: compressed size unknown up front; incompressible, so that the ratio (against the whole
        // ZIP's size) does not stop it first and the per-message budget must
        byte[] noise = new byte[8 << 20];
        new java.util.Random(1).nextBytes(noise);
        byte[] z = zip(Map.of("a.bin", noise));
        InvoiceVerdict v = inspect(small, mail("Faktura").text("x").attach("application/zip", "f.zip", z).bytes(),
                UNAUTH);
        assertThat(v.reasons()).filteredOn(r -> r.name().equals(SignalNames.ARCHIVE_BOMB))
                .extracting(Reason::evidence).anyMatch(e -> e.contains("exceed 4194304 bytes"));
        assertThat(v.isError()).isTrue();
    }

    @Test
    void archiveLimitsAreConfigurable() {
        InvoiceConfig c = InvoiceConfig.parse(Map.of("limit.archive-bytes", "2M", "limit.archive-expanded", "8M",
                "limit.archive-depth", "1", "limit.archive-entries", "10", "limit.archive-ratio", "50",
                "risk.weight", "25", "bank.max-domains", "10", "bank.max-accounts", "3"));
        assertThat(c.archive()).isEqualTo(new InvoiceConfig.ArchiveLimits(2 << 20, 8 << 20, 1, 10, 50));
        assertThat(c.riskWeight()).isEqualTo(25);
        assertThat(c.bank()).isEqualTo(new InvoiceConfig.BankLimits(10, 3));
        assertThatThrownBy(() -> InvoiceConfig.parse(Map.of("limit.archive-ratio", "1")))
                .hasMessageContaining("limit.archive-ratio");
    }

    // ------------------------------------------------------------------ macros

    @Test
    void officeMacrosAreFoundInOoxmlOdfOleAndByFileType() {
        byte[] docm = zip(new java.util.LinkedHashMap<>(Map.of("[Content_Types].xml", "<Types/>".getBytes(),
                "word/document.xml", "<w/>".getBytes(), "word/vbaProject.bin", new byte[] {1, 2, 3})));
        InvoiceVerdict ooxml = inspect(CFG, mail("Faktura").text("x").attach("application/msword", "faktura.doc",
                docm).bytes(), UNAUTH);
        assertThat(ooxml.has(SignalNames.OFFICE_MACRO)).isTrue();
        assertThat(ooxml.has(SignalNames.ARCHIVE_ATTACHMENT)).isFalse();

        Map<String, byte[]> odf = new java.util.LinkedHashMap<>();
        odf.put("mimetype", "application/vnd.oasis.opendocument.text".getBytes()); // first, as ODF 1.2 §3.3 says
        odf.put("content.xml", "<office:document-content/>".getBytes());
        odf.put("Basic/Standard/Module1.xml", "<script:module/>".getBytes());
        byte[] odt = zip(odf);
        assertThat(inspect(CFG, mail("Faktura").text("x").attach("application/octet-stream", "faktura.odt", odt)
                .bytes(), UNAUTH).has(SignalNames.OFFICE_MACRO)).isTrue();

        ByteArrayOutputStream ole = new ByteArrayOutputStream();
        ole.writeBytes(new byte[] {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a,
                (byte) 0xe1});
        ole.writeBytes(new byte[100_000]);
        ole.writeBytes("_VBA_PROJECT_CUR".getBytes(StandardCharsets.UTF_16LE));
        assertThat(inspect(CFG, mail("Faktura").text("x").attach("application/vnd.ms-excel", "faktura.xls",
                ole.toByteArray()).bytes(), UNAUTH).has(SignalNames.OFFICE_MACRO)).isTrue();

        byte[] clean = zip(Map.of("[Content_Types].xml", "<Types/>".getBytes(), "word/document.xml", "<w/>".getBytes()));
        InvoiceVerdict docx = inspect(CFG, mail("Faktura").text("x").attach("application/octet-stream",
                "faktura.docx", clean).bytes(), UNAUTH);
        assertThat(docx.has(SignalNames.OFFICE_MACRO)).isFalse();

        byte[] inZip = zip(Map.of("faktura.xlsm", new byte[] {1}));
        assertThat(inspect(CFG, mail("Faktura").text("x").attach("application/zip", "f.zip", inZip).bytes(), UNAUTH)
                .has(SignalNames.OFFICE_MACRO)).isTrue();
    }

    // ------------------------------------------------------------------ Office documents' text

    private static byte[] xlsx(String sheetXml) {
        Map<String, byte[]> parts = new java.util.LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<Types/>".getBytes());
        parts.put("xl/sharedStrings.xml", ("<sst><si><t>Modtager</t></si><si><r><t>Ny </t></r><r><t>konto</t></r>"
                + "</si></sst>").getBytes(StandardCharsets.UTF_8));
        parts.put("xl/worksheets/sheet1.xml", sheetXml.getBytes(StandardCharsets.UTF_8));
        return zip(parts);
    }

    /** "The corrected accounts are in the attached spreadsheet": the payees are read from the sheet. */
    @Test
    void accountsInASpreadsheetAreReadLikeAPdfs() {
        String sheet = "<worksheet><sheetData><row><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
                + "</row><row><c r=\"A2\" t=\"inlineStr\"><is><t>Danfoss A/S</t></is></c><c r=\"B2\" t=\"inlineStr\">"
                + "<is><t>PL61109010140000071219812874</t></is></c></row></sheetData></worksheet>";
        InvoiceVerdict v = inspect(CFG, mail("Returnerede betalinger").text("Leverandørerne har oplyst nye konti, "
                + "som fremgår af det vedhæftede regneark.").attach("application/vnd.openxmlformats-officedocument."
                + "spreadsheetml.sheet", "konti.xlsx", xlsx(sheet)).bytes(), AUTH_OTHER);
        assertThat(v.reasons()).filteredOn(r -> r.name().equals(SignalNames.BANK_DETAILS))
                .extracting(Reason::evidence).anyMatch(e -> e.contains("PL61"));
        assertThat(v.has(SignalNames.PAYEE_FOR_SUPPLIER)).as(v.summary()).isTrue();
        assertThat(v.action()).isNotEqualTo(InvoiceAction.DELIVER);
        // shared-string cells are indices, not numbers to read as accounts; words split over runs are joined
        StringBuilder text = new StringBuilder();
        try {
            OfficeText.append(new ByteArrayInputStream(sheet.getBytes(StandardCharsets.UTF_8)), text, 1000);
            OfficeText.append(new ByteArrayInputStream("<w:p><w:r><w:t>Kon</w:t></w:r><w:r><w:t>to</w:t></w:r></w:p>"
                    .getBytes(StandardCharsets.UTF_8)), text, 1000);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        assertThat(text.toString()).doesNotContain("0\n").contains("Danfoss A/S\n").contains("Konto");
    }

    /**
     * A bank-change letter from a known supplier's mailbox as a Word document whose body only says the bank changed:
     * the new account stands in the letterhead's footer, where Danish business letters give their bank. Read only
     * from word/document.xml, the letter named no account and the supplier's "new bank" went unchecked.
     */
    @Test
    void aNewAccountInAWordLettersFooterIsRead() {
        Map<String, byte[]> parts = new java.util.LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<Types/>".getBytes());
        parts.put("word/document.xml", ("<w:document><w:body><w:p><w:r><w:t>Kære kunde</w:t></w:r></w:p><w:p><w:r>"
                + "<w:t>Vi har skiftet bankforbindelse. Fremover bedes alle betalinger indsat på vores konto, som står "
                + "nederst på dette brev.</w:t></w:r></w:p></w:body></w:document>").getBytes(StandardCharsets.UTF_8));
        parts.put("word/footer1.xml", ("<w:ftr><w:p><w:r><w:t>Danfoss A/S · Nordborgvej 81 · CVR 20165715</w:t>"
                + "</w:r></w:p><w:p><w:r><w:t>Bank: reg. 5301 konto 0244123456</w:t></w:r></w:p></w:ftr>")
                .getBytes(StandardCharsets.UTF_8));
        InvoiceVerdict v = bankLetter("Se vedhæftede brev om vores nye bankforbindelse.", DOCX, "brev.docx",
                zip(parts));
        assertThat(v.reasons()).filteredOn(r -> r.name().equals(SignalNames.BANK_ACCOUNT_NEW))
                .extracting(Reason::evidence).anyMatch(e -> e.contains("6243") || e.contains("3456"));
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.QUARANTINE);

        // the main document under another name (Word opens whatever part the relationships point to)
        Map<String, byte[]> renamed = new java.util.LinkedHashMap<>();
        renamed.put("[Content_Types].xml", "<Types/>".getBytes());
        renamed.put("word/brev.xml", ("<w:document><w:body><w:p><w:r><w:t>Vi har skiftet bankforbindelse. Fremover "
                + "bedes alle betalinger indsat på reg. 5301 konto 0244123456.</w:t></w:r></w:p></w:body></w:document>")
                .getBytes(StandardCharsets.UTF_8));
        InvoiceVerdict moved = bankLetter("Se vedhæftede brev.", DOCX, "brev.docx", zip(renamed));
        assertThat(moved.has(SignalNames.BANK_ACCOUNT_NEW)).as(moved.summary()).isTrue();
    }

    /**
     * The same letter written in LibreOffice (.odt): ODF keeps the page footer in the master page of styles.xml,
     * beside number formats whose texts are read nowhere.
     */
    @Test
    void aNewAccountInAnOdfLettersFooterIsRead() throws IOException {
        String styles = "<office:document-styles><office:styles><number:currency-style style:name=\"N1\">"
                + "<number:number number:decimal-places=\"2\"/><number:text> </number:text><number:currency-symbol>kr."
                + "</number:currency-symbol></number:currency-style></office:styles><office:master-styles>"
                + "<style:master-page style:name=\"Standard\"><style:header/><style:footer><text:p>Danfoss A/S · "
                + "CVR 20165715</text:p><text:p>Bank: reg. 5301 konto 0244123456</text:p></style:footer>"
                + "</style:master-page></office:master-styles></office:document-styles>";
        Map<String, byte[]> parts = new java.util.LinkedHashMap<>();
        parts.put("mimetype", "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
        parts.put("content.xml", ("<office:document-content><office:body><office:text><text:p>Vi har skiftet "
                + "bankforbindelse. Fremover bedes alle betalinger indsat på vores konto, som står nederst på dette "
                + "brev.</text:p></office:text></office:body></office:document-content>").getBytes(StandardCharsets.UTF_8));
        parts.put("styles.xml", styles.getBytes(StandardCharsets.UTF_8));
        InvoiceVerdict v = bankLetter("Se vedhæftede brev om vores nye bankforbindelse.",
                "application/vnd.oasis.opendocument.text", "brev.odt", zip(parts));
        assertThat(v.has(SignalNames.BANK_ACCOUNT_NEW)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.QUARANTINE);
        // of styles.xml only the header and footer; the currency format's "kr." is no word of the letter
        StringBuilder text = new StringBuilder();
        OfficeText.appendPart("styles.xml", new ByteArrayInputStream(styles.getBytes(StandardCharsets.UTF_8)), text, 1000);
        assertThat(text.toString()).contains("Bank: reg. 5301 konto 0244123456").doesNotContain("kr.");
        // a header never closed, or closed twice, opens nothing outside it
        text.setLength(0);
        OfficeText.appendPart("styles.xml", new ByteArrayInputStream(("</style:footer></style:footer><number:text>"
                + "a</number:text><style:footer><text:p>b</text:p>").getBytes(StandardCharsets.UTF_8)), text, 1000);
        assertThat(text.toString().trim()).isEqualTo("b");
    }

    /**
     * A .docx made by an HTML-to-Word converter (html-docx-js and its kind): document.xml holds only an altChunk, and
     * Word shows the imported MHT, HTML or RTF part as the letter. Read only as WordprocessingML, the letter was empty.
     */
    @Test
    void aLetterImportedIntoAWordDocumentAsAnAltChunkIsRead() {
        String html = "<html><body><p>Vi har skiftet bankforbindelse.</p><p>Fremover bedes alle betalinger indsat "
                + "p=C3=A5 reg. 5301 konto 0244123456.</p></body></html>";
        String mht = "MIME-Version: 1.0\r\nContent-Type: multipart/related; type=\"text/html\"; boundary=\"--=mhtDoc"
                + "umentPart\"\r\n\r\n----=mhtDocumentPart\r\nContent-Type: text/html; charset=\"utf-8\"\r\n"
                + "Content-Transfer-Encoding: quoted-printable\r\nContent-Location: file:///C:/fake/document.html"
                + "\r\n\r\n" + html + "\r\n----=mhtDocumentPart--\r\n";
        String plainHtml = html.replace("=C3=A5", "&aring;");
        String rtf = "{\\rtf1\\ansi Vi har skiftet bankforbindelse.\\par Fremover bedes alle betalinger indsat p\\'e5 "
                + "reg. 5301 konto 0244123456.\\par}";
        // where converters put it, and where a relationship may point Word instead (the package's root, media)
        for (Map.Entry<String, String> chunk : Map.of("word/afchunk.mht", mht, "word/afchunk.htm", plainHtml,
                "word/afchunk.rtf", rtf, "afchunk.mht", mht, "word/media/image1.htm", plainHtml).entrySet()) {
            Map<String, byte[]> parts = new java.util.LinkedHashMap<>();
            parts.put("[Content_Types].xml", "<Types/>".getBytes());
            parts.put("word/document.xml", "<w:document><w:body><w:altChunk r:id=\"htmlChunk\"/></w:body></w:document>"
                    .getBytes(StandardCharsets.UTF_8));
            parts.put(chunk.getKey(), chunk.getValue().getBytes(StandardCharsets.UTF_8));
            InvoiceVerdict v = bankLetter("Se vedhæftede brev.", DOCX, "brev.docx", zip(parts));
            assertThat(v.has(SignalNames.BANK_ACCOUNT_NEW)).as(chunk.getKey() + ": " + v.summary()).isTrue();
            assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.QUARANTINE);
        }
        // an imported part larger than is read leaves the verdict incomplete
        Map<String, byte[]> big = new java.util.LinkedHashMap<>();
        big.put("[Content_Types].xml", "<Types/>".getBytes());
        big.put("word/afchunk.htm", ("<p>" + "x ".repeat(600_000) + "</p>").getBytes(StandardCharsets.UTF_8));
        InvoiceVerdict incomplete = inspect(CFG, mail("Faktura").text("x").attach("application/vnd.openxmlformats-"
                + "officedocument.wordprocessingml.document", "faktura.docx", zip(big)).bytes(), UNAUTH);
        assertThat(incomplete.isError()).as(incomplete.summary()).isTrue();
        // an MHT mime4j gives up on (more header fields than any mail has) hides the letter: incomplete, said so
        Map<String, byte[]> unreadable = new java.util.LinkedHashMap<>();
        unreadable.put("[Content_Types].xml", "<Types/>".getBytes());
        unreadable.put("word/afchunk.mht", ("X-A: a\r\n".repeat(MimeScan.MAX_HEADER_FIELDS + 1) + "\r\n" + html)
                .getBytes(StandardCharsets.UTF_8));
        InvoiceVerdict broken = inspect(CFG, mail("Faktura").text("x").attach(DOCX, "faktura.docx", zip(unreadable))
                .bytes(), UNAUTH);
        assertThat(broken.reasons()).as(broken.summary()).filteredOn(r -> r.name().equals(SignalNames.MIME_MALFORMED))
                .extracting(Reason::evidence).anyMatch(e -> e.contains("unreadable MHT"));
        assertThat(broken.reasons()).filteredOn(r -> r.name().equals(SignalNames.ERROR)).extracting(Reason::evidence)
                .anyMatch(e -> e.contains("could not be read")).noneMatch(e -> e.contains("larger than"));
        assertThat(List.of("word/afchunk.mht", "word/AfChunk2.HTML", "word/chunk.rtf", "word/a.txt",
                "word/media/a.htm", "afchunk.mht", "customXml/brev.xhtml")).allMatch(OfficeText::isImportedPart);
        assertThat(List.of("word/.mht", "word/media/.htm", "word/document.xml", "word/image1.png", "docProps/app.xml",
                "word/_rels/document.xml.rels")).noneMatch(OfficeText::isImportedPart);
    }

    /** The same letter as a PowerPoint slide (DrawingML text): the slides are read too. */
    @Test
    void aNewAccountOnAPowerPointSlideIsRead() {
        Map<String, byte[]> parts = new java.util.LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<Types/>".getBytes());
        parts.put("ppt/slides/slide1.xml", ("<p:sld><p:cSld><p:spTree><p:sp><p:txBody><a:p><a:r><a:t>Ny bank"
                + "forbindelse</a:t></a:r></a:p><a:p><a:r><a:t>Fremover bedes alle betalinger indsat på</a:t></a:r>"
                + "<a:br/><a:r><a:t>reg. 5301 konto 0244123456</a:t></a:r></a:p></p:txBody></p:sp></p:spTree>"
                + "</p:cSld></p:sld>").getBytes(StandardCharsets.UTF_8));
        InvoiceVerdict v = bankLetter("Se vedhæftede.",
                "application/vnd.openxmlformats-officedocument.presentationml.presentation", "info.pptx", zip(parts));
        assertThat(v.has(SignalNames.BANK_ACCOUNT_NEW)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.QUARANTINE);
        // the parts read, and not their look-alikes (layouts, relationships, notes)
        assertThat(List.of("word/footer1.xml", "word/header12.xml", "word/footer.xml", "word/footnotes.xml",
                "word/document2.xml", "word/brev.xml", "ppt/slides/slide10.xml", "PPT/Slides/Slide2.xml",
                "ppt/slides/konto.xml", "xl/worksheets/sheet3.xml", "xl/worksheets/konti.xml", "xl/drawings/drawing1.xml"))
                .allMatch(OfficeText::isTextPart);
        assertThat(List.of("word/footers/x.xml", "word/settings.xml", "word/theme/theme1.xml",
                "word/_rels/document.xml.rels", "word/glossary/document.xml", "ppt/slides/_rels/slide1.xml.rels",
                "ppt/slidelayouts/slidelayout1.xml", "ppt/notesslides/notesslide1.xml", "word/styles.xml",
                "meta/styles.xml",
                "ppt/slides/slide1.xml/evil.xml", "xl/worksheets/_rels/sheet1.xml.rels", "xl/styles.xml",
                "xl/drawings/_rels/drawing1.xml.rels"))
                .noneMatch(OfficeText::isTextPart);
    }

    /** The same fraud with a legacy .xls (BIFF8, written by Apache POI): its cells were never read before. */
    @Test
    void accountsInALegacyExcelWorkbookAreReadLikeAPdfs() throws IOException {
        byte[] xls;
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook w = new org.apache.poi.hssf.usermodel.HSSFWorkbook();
             ByteArrayOutputStream o = new ByteArrayOutputStream()) {
            org.apache.poi.ss.usermodel.Sheet s = w.createSheet("Konti");
            s.createRow(0).createCell(0).setCellValue("Modtager");
            s.getRow(0).createCell(1).setCellValue("Ny konto");
            s.createRow(1).createCell(0).setCellValue("Danfoss A/S");
            s.getRow(1).createCell(1).setCellValue("PL61109010140000071219812874");
            w.write(o);
            xls = o.toByteArray();
        }
        InvoiceVerdict v = inspect(CFG, mail("Returnerede betalinger").text("Leverandørerne har oplyst nye konti, "
                + "som fremgår af det vedhæftede regneark.").attach("application/vnd.ms-excel", "konti.xls", xls)
                .bytes(), AUTH_OTHER);
        assertThat(v.reasons()).filteredOn(r -> r.name().equals(SignalNames.BANK_DETAILS))
                .extracting(Reason::evidence).anyMatch(e -> e.contains("PL61"));
        assertThat(v.has(SignalNames.PAYEE_FOR_SUPPLIER)).as(v.summary()).isTrue();
        assertThat(v.action()).isNotEqualTo(InvoiceAction.DELIVER);

        // one that lies about its records is incomplete
        byte[] lying = DocTextTest.rewrite(xls, "Workbook", b -> {
            int second = 4 + ((b[2] & 0xff) | (b[3] & 0xff) << 8); // the record after BOF claims 65 535 bytes
            b[second + 2] = (byte) 0xFF;
            b[second + 3] = (byte) 0xFF;
            return b;
        });
        InvoiceVerdict broken = inspect(CFG, mail("Konti").text("x").attach("application/vnd.ms-excel", "konti.xls",
                lying).bytes(), UNAUTH);
        assertThat(broken.reasons()).filteredOn(r -> r.name().equals(SignalNames.MIME_MALFORMED))
                .extracting(Reason::evidence).anyMatch(e -> e.contains("unreadable Excel workbook"));
        assertThat(broken.isError()).isTrue();
    }

    /**
     * The known supplier's "we have changed bank" letter as a legacy .ppt slide (written by LibreOffice), attached
     * and zipped: its slides were never read before, and the letter was delivered.
     */
    @Test
    void aNewAccountOnALegacyPowerPointSlideIsRead() {
        byte[] ppt = DocTextTest.resource("kontoskift.ppt");
        InvoiceVerdict v = bankLetter("Se vedhæftede.", "application/vnd.ms-powerpoint", "kontoskift.ppt", ppt);
        assertThat(v.reasons()).filteredOn(r -> r.name().equals(SignalNames.BANK_ACCOUNT_NEW))
                .extracting(Reason::evidence).anyMatch(e -> e.contains("DK95"));
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.QUARANTINE);
        assertThat(v.has(SignalNames.OFFICE_MACRO)).isFalse();
        InvoiceVerdict zipped = bankLetter("Se vedhæftede.", "application/zip", "brev.zip",
                zip(Map.of("kontoskift.pps", ppt)));
        assertThat(zipped.has(SignalNames.BANK_ACCOUNT_NEW)).as(zipped.summary()).isTrue();
        // a harmless WordDocument stream beside the presentation's does not choose the reader: PowerPoint opens it
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem(
                new ByteArrayInputStream(ppt)); ByteArrayOutputStream o = new ByteArrayOutputStream()) {
            fs.createDocument(new ByteArrayInputStream(new byte[600]), "WordDocument");
            fs.writeFilesystem(o);
            InvoiceVerdict both = bankLetter("Se vedhæftede.", "application/vnd.ms-powerpoint", "kontoskift.ppt",
                    o.toByteArray());
            assertThat(both.has(SignalNames.BANK_ACCOUNT_NEW)).as(both.summary()).isTrue();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** PowerPoint keeps a presentation's VBA project compressed: seen by its VBAInfoAtom, not by a raw scan. */
    @Test
    void aLegacyPresentationsMacrosAndBrokenRecordsAreSeen() throws IOException {
        byte[] macro = PptTextTest.presentation(PptTextTest.container(0x03E8,
                PptTextTest.container(0x13FF, PptTextTest.record(2, 0x0400, new byte[] {2, 0, 0, 0, 1, 0, 0, 0}))));
        InvoiceVerdict m = inspect(CFG, mail("Præsentation").text("Se bilag").attach("application/vnd.ms-powerpoint",
                "oversigt.ppt", macro).bytes(), UNAUTH);
        assertThat(m.reasons()).filteredOn(r -> r.name().equals(SignalNames.OFFICE_MACRO))
                .extracting(Reason::evidence).anyMatch(e -> e.contains("oversigt.ppt"));
        // records that run past their container may hide what PowerPoint shows: incomplete
        byte[] lying = PptTextTest.presentation(PptTextTest.record(0x0F, 0x03EE, new byte[] {0, 0, (byte) 0xA0, 0x0F,
                (byte) 0xFF, (byte) 0xFF, 0, 0}));
        InvoiceVerdict broken = inspect(CFG, mail("Bilag").text("x").attach("application/vnd.ms-powerpoint", "a.ppt",
                lying).bytes(), UNAUTH);
        assertThat(broken.reasons()).filteredOn(r -> r.name().equals(SignalNames.MIME_MALFORMED))
                .extracting(Reason::evidence).anyMatch(e -> e.contains("unreadable PowerPoint presentation"));
        assertThat(broken.isError()).isTrue();
    }

    /** Office XML is never given to an XML parser: a DOCTYPE's external entity is not resolved, only skipped. */
    @Test
    void anOfficeDocumentsExternalEntityIsNeverResolved() throws IOException {
        StringBuilder text = new StringBuilder();
        OfficeText.append(new ByteArrayInputStream(("<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY xxe SYSTEM "
                + "\"file:///etc/passwd\">]><w:document><w:p><w:t>Konto &xxe; &amp; &#x41;&#66;</w:t></w:p>"
                + "</w:document>").getBytes(StandardCharsets.UTF_8)), text, 1000);
        assertThat(text.toString()).contains("Konto  & AB").doesNotContain("root:");
    }

    @Test
    void anOfficeDocumentThatIsABombIsStoppedAndFailsClosed() {
        Map<String, byte[]> parts = new java.util.LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<Types/>".getBytes());
        parts.put("word/document.xml", new byte[40 << 20]); // 40 MB of zeros, about 40 KB deflated
        InvoiceVerdict bomb = inspect(CFG, mail("Faktura").text("x").attach("application/octet-stream",
                "faktura.docx", zip(parts)).bytes(), UNAUTH);
        assertThat(bomb.has(SignalNames.ARCHIVE_BOMB)).as(bomb.summary()).isTrue();
        assertThat(bomb.isError()).isTrue();
        assertThat(bomb.action()).isNotEqualTo(InvoiceAction.DELIVER);
    }

    /**
     * The bomb in a part that holds no text (a "picture"): skipping an entry inflates it too, so every entry of an
     * Office document goes through the expansion counter, not only the ones read.
     */
    @Test
    void anOfficeDocumentWithABombInAPictureIsStoppedAndFailsClosed() {
        Map<String, byte[]> parts = new java.util.LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<Types/>".getBytes());
        parts.put("word/media/image1.png", new byte[40 << 20]);
        parts.put("word/document.xml", "<w:document><w:p><w:t>Faktura</w:t></w:p></w:document>".getBytes());
        InvoiceVerdict bomb = inspect(CFG, mail("Faktura").text("x").attach("application/octet-stream",
                "faktura.docx", zip(parts)).bytes(), UNAUTH);
        assertThat(bomb.has(SignalNames.ARCHIVE_BOMB)).as(bomb.summary()).isTrue();
        assertThat(bomb.isError()).isTrue();
        assertThat(bomb.action()).isNotEqualTo(InvoiceAction.DELIVER);
    }

    // ------------------------------------------------------------------ image-only invoices

    @Test
    void aScannedPdfInvoiceIsAnImageInvoice() {
        byte[] scan = TestFiles.pdf(List.of());
        InvoiceVerdict v = inspect(CFG, mail("Faktura 991").text("Vedhaeftet").attach("application/pdf", "scan.pdf",
                scan).bytes(), UNAUTH);
        assertThat(v.reasons()).filteredOn(r -> r.name().equals(SignalNames.IMAGE_INVOICE))
                .extracting(Reason::evidence).anyMatch(e -> e.contains("no text layer"));
        // a PDF with text is not
        assertThat(inspect(CFG, mail("Faktura 991").text("x").attach("application/pdf", "f.pdf", invoicePdf())
                .bytes(), UNAUTH).has(SignalNames.IMAGE_INVOICE)).isFalse();
    }

    /**
     * The scanned invoice pasted into a Word document or onto a slide: pictures and no text, the scanned PDF in other
     * clothes. A letter with its logo is not.
     */
    @Test
    void anOfficeDocumentThatIsOnlyPicturesIsAnImageInvoice() {
        for (String[] kind : new String[][] {{"faktura.docx", DOCX, "word/document.xml", "word/media/image1.png"},
                {"faktura.pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                        "ppt/slides/slide1.xml", "ppt/media/image1.jpeg"},
                {"faktura.odt", "application/vnd.oasis.opendocument.text", "content.xml", "Pictures/1000.png"}}) {
            Map<String, byte[]> parts = new java.util.LinkedHashMap<>();
            parts.put("[Content_Types].xml", "<Types/>".getBytes());
            parts.put(kind[2], "<w:document><w:body><w:p><w:r><w:drawing/></w:r></w:p></w:body></w:document>"
                    .getBytes(StandardCharsets.UTF_8));
            parts.put(kind[3], hugePng());
            InvoiceVerdict v = inspect(CFG, mail("Faktura 991").text("Vedhæftet").attach(kind[1], kind[0], zip(parts))
                    .bytes(), UNAUTH);
            assertThat(v.reasons()).as(kind[0] + " " + v.summary()).filteredOn(r -> r.name().equals(SignalNames.IMAGE_INVOICE))
                    .extracting(Reason::evidence).anyMatch(e -> e.contains(kind[0] + "\" (pictures, no text)"));
            parts.put(kind[2], ("<w:document><w:body><w:p><w:r><w:t>Faktura 991 for service af ventilation, betales "
                    + "til reg. 6695 konto 2000123456</w:t></w:r></w:p></w:body></w:document>")
                    .getBytes(StandardCharsets.UTF_8));
            InvoiceVerdict logo = inspect(CFG, mail("Faktura 991").text("Vedhæftet").attach(kind[1], kind[0],
                    zip(parts)).bytes(), UNAUTH);
            assertThat(logo.has(SignalNames.IMAGE_INVOICE)).as(kind[0] + " " + logo.summary()).isFalse();
        }
        // a table that is an embedded workbook shows as an EMF preview: not a scan
        Map<String, byte[]> table = new java.util.LinkedHashMap<>();
        table.put("[Content_Types].xml", "<Types/>".getBytes());
        table.put("word/document.xml", "<w:document><w:body><w:p><w:r><w:object/></w:r></w:p></w:body></w:document>"
                .getBytes(StandardCharsets.UTF_8));
        table.put("word/media/image1.emf", new byte[64]);
        table.put("word/embeddings/Microsoft_Excel_Worksheet.xlsx", new byte[64]);
        assertThat(inspect(CFG, mail("Faktura 991").text("Vedhæftet").attach(DOCX, "faktura.docx", zip(table)).bytes(),
                UNAUTH).has(SignalNames.IMAGE_INVOICE)).isFalse();
        assertThat(List.of("word/media/image1.png", "PPT/MEDIA/image2.JPEG", "xl/media/a.emf", "Pictures/x.svg"))
                .allMatch(OfficeText::isPicture);
        assertThat(List.of("word/media/image1.bin", "media/image1.png", "word/embeddings/a.png", "word/media/"))
                .noneMatch(OfficeText::isPicture);
    }

    /** A 20 000 x 20 000 PNG: only its header is read (the pixel data here is not even valid). */
    static byte[] hugePng() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
                0, 0, 0x4e, 0x20, 0, 0, 0x4e, 0x20, 8, 2, 0, 0, 0, 0, 0, 0, 0});
        b.writeBytes(new byte[200_000]);
        return b.toByteArray();
    }

    @Test
    void anImageNamedAsAnInvoiceIsAnImageInvoiceAndItsPixelsAreNeverDecoded() {
        InvoiceVerdict v = inspect(CFG, mail("Hej").text("Se billede").attach("image/png", "faktura_4471.png",
                hugePng()).bytes(), UNAUTH);
        assertThat(v.reasons()).filteredOn(r -> r.name().equals(SignalNames.IMAGE_INVOICE))
                .extracting(Reason::evidence).anyMatch(e -> e.contains("PNG 20000x20000, not decoded"));
        // a logo in a newsletter is not
        assertThat(inspect(CFG, mail("Nyhedsbrev").text("Nyt fra os").attach("image/png", "logo.png", hugePng())
                .bytes(), UNAUTH).has(SignalNames.IMAGE_INVOICE)).isFalse();
    }

    // ------------------------------------------------------------------ links and look-alikes

    @Test
    void linksToLookAlikesOfOurOrSuppliersDomainsAreSignals() {
        String homoglyph = IDN.toASCII("k\u043emmune.dk"); // Cyrillic o
        for (String url : List.of("https://kommune-faktura.dk/betal", "http://kommune.dk-betaling.com/x",
                "https://" + homoglyph + "/login", "https://www.danfosss.dk/invoice",
                "https://kommune.dk@kommune-betaling.com/")) {
            InvoiceVerdict v = inspect(CFG, mail("Faktura").html("<p>Betal her: <a href=\"" + url + "\">kommune.dk</a>")
                    .bytes(), AUTH_OTHER);
            assertThat(v.has(SignalNames.LOOKALIKE_LINK)).as(url + " " + v.summary()).isTrue();
            assertThat(v.has(SignalNames.AUTHENTICATED_SENDER)).isFalse();
        }
        for (String url : List.of("https://www.kommune.dk/betal", "https://danfoss.dk/", "https://example.org/",
                "https://evil.example@kommune.dk/")) {
            InvoiceVerdict v = inspect(CFG, mail("Faktura").text("Betal her: " + url).bytes(), AUTH_OTHER);
            assertThat(v.has(SignalNames.LOOKALIKE_LINK)).as(url).isFalse();
        }
    }

    /**
     * The same "pay here" moved out of the body into the attachment: a PDF's link annotation or its text, a .docx's
     * hyperlink (its target lives in the relationships, not the text), an .odt's (in an attribute). Each is
     * a look-alike link; the document's own links to ours, a supplier's or nobody's domain are not.
     */
    @Test
    void linksToLookAlikesInsideAttachedDocumentsAreSignals() {
        String fake = "https://kommune-faktura.dk/betal";
        byte[] annotated = TestFiles.pdf(List.of("FAKTURA 118", "Betal via linket"),
                new TestFiles.PdfOptions(null, null, fake, null, 1));
        byte[] typed = TestFiles.pdf(List.of("FAKTURA 118", "Betal her: " + fake));
        Map<String, byte[]> docx = new java.util.LinkedHashMap<>();
        docx.put("[Content_Types].xml", "<Types/>".getBytes());
        docx.put("word/document.xml", "<w:document><w:body><w:p><w:hyperlink r:id=\"rId9\"><w:r><w:t>Betal her</w:t>"
                .concat("</w:r></w:hyperlink></w:p></w:body></w:document>").getBytes(StandardCharsets.UTF_8));
        docx.put("word/_rels/document.xml.rels", ("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas."
                + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas."
                + "openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/><Relationship"
                + " Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\""
                + " Target=\"" + fake + "\" TargetMode=\"External\"/></Relationships>").getBytes(StandardCharsets.UTF_8));
        Map<String, byte[]> odt = new java.util.LinkedHashMap<>();
        odt.put("mimetype", "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.UTF_8));
        odt.put("content.xml", ("<office:document-content><office:body><office:text><text:p>Betal <text:a xlink:type="
                + "\"simple\" xlink:href=\"" + fake + "\">her</text:a></text:p></office:text></office:body>"
                + "</office:document-content>").getBytes(StandardCharsets.UTF_8));
        // the same link as a simple field (a generator's HYPERLINK field, no relationship) and on a VML shape (a
        // "Betal" button drawn as a legacy shape), and an .odt link whose target stands after 600 characters of
        // other attributes
        Map<String, byte[]> field = new java.util.LinkedHashMap<>(docx);
        field.put("word/document.xml", ("<w:document><w:body><w:p><w:fldSimple w:instr=\" HYPERLINK &quot;" + fake
                + "&quot; \"><w:r><w:t>Betal her</w:t></w:r></w:fldSimple></w:p><w:p><w:pict><v:roundrect "
                + "id=\"knap\" href=\"" + fake + "\"><v:textbox><w:txbxContent><w:p><w:r><w:t>Betal</w:t></w:r></w:p>"
                + "</w:txbxContent></v:textbox></v:roundrect></w:pict></w:p></w:body></w:document>")
                .getBytes(StandardCharsets.UTF_8));
        field.remove("word/_rels/document.xml.rels");
        Map<String, byte[]> fieldOnly = new java.util.LinkedHashMap<>(field);
        fieldOnly.put("word/document.xml", new String(field.get("word/document.xml"), StandardCharsets.UTF_8)
                .replaceAll("<w:pict>.*</w:pict>", "").getBytes(StandardCharsets.UTF_8));
        Map<String, byte[]> shapeOnly = new java.util.LinkedHashMap<>(field);
        shapeOnly.put("word/document.xml", new String(field.get("word/document.xml"), StandardCharsets.UTF_8)
                .replaceAll("<w:fldSimple.*</w:fldSimple>", "").getBytes(StandardCharsets.UTF_8));
        Map<String, byte[]> padded = new java.util.LinkedHashMap<>(odt);
        padded.put("content.xml", new String(odt.get("content.xml"), StandardCharsets.UTF_8).replace("<text:a ",
                "<text:a text:style-name=\"" + "x".repeat(600) + "\" ").getBytes(StandardCharsets.UTF_8));
        Map<String, byte[]> documents = new java.util.LinkedHashMap<>(Map.of("faktura.pdf", annotated, "faktura2.pdf",
                typed, "faktura.docx", zip(docx), "faktura.odt", zip(odt)));
        // an annotation's URI read as a body's link is: percent-encoded host, user-info, a Safe Links wrapper
        documents.put("kodet.pdf", TestFiles.pdf(List.of("FAKTURA 118", "Betal via linket"), new TestFiles.PdfOptions(
                null, null, "https://kommune%2Dfaktura.dk/betal", null, 1)));
        documents.put("bruger.pdf", TestFiles.pdf(List.of("FAKTURA 118", "Betal via linket"), new TestFiles.PdfOptions(
                null, null, "https://kommune.dk@kommune-faktura.dk/betal", null, 1)));
        documents.put("safe.pdf", TestFiles.pdf(List.of("FAKTURA 118", "Betal via linket"), new TestFiles.PdfOptions(
                null, null, "https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fkommune-faktura.dk"
                        + "%2Fbetal&data=05", null, 1)));
        documents.put("felt.docx", zip(fieldOnly));
        documents.put("knap.docx", zip(shapeOnly));
        documents.put("lang.odt", zip(padded));
        for (Map.Entry<String, byte[]> d : documents.entrySet()) {
            String type = d.getKey().endsWith("pdf") ? "application/pdf" : d.getKey().endsWith("odt")
                    ? "application/vnd.oasis.opendocument.text" : DOCX;
            InvoiceVerdict v = inspect(CFG, mail("Faktura 118").text("Se vedhæftede.").attach(type, d.getKey(),
                    d.getValue()).bytes(), AUTH_OTHER);
            assertThat(v.reasons()).as(d.getKey() + " " + v.summary())
                    .filteredOn(r -> r.name().equals(SignalNames.LOOKALIKE_LINK)).extracting(Reason::evidence)
                    .anyMatch(e -> e.startsWith("document link domain kommune-faktura.dk"));
        }
        // the relationships' namespaces and in-package targets are no links; ours and a supplier's are not look-alikes
        assertThat(OfficeText.externalTargets(new String(docx.get("word/_rels/document.xml.rels"),
                StandardCharsets.UTF_8))).containsExactly(fake);
        for (String url : List.of("https://www.kommune.dk/betal", "https://danfoss.dk/", "https://example.org/")) {
            InvoiceVerdict v = inspect(CFG, mail("Faktura 118").text("Se vedhæftede.").attach("application/pdf",
                    "faktura.pdf", TestFiles.pdf(List.of("FAKTURA 118", "Se " + url),
                            new TestFiles.PdfOptions(null, null, url, null, 1))).bytes(), AUTH_OTHER);
            assertThat(v.has(SignalNames.LOOKALIKE_LINK)).as(url + " " + v.summary()).isFalse();
        }
    }

    @Test
    void aRelationshipsTargetIsReadWhateverTheQuotesAndSpacing() {
        assertThat(OfficeText.externalTargets("<Relationship TargetMode = 'External' Id='a' Target = 'https://a.dk/x'/>"
                + "<Relationship Target=\"https://b.dk\" TargetMode=\"Internal\"/><Relationship\tTarget=\"c\">"
                + "<Relationship Target=\"https://d.dk\"\nTargetMode=\"External\"/><x TargetMode=\"External\" "
                + "Target=\"unclosed/>")).containsExactly("https://a.dk/x", "https://d.dk");
        // character references in a value are what Word reads
        assertThat(OfficeText.externalTargets("<Relationship Target=\"https://kommune&#45;faktura.dk/?a=1&amp;b=2\" "
                + "TargetMode=\"External\"/>")).containsExactly("https://kommune-faktura.dk/?a=1&b=2");
        // linear whatever the part: a megabyte of attribute names never closed
        String hostile = "<r TargetMode=\"External\"" + " Target=\u0020".repeat(100_000) + " TargetX=\"a\">";
        assertThat(CpuClock.millisOf(LIMIT, () -> OfficeText.externalTargets(hostile))).as("CPU ms").isLessThan(5_000);
        String ampersands = "<r TargetMode=\"External\" Target=\"" + "&".repeat(1_000_000) + "\">";
        assertThat(CpuClock.millisOf(LIMIT, () -> OfficeText.externalTargets(ampersands))).as("CPU ms").isLessThan(5_000);
    }

    /**
     * Behind Exchange Online every link is wrapped by Safe Links, the real target percent-encoded in its url=
     * parameter. The clerk lands on the inner host, which is the one measured (also re-encoded, with encoded
     * user-info or an encoded hyphen); the wrapper counts only when it wraps nothing readable. An arbitrary
     * redirect's query is not read: a newsletter's tracking links name their social-media targets so.
     */
    @Test
    void aLookAlikeWrappedInSafeLinksIsStillALookAlikeLink() {
        String safe = "https://eur03.safelinks.protection.outlook.com/?url=";
        for (String inner : List.of("https%3A%2F%2Fkommune-faktura.dk%2Fbetal", "https%253A%252F%252Fkommune-faktura.dk",
                "https%3A%2F%2Fwww.kommune.dk%40kommune-betaling.com%2Fx", "https%3A%2F%2Fkommune%2Dfaktura.dk")) {
            String url = safe + inner + "&data=05%7C02%7C&sdata=abc&reserved=0";
            InvoiceVerdict v = inspect(CFG, mail("Faktura").html("<p>Betal her: <a href=\"" + url + "\">kommune.dk</a>")
                    .bytes(), AUTH_OTHER);
            assertThat(v.has(SignalNames.LOOKALIKE_LINK)).as(url + " " + v.summary()).isTrue();
        }
        Set<String> hosts = new java.util.LinkedHashSet<>();
        Links.hosts("Se " + safe + "https%3A%2F%2Fwww.kommune.dk%2F&data=1 og " + safe + "x&data=2 og "
                + "https://track.example.net/c?u=https%3A%2F%2Fwww.facebook.com%2Fx og https://kommune%2Dbetaling.dk/",
                10_000, hosts, 10);
        assertThat(hosts).containsExactly("www.kommune.dk", "eur03.safelinks.protection.outlook.com",
                "track.example.net", "kommune-betaling.dk");
        // a megabyte of wrappers back to back is read once, not once per wrapper
        String run = (safe + "https%3A%2F%2Fwww.kommune.dk%2F&data=").repeat(20_000);
        assertThat(CpuClock.millisOf(LIMIT, () -> Links.hosts(run, run.length(), new java.util.LinkedHashSet<>(), 200)))
                .as("CPU ms").isLessThan(2_000);
    }

    @Test
    void lookAlikesThatExtendAProtectedName() {
        for (String d : List.of("kommune-faktura.dk", "faktura-kommune.com", "danfoss-payments.com")) {
            SpoofSignals s = SpoofSignals.evaluate(UNAUTH, "X <a@" + d + ">", null, null, CFG);
            assertThat(s.has(SignalNames.EMBEDDED_DOMAIN)).as(d).isTrue();
        }
        assertThat(SpoofSignals.evaluate(UNAUTH, "X <a@kommunekemi.dk>", null, null, CFG)
                .has(SignalNames.EMBEDDED_DOMAIN)).isFalse();
    }

    @Test
    void domainsThatCarryOurOrganisationsNameWhereOurDomainIsAnAbbreviation() {
        // balk.dk is Ballerup Kommune, htk.dk Høje-Taastrup, kk.dk København: the forger writes the name the reader
        // knows, which the checks on our domains never see
        InvoiceConfig cfg = InvoiceConfig.parse(Map.of("domains.own", "balk.dk", "domains.suppliers",
                "ballerup-kontorforsyning.dk", "names.protected", "Ballerup Kommune, Høje-Taastrup Kommune, "
                        + "Københavns Kommune"));
        for (String d : List.of("ballerup-kommune-faktura.dk", "ballerupkommune.dk", "ballerup-kommune.com",
                "mitid-ballerup.com", "ballerupbetaling.dk", "hoeje-taastrup-kommune.dk", "hojetaastrup-faktura.net",
                "xn--hje-taastrup-betaling-qfc.dk", "kobenhavn-opkraevning.dk", "koebenhavns-kommune.dk")) {
            SpoofSignals s = SpoofSignals.evaluate(AUTH_OTHER, "X <a@" + d + ">", null, null, cfg);
            assertThat(s.has(SignalNames.EMBEDDED_DOMAIN)).as(d + " " + s.signals()).isTrue();
        }
        // the town's name with a trade is a local business; a supplier we list is ours to trust; the name alone
        // may be the municipality's other domain; the abbreviation's own rules still hold
        for (String d : List.of("ballerup-vvs.dk", "ballerup-kontorforsyning.dk", "ballerupposten.dk", "ballerup.dk",
                "ballerup-kontorhotel.dk", "ballerupvej-it.dk", "taastrup-el.dk",
                "brandtilsyn-ballerup-herlev.dk")) {
            SpoofSignals s = SpoofSignals.evaluate(AUTH_OTHER, "X <a@" + d + ">", null, null, cfg);
            assertThat(s.has(SignalNames.EMBEDDED_DOMAIN)).as(d + " " + s.signals()).isFalse();
        }
        assertThat(SpoofSignals.evaluate(AUTH_OTHER, "X <a@balk-leverandoer.dk>", null, null, cfg)
                .has(SignalNames.EMBEDDED_DOMAIN)).isTrue();
        assertThat(SpoofSignals.organisationNameForms("Høje-Taastrup Kommune")).contains("høje-taastrup",
                "hoeje-taastrup", "hoje-taastrup", "hoejetaastrup");
        assertThat(SpoofSignals.organisationNameForms("Ærø Kommune")).containsExactlyInAnyOrder("ærø", "aero", "aeroe");
        assertThat(SpoofSignals.organisationNameForms("Als Kommune")).isEmpty();
        assertThat(SpoofSignals.organisationNameForms("Kommune")).isEmpty();
        // in a link too: "pay here" on a page named for us
        InvoiceVerdict link = inspect(cfg, mail("Faktura 7").text("Betal her: https://ballerup-kommune-betaling.dk/f/7")
                .bytes(), AUTH_OTHER);
        assertThat(link.has(SignalNames.LOOKALIKE_LINK)).as(link.summary()).isTrue();
        // a signing service made up for us carries our name, not our abbreviation
        SenderVerdict signer = Verdicts.of("ip=198.51.100.9;mailfrom=x@signering-ballerup.dk;spf=pass;"
                + "dkim=pass:signering-ballerup.dk;dmarc=pass:signering-ballerup.dk:none");
        byte[] lure = TestMail.create().from("Signering <dokument@signering-ballerup.dk>").subject("Tillæg til aftale")
                .html("<p>Et dokument venter. <a href=\"https://signering-ballerup.dk/d/7\">Underskriv dokumentet</a></p>")
                .bytes();
        assertThat(inspect(cfg, lure, signer).action()).isEqualTo(InvoiceAction.TAG);
        assertThat(inspect(InvoiceConfig.parse(Map.of("domains.own", "balk.dk")), lure, signer).action())
                .isEqualTo(InvoiceAction.DELIVER);
    }

    @Test
    void aProtectedNameInTheDisplayNameOfAnAuthenticatedOutsiderKeepsTheMailFromPassingUntouched() {
        byte[] m = TestMail.create().from("Aarhus Kommune Okonomi <okonomi@shop-example.com>").subject("Faktura 12")
                .text("Faktura vedhaeftet").attach("application/pdf", "faktura.pdf", invoicePdf()).bytes();
        InvoiceVerdict v = inspect(CFG, m, AUTH_OTHER);
        // our own organisation's name from outside is impersonation whether or not the outsider authenticates
        // (fifth round): an invoice to us in our own name is held
        assertThat(v.has(SignalNames.DISPLAY_NAME_IMPERSONATION)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.QUARANTINE);
        // a supplier's name from an authenticated outsider stays the weaker signal
        byte[] supplier = TestMail.create().from("Danfoss Debitor <okonomi@shop-example.com>").subject("Faktura 12")
                .text("Faktura vedhaeftet").attach("application/pdf", "faktura.pdf", invoicePdf()).bytes();
        InvoiceVerdict s = inspect(CFG, supplier, AUTH_OTHER);
        assertThat(s.has(SignalNames.DISPLAY_NAME_ORGANISATION)).as(s.summary()).isTrue();
        assertThat(s.action()).as(s.summary()).isEqualTo(InvoiceAction.TAG);
    }

    // ------------------------------------------------------------------ more bad input

    @Test
    void aPdfWithTenThousandPagesIsReadUpToThePageLimit() {
        byte[] pdf = TestFiles.pdf(List.of("Faktura"), new TestFiles.PdfOptions(null, null, null, null, 10_000));
        // inspect() gives a time budget no machine reaches: this test is about the page limit
        InvoiceVerdict v = inspect(CFG, mail("Faktura").text("x").attach("application/pdf", "f.pdf", pdf).bytes(),
                UNAUTH);
        assertThat(v.reasons()).filteredOn(r -> r.name().equals(SignalNames.LIMIT_PDF_PAGES))
                .extracting(Reason::evidence).anyMatch(e -> e.contains("10000 pages"));
        assertThat(v.action()).as(v.reasons().toString()).isEqualTo(InvoiceAction.TAG);
    }

    /**
     * Twenty-four pages of items, the account on the last: an itemised bill prints where to pay at its end, so the
     * last pages are read beside the first {@code limit.pdf-pages}, and padding cannot hide a new account.
     */
    @Test
    void anAccountOnTheLastPageOfALongPdfIsRead() throws IOException {
        byte[] pdf;
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int p = 1; p <= 25; p++) {
                org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
                doc.addPage(page);
                try (org.apache.pdfbox.pdmodel.PDPageContentStream cs =
                             new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                            org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 11);
                    cs.newLineAtOffset(50, 700);
                    cs.showText(p == 25 ? "Betal til reg. 9570 konto 0012345678" : "FAKTURA 5521 linje " + p);
                    cs.endText();
                }
            }
            doc.save(out);
            pdf = out.toByteArray();
        }
        InvoiceVerdict v = fromKnownSupplier(TestMail.create()
                .from("Faktura <faktura@danfoss.dk>").subject("Faktura 5521").text("Faktura vedhæftet.")
                .attach("application/pdf", "Faktura_5521.pdf", pdf));
        assertThat(v.has(SignalNames.BANK_ACCOUNT_NEW)).as(v.summary()).isTrue();
        assertThat(v.reasons()).filteredOn(r -> r.name().equals(SignalNames.LIMIT_PDF_PAGES))
                .extracting(Reason::evidence).anyMatch(e -> e.contains("first 20 and the last 2"));
    }

    @Test
    void xmlExternalEntitiesAreNeverResolved() throws IOException {
        try (ServerSocket listener = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE Invoice [ <!ENTITY x SYSTEM \"http://127.0.0.1:"
                    + listener.getLocalPort() + "/x\"> <!ENTITY f SYSTEM \"file:///etc/passwd\"> ]>\n"
                    + "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\">&x;&f;</Invoice>";
            InvoiceVerdict v = inspect(CFG, mail("Faktura").text("x").attach("application/xml", "faktura.xml",
                    xml.getBytes(StandardCharsets.UTF_8)).bytes(), UNAUTH);
            assertThat(v.action()).isNotNull();
            assertThat(v.reasons()).extracting(Reason::evidence).noneMatch(e -> e.contains("root:"));
            // Had anything resolved &x;, its connection would be waiting in the backlog now.
            listener.setSoTimeout(200);
            assertThatThrownBy(listener::accept).isInstanceOf(SocketTimeoutException.class);
        }
    }

    /**
     * Characters nobody sees, and look-alike digits, inside an account number: the clerk reads and pays the number,
     * so the comparison with the supplier's known accounts must see it too (a new account hidden from the memory
     * would be delivered as the known supplier's clean invoice).
     */
    @Test
    void invisibleCharactersAndFullWidthDigitsDoNotHideANewAccount() {
        assertThat(Texts.readable("0244\u200b123456 53\u00ad01 \uff15\uff13\uff10\uff11 fak\u2060tura")).isEqualTo(
                "0244123456 5301 5301 faktura");
        // a word that mixes scripts is read as the Latin it shows; a Cyrillic word stays Cyrillic
        assertThat(Texts.readable("f\u0430ktura \u0421\u0447\u0451\u0442")).isEqualTo("faktura \u0421\u0447\u0451\u0442");
        for (String hidden : List.of("reg. 5301 konto 0244\u200b123456", "reg. 53\u00ad01 konto 0244123456",
                "reg. \uff15\uff13\uff10\uff11 konto \uff10\uff12\uff14\uff14\uff11\uff12\uff13\uff14\uff15\uff16",
                "IBAN DK95\u200b2000\u200b0123\u200b4567\u200b89",
                // Cyrillic "е", "о" and "К" drawn like the Latin letters
                "r\u0435g. 5301 k\u043ent\u043e 0244123456", "IBAN D\u041a95 2000 0123 4567 89")) {
            InvoiceVerdict v = fromKnownSupplier(TestMail.create()
                    .from("Faktura <faktura@danfoss.dk>").subject("Faktura 5521")
                    .text("Hermed faktura 5521. Beløbet betales til " + hidden + "."));
            assertThat(v.has(SignalNames.BANK_ACCOUNT_NEW)).as(hidden + ": " + v.summary()).isTrue();
            assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.QUARANTINE);
        }
        // the same in HTML, the zero-width space as a character reference
        InvoiceVerdict html = inspect(CFG, TestMail.create().from("Faktura <faktura@danfoss-eksempel.example>")
                .subject("Fak&#8203;tura").html("<p>Vi har &aelig;ndret vores bank&#8203;oplysninger. Betal til reg. "
                        + "5301 konto 0244&#8203;123456.</p>").bytes(), UNAUTH);
        assertThat(html.has(SignalNames.BANK_DETAILS)).as(html.summary()).isTrue();
        assertThat(html.has(SignalNames.BANK_CHANGE)).as(html.summary()).isTrue();
    }

    /**
     * A PDF written with character spacing (Tc) shows the clerk "Reg.nr. 9570 Kontonr. 0012345678"; the text
     * extractor writes "R e g . n r .  9 5 7 0 …". A compromised supplier's new account so spaced was no account, and
     * its invoice was delivered as clean.
     */
    @Test
    void letterSpacedPdfTextDoesNotHideANewAccount() {
        assertThat(Texts.closedUp("R e g . n r .  9 5 7 0  K o n t o n r .  0 0 1 2 3 4 5 6 7 8\nside 1 a 2"))
                .isEqualTo("Reg.nr. 9570 Kontonr. 0012345678\nside 1 a 2");
        assertThat(Texts.closedUp("Faktura 1 a 2 til 3 b")).isNull();
        InvoiceVerdict v = fromKnownSupplier(TestMail.create()
                .from("Faktura <faktura@danfoss.dk>").subject("Faktura 5521").text("Faktura vedhæftet.")
                .attach("application/pdf", "Faktura_5521.pdf", TestFiles.letterSpacedPdf("FAKTURA 5521",
                        "Ændret bankkonto: Reg.nr. 9570 Kontonr. 0012345678")));
        assertThat(v.has(SignalNames.BANK_ACCOUNT_NEW)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.QUARANTINE);
    }

    /** An account in the subject line only ("betal til reg 9570 konto …", the body says "see the subject"). */
    @Test
    void anAccountInTheSubjectIsAPayee() {
        InvoiceVerdict v = fromKnownSupplier(TestMail.create()
                .from("Faktura <faktura@danfoss.dk>").subject("Faktura 88300 – betal til reg 9570 konto 0012345678")
                .text("Se emnelinjen."));
        assertThat(v.has(SignalNames.BANK_ACCOUNT_NEW)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.QUARANTINE);
    }

    /** "faktura.txt" as application/octet-stream: Notepad shows the account, so the scan reads it too. */
    @Test
    void aTextFileSentAsOctetStreamIsRead() {
        InvoiceVerdict v = fromKnownSupplier(TestMail.create()
                .from("Faktura <faktura@danfoss.dk>").subject("Faktura 5521").text("Se vedhæftede.")
                .attach("application/octet-stream", "faktura.txt", "FAKTURA 5521\r\nBetal til reg. 9570 konto 0012345678"
                        .getBytes(StandardCharsets.UTF_8)));
        assertThat(v.has(SignalNames.BANK_ACCOUNT_NEW)).as(v.summary()).isTrue();
    }

    @Test
    void closingUpLetterSpacedTextIsLinear() {
        String hostile = "a ".repeat(500_000) + "b c".repeat(300_000);
        long t0 = CpuClock.threadNanos();
        assertThat(Texts.closedUp(hostile)).startsWith("aaaa");
        assertThat((CpuClock.threadNanos() - t0) / 1_000_000).isLessThan(3000);
    }

    /**
     * An invoice sent as RTF (Word opens it, whatever its name) was not read at all: a compromised supplier's new
     * account in it was delivered as clean. Its visible text is read now; fonts, styles, pictures and field codes are
     * not text; an embedded OLE object, the payload of RTF exploits, is active content.
     */
    @Test
    void rtfDocumentsAreReadAndTheirObjectsAreActiveContent() throws Exception {
        String rtf = "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}{\\colortbl;\\red0\\green0\\blue0;}"
                + "{\\*\\generator Writer;}\\f0\\fs22 FAKTURA 5521\\par Vi har \\'e6ndret bank.\\par "
                + "Betal til reg. 95{\\field{\\*\\fldinst HYPERLINK x}{\\fldrslt 70}} konto 0012\\u8203?345678\\par}";
        assertThat(Texts.readable(RtfText.read(new ByteArrayInputStream(rtf.getBytes(StandardCharsets.ISO_8859_1)),
                1_000_000, 1_000, () -> false).text())).isEqualTo(
                "FAKTURA 5521\nVi har ændret bank.\nBetal til reg. 9570 konto 0012345678\n");
        InvoiceVerdict v = fromKnownSupplier(TestMail.create()
                .from("Faktura <faktura@danfoss.dk>").subject("Faktura 5521").text("Se vedhæftede.")
                .attach("application/msword", "Faktura_5521.doc", rtf.getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(v.has(SignalNames.BANK_ACCOUNT_NEW)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.QUARANTINE);
        String exploit = "{\\rtf1{\\object\\objemb{\\*\\objclass Equation.3}{\\*\\objdata 0105000002000000}}"
                + "Faktura}";
        InvoiceVerdict object = inspect(CFG, mail("Faktura 7781").text("Se vedhæftede.").attach("application/rtf",
                "faktura.rtf", exploit.getBytes(StandardCharsets.US_ASCII)).bytes(), UNAUTH);
        assertThat(object.has(SignalNames.OFFICE_MACRO)).as(object.summary()).isTrue();
        assertThat(RtfText.read(new ByteArrayInputStream(exploit.getBytes(StandardCharsets.US_ASCII)), 1_000, 1_000,
                () -> false).text()).isEqualTo("Faktura");
    }

    /** Nesting, binary runs, endless control words and a document over the byte limit: bounded, fail closed. */
    @Test
    void hostileRtfIsBounded() throws Exception {
        String deep = "{\\rtf1 " + "{".repeat(2_000_000) + "reg. 9570 konto 0012345678" + "}".repeat(2_000_000) + "}";
        long t0 = CpuClock.threadNanos();
        RtfText.Result r = RtfText.read(new ByteArrayInputStream(deep.getBytes(StandardCharsets.US_ASCII)), 10_000_000,
                1_000, () -> false);
        assertThat(r.text()).isEqualTo("reg. 9570 konto 0012345678");
        String bin = "{\\rtf1 {\\bin999999999 }}}}} x}";
        assertThat(RtfText.read(new ByteArrayInputStream(bin.getBytes(StandardCharsets.US_ASCII)), 1_000, 1_000,
                () -> false).text()).isEmpty();
        String word = "{\\rtf1 \\" + "a".repeat(3_000_000) + "9".repeat(1_000_000) + " visible}";
        assertThat(RtfText.read(new ByteArrayInputStream(word.getBytes(StandardCharsets.US_ASCII)), 10_000_000, 1_000,
                () -> false).text()).isEqualTo("visible");
        assertThat((CpuClock.threadNanos() - t0) / 1_000_000).isLessThan(5000);
        byte[] big = ("{\\rtf1 Faktura " + "x".repeat(3_000_000) + "}").getBytes(StandardCharsets.US_ASCII);
        InvoiceVerdict v = inspect(InvoiceConfig.parse(Map.of("domains.suppliers", "danfoss.dk", "limit.pdf-bytes",
                "1000000")), mail("Faktura 1").text("x").attach("application/rtf", "f.rtf", big).bytes(), UNAUTH);
        assertThat(v.has(SignalNames.ERROR)).as(v.summary()).isTrue();
    }

    /** Hidden HTML digits must not split the account the reader sees ("53" + hidden "99" + "01" shows 5301). */
    @Test
    void hiddenHtmlDoesNotSplitANewAccount() {
        InvoiceVerdict v = fromKnownSupplier(TestMail.create()
                .from("Faktura <faktura@danfoss.dk>").subject("Faktura 5521")
                .html("<p>Hermed faktura 5521. Beløbet betales til reg. 53<span style=\"display:none\">99</span>01 "
                        + "konto 0244<span style=\"font-size:0\">8</span>123456.</p>"));
        assertThat(v.has(SignalNames.BANK_ACCOUNT_NEW)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.QUARANTINE);
    }

    @Test
    void hiddenHtmlIsLinear() {
        String nested = "<div style=display:none>".repeat(50_000) + "x" + "</div>".repeat(50_000);
        String unclosed = "<span hidden>".repeat(100_000) + "reg. 5301 konto 0244123456";
        assertTimeoutPreemptively(LIMIT, () -> {
            assertThat(Html.visibleText(nested, 10_000_000).trim()).isEmpty();
            assertThat(Html.visibleText(unclosed, 10_000_000).trim()).isEmpty();
        });
    }

    /**
     * An invoice template whose payment line is a filled-in form field: the page shows the account, the content
     * stream does not hold it. The field's value is read, so a known supplier's new account there is new.
     */
    @Test
    void anAccountInAFilledInPdfFormFieldIsRead() throws IOException {
        byte[] pdf;
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            doc.addPage(page);
            try (org.apache.pdfbox.pdmodel.PDPageContentStream cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 11);
                cs.newLineAtOffset(50, 740);
                cs.showText("FAKTURA 5521 - Betales til:");
                cs.endText();
            }
            org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm form =
                    new org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm(doc);
            doc.getDocumentCatalog().setAcroForm(form);
            org.apache.pdfbox.pdmodel.PDResources resources = new org.apache.pdfbox.pdmodel.PDResources();
            resources.put(org.apache.pdfbox.cos.COSName.getPDFName("Helv"), new org.apache.pdfbox.pdmodel.font.PDType1Font(
                    org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA));
            form.setDefaultResources(resources);
            form.setDefaultAppearance("/Helv 10 Tf 0 g");
            org.apache.pdfbox.pdmodel.interactive.form.PDTextField field =
                    new org.apache.pdfbox.pdmodel.interactive.form.PDTextField(form);
            field.setPartialName("konto");
            form.getFields().add(field);
            var widget = field.getWidgets().get(0);
            widget.setRectangle(new org.apache.pdfbox.pdmodel.common.PDRectangle(50, 700, 400, 20));
            widget.setPage(page);
            page.getAnnotations().add(widget);
            field.setValue("Reg.nr. 5301 Kontonr. 0244123456");
            doc.save(out);
            pdf = out.toByteArray();
        }
        InvoiceVerdict v = fromKnownSupplier(TestMail.create()
                .from("Faktura <faktura@danfoss.dk>").subject("Faktura 5521").text("Faktura 5521 vedhæftet.")
                .attach("application/pdf", "Faktura_5521.pdf", pdf));
        assertThat(v.has(SignalNames.BANK_ACCOUNT_NEW)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.QUARANTINE);
    }

    /** A zipped "Faktura.html", "betaling.txt", saved mail or RTF is read like an attached one. */
    @Test
    void anAccountInAZippedDocumentIsAPayee() {
        byte[] rtf = "{\\rtf1\\ansi {\\b Faktura 5521}\\par Betales til IBAN DK95 2000 0123 4567 89\\par}"
                .getBytes(StandardCharsets.US_ASCII);
        for (Map.Entry<String, byte[]> entry : Map.of(
                "Faktura_5521.html", "<html><body><h1>Faktura 5521</h1><p>Betales til IBAN DK95 2000 0123 4567 89</p></body></html>"
                        .getBytes(StandardCharsets.UTF_8),
                "betaling.txt", "Faktura 5521\r\nBetales til IBAN DK95 2000 0123 4567 89\r\n".getBytes(StandardCharsets.ISO_8859_1),
                "faktura.eml", "From: faktura@danfoss.dk\r\nSubject: Faktura 5521\r\n\r\nBetal til IBAN DK95 2000 0123 4567 89\r\n"
                        .getBytes(StandardCharsets.US_ASCII),
                "Faktura_5521.doc", rtf).entrySet()) {
            InvoiceVerdict v = fromKnownSupplier(TestMail.create()
                    .from("Faktura <faktura@danfoss.dk>").subject("Faktura 5521").text("Faktura vedhæftet.")
                    .attach("application/zip", "faktura.zip", zip(Map.of(entry.getKey(), entry.getValue()))));
            assertThat(v.has(SignalNames.BANK_ACCOUNT_NEW)).as(entry.getKey() + ": " + v.summary()).isTrue();
            assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.QUARANTINE);
        }
    }

    /** Zipped data exports beyond the text budget are ordinary mail: read as far as the budget goes, never an error. */
    @Test
    void zippedDataBeyondTheTextBudgetIsNoIncompleteInspection() {
        // rows that do not compress like a bomb: addresses with random house numbers and postcodes
        java.util.Random random = new java.util.Random(11);
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        // together more than the message's whole 8 M characters for accounts
        for (int i = 0; i < 5; i++) {
            StringBuilder rows = new StringBuilder("kommune;vej;husnummer;postnummer\r\n");
            while (rows.length() < (i == 2 ? 4_500_000 : 2_200_000)) {
                rows.append("Horsens;Vej ").append(random.nextInt(100_000)).append(';').append(random.nextInt(300))
                        .append(';').append(1000 + random.nextInt(9000)).append("\r\n");
            }
            entries.put("udtraek-" + i + (i == 2 ? ".txt" : ".csv"), rows.toString().getBytes(StandardCharsets.UTF_8));
        }
        InvoiceVerdict v = new InvoiceInspector(CFG).inspect(new ByteArrayInputStream(TestMail.create()
                .from("GIS-teamet <data@danfoss.dk>").subject("Adresseudtræk november").text("Hermed udtrækket.")
                .attach("application/zip", "udtraek.zip", zip(entries)).bytes()),
                Verdicts.of("ip=192.0.2.50;mailfrom=bounce@danfoss.dk;spf=pass;dkim=pass:danfoss.dk;"
                        + "dmarc=pass:danfoss.dk:none"), Set.of(), null);
        assertThat(v.has(SignalNames.ERROR)).as(v.summary()).isFalse();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.DELIVER);
        // the archive first, the body after it: the body is still read in full
        InvoiceVerdict first = fromKnownSupplier(TestMail.create().from("Faktura <faktura@danfoss.dk>")
                .subject("Faktura 5521").attach("application/zip", "udtraek.zip", zip(entries))
                .text("Hermed faktura 5521. " + "Beløbet betales til IBAN DK95 2000 0123 4567 89. ".repeat(40_000)));
        assertThat(first.has(SignalNames.ERROR)).as(first.summary()).isFalse();
        assertThat(first.has(SignalNames.BANK_ACCOUNT_NEW)).as(first.summary()).isTrue();
    }

    /** UTF-16 text, with a byte-order mark or without one and without a charset, is read as a reader's program shows it. */
    @Test
    void utf16TextIsReadAsUtf16() {
        String text = "Faktura 5521. Beløbet betales til IBAN DK95 2000 0123 4567 89 senest om 8 dage.";
        byte[] bom = "\uFEFF".concat(text).getBytes(StandardCharsets.UTF_16LE);
        byte[] bare = text.getBytes(StandardCharsets.UTF_16BE);
        for (TestMail mail : List.of(
                TestMail.create().from("Faktura <faktura@danfoss.dk>").subject("Faktura 5521").text("Se vedhæftede.")
                        .attach("text/plain", "betaling.txt", bom),
                TestMail.create().from("Faktura <faktura@danfoss.dk>").subject("Faktura 5521")
                        .rawPart("Content-Type: text/plain\r\nContent-Transfer-Encoding: base64", TestMail.b64(bare))
                        .rawPart("Content-Type: text/plain; charset=utf-8", "Venlig hilsen"))) {
            InvoiceVerdict v = fromKnownSupplier(mail);
            assertThat(v.has(SignalNames.BANK_ACCOUNT_NEW)).as(v.summary()).isTrue();
            assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.QUARANTINE);
        }
        assertThat(MimeScan.utf16("Faktura 5521, æøå".getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(MimeScan.utf16("Faktura 5521, æøå".getBytes(StandardCharsets.ISO_8859_1))).isNull();
    }

    /**
     * A compromised known supplier's new account where a calendar, an address book or a mail program shows it: a
     * folded calendar line, a vCard's quoted-printable soft break, a saved mail sent as octet-stream, an image's
     * alt text.
     */
    @Test
    void anAccountWhereOtherProgramsShowItIsAPayee() {
        byte[] ics = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:Betal faktura 5521\r\n"
                + "DESCRIPTION:Beløbet overføres til IBAN DK95 2000 01\r\n 23 4567 89 senest fredag\r\nEND:VEVENT\r\n"
                + "END:VCALENDAR\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] vcf = ("BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Danfoss Bogholderi\r\nNOTE;ENCODING=QUOTED-PRINTABLE:Betal til IBAN =\r\n"
                + "DK95 2000 0123 =\r\n4567 89\r\nEND:VCARD\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] eml = ("From: faktura@danfoss.dk\r\nSubject: Faktura 5521\r\n\r\nBetal til IBAN DK95 2000 0123 4567 89\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        for (TestMail mail : List.of(
                TestMail.create().from("Faktura <faktura@danfoss.dk>").subject("Faktura 5521").text("Se kalenderen.")
                        .attach("text/calendar", "betaling.ics", ics),
                TestMail.create().from("Faktura <faktura@danfoss.dk>").subject("Faktura 5521").text("Se kalenderen.")
                        .attach("application/octet-stream", "betaling.ics", ics),
                TestMail.create().from("Faktura <faktura@danfoss.dk>").subject("Faktura 5521").text("Se kortet.")
                        .attach("text/x-vcard", "bogholderi.vcf", vcf),
                TestMail.create().from("Faktura <faktura@danfoss.dk>").subject("Faktura 5521").text("Se vedhæftede.")
                        .attach("application/octet-stream", "faktura.eml", eml),
                TestMail.create().from("Faktura <faktura@danfoss.dk>").subject("Faktura 5521")
                        .html("<p>Hermed faktura 5521.</p><img src=\"cid:bank\" alt=\"Betal til IBAN DK95 2000 0123 4567 89\">"))) {
            InvoiceVerdict v = fromKnownSupplier(mail);
            assertThat(v.has(SignalNames.BANK_ACCOUNT_NEW)).as(v.summary()).isTrue();
            assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.QUARANTINE);
        }
    }

    /**
     * A saved mail is opened by a mail program, which decodes its base64 or quoted-printable parts: sent as
     * octet-stream or packed in a ZIP, its account is not hidden by the transfer encoding.
     */
    @Test
    void aSavedMailsEncodedPartsAreDecoded() {
        String body = "Faktura 5521. Beløbet betales fremover til IBAN DK95 2000 0123 4567 89.";
        byte[] base64 = ("From: faktura@danfoss.dk\r\nSubject: Faktura 5521\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + TestMail.b64(body.getBytes(StandardCharsets.UTF_8)) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] multipart = ("From: faktura@danfoss.dk\r\nSubject: Faktura 5521\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/alternative; boundary=\"b1\"\r\n\r\n--b1\r\n"
                + "Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
                + "<p>Bel=C3=B8bet betales til IBAN DK95 20=\r\n00 0123 4567 89</p>\r\n--b1--\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        for (TestMail mail : List.of(
                TestMail.create().from("Faktura <faktura@danfoss.dk>").subject("Faktura 5521").text("Se vedhæftede.")
                        .attach("application/octet-stream", "faktura.eml", base64),
                TestMail.create().from("Faktura <faktura@danfoss.dk>").subject("Faktura 5521").text("Se vedhæftede.")
                        .attach("application/zip", "faktura.zip", zip(Map.of("faktura.eml", base64))),
                TestMail.create().from("Faktura <faktura@danfoss.dk>").subject("Faktura 5521").text("Se vedhæftede.")
                        .attach("application/zip", "faktura.zip", zip(Map.of("Faktura 5521.eml", multipart))))) {
            InvoiceVerdict v = fromKnownSupplier(mail);
            assertThat(v.has(SignalNames.BANK_ACCOUNT_NEW)).as(v.summary()).isTrue();
            assertThat(v.has(SignalNames.ERROR)).as(v.summary()).isFalse();
            assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.QUARANTINE);
        }
    }

    /** Saved mails and archives inside each other, 60 deep: bounded by the depth limits, never a stack overflow. */
    @Test
    void savedMailsInsideArchivesInsideSavedMailsAreBounded() {
        byte[] inner = "Betal til IBAN DK95 2000 0123 4567 89".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < 60; i++) {
            byte[] z = zip(Map.of("lag" + i + ".eml", inner));
            inner = ("From: a@danfoss.dk\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"n\"\r\n\r\n"
                    + "--n\r\nContent-Type: application/zip; name=\"lag.zip\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                    + TestMail.b64(z) + "\r\n--n--\r\n").getBytes(StandardCharsets.US_ASCII);
        }
        InvoiceVerdict v = fromKnownSupplier(TestMail.create().from("Faktura <faktura@danfoss.dk>").subject("Faktura 5521")
                .text("Se vedhæftede.").attach("application/octet-stream", "faktura.eml", inner));
        assertThat(v.has(SignalNames.LIMIT_DEPTH)).as(v.summary()).isTrue();
        // an invoice whose innermost part went unread is held (fail closed), not delivered as checked
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.QUARANTINE);
    }

    /**
     * A known supplier warns of mails in its name and restates the account we already pay: the account is the one
     * in our history, so the warning is no bank change. With another account in it, it is the fraud's pretext.
     */
    @Test
    void aKnownSuppliersWarningThatRestatesItsUsualAccountIsDelivered() {
        String warning = "Kære kunde. Svindlere sender i øjeblikket mails i vores navn og oplyser, at vi har skiftet "
                + "bank og fået nyt kontonummer. Det passer ikke: vores bankforbindelse er uændret, og I skal fortsat "
                + "betale til reg.nr. 6695 kontonr. 2000123456. Ring til os, hvis I er i tvivl.";
        InvoiceVerdict restated = fromKnownSupplier(TestMail.create().from("Danfoss Bogholderi <faktura@danfoss.dk>")
                .subject("Advarsel: falske mails i vores navn").text(warning));
        assertThat(restated.has(SignalNames.FRAUD_WARNING)).as(restated.summary()).isTrue();
        assertThat(restated.action()).as(restated.summary()).isEqualTo(InvoiceAction.DELIVER);
        // the same warning under the month's invoice, which pays the usual account
        InvoiceVerdict withInvoice = fromKnownSupplier(TestMail.create().from("Danfoss Bogholderi <faktura@danfoss.dk>")
                .subject("Faktura 5521").text("Hermed faktura 5521 for november. " + warning)
                .attach("application/pdf", "Faktura_5521.pdf", TestFiles.pdf(List.of("FAKTURA 5521",
                        "Betales til reg.nr. 6695 kontonr. 2000123456", "Forfald: 30 dage netto"))));
        assertThat(withInvoice.action()).as(withInvoice.summary()).isEqualTo(InvoiceAction.DELIVER);
        InvoiceVerdict english = fromKnownSupplier(TestMail.create().from("Danfoss Accounts <faktura@danfoss.dk>")
                .subject("Warning: fake invoices in our name").text("Fraudsters are e-mailing invoices in our name "
                        + "claiming that our bank details have changed. They have not: please keep paying IBAN "
                        + "DK91 6695 2000 1234 56 and call us if in doubt."));
        assertThat(english.action()).as(english.summary()).isEqualTo(InvoiceAction.DELIVER);
        InvoiceVerdict other = fromKnownSupplier(TestMail.create().from("Danfoss Bogholderi <faktura@danfoss.dk>")
                .subject("Advarsel: falske mails i vores navn").text(warning.replace("6695 kontonr. 2000123456",
                        "9570 kontonr. 0012345678")));
        assertThat(other.action()).as(other.summary()).isEqualTo(InvoiceAction.QUARANTINE);
        // the usual account named as the one being closed, the new one "by phone", under a warning: no restatement
        InvoiceVerdict closing = fromKnownSupplier(TestMail.create().from("Danfoss Bogholderi <faktura@danfoss.dk>")
                .subject("Ny bankforbindelse").text("Pas på svindel i vores navn. Vores konto reg.nr. 6695 kontonr. "
                        + "2000123456 lukkes pr. 1. december, og vi har fået ny bankforbindelse. Det nye kontonummer "
                        + "oplyses kun telefonisk: ring til bogholderiet på 70 20 30 40, før I betaler næste faktura."));
        assertThat(closing.action()).as(closing.summary()).isNotEqualTo(InvoiceAction.DELIVER);
    }

    /** "Vores kontonummer ender nu på 6789": the account changed, told by its last digits only. */
    @Test
    void anAccountSaidToEndInOtherDigitsNowIsABankChange() {
        for (String line : List.of("Bemærk, at vores kontonummer nu ender på 6789.",
                "Bemærk: vores kontonummer ender nu på 6789, se fakturaen.",
                "Please note that our account number now ends in 6789.")) {
            InvoiceVerdict v = fromKnownSupplier(TestMail.create().from("Faktura <faktura@danfoss.dk>")
                    .subject("Faktura 5521").text("Hermed faktura 5521. " + line));
            assertThat(v.has(SignalNames.BANK_CHANGE)).as(line + ": " + v.summary()).isTrue();
            assertThat(v.action()).as(v.summary()).isNotEqualTo(InvoiceAction.DELIVER);
        }
        // the usual account's last digits, said to stay, are no change
        assertThat(Vocabulary.scan("Vores kontonummer ender stadig på 3456.", 1_000).bankChange).isEmpty();
    }

    /** A compromised known supplier's new account as a Swedish bank prints it: clearing number and account number. */
    @Test
    void aSwedishClearingAccountIsANewAccount() {
        InvoiceVerdict v = fromKnownSupplier(TestMail.create().from("Faktura <faktura@danfoss.dk>").subject("Faktura 5521")
                .text("Hermed faktura 5521. Betalning till vår svenska bank: Clearingnummer 8327-9, kontonummer "
                        + "123 456 789-0 (Swedbank)."));
        assertThat(v.has(SignalNames.BANK_ACCOUNT_NEW)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.QUARANTINE);
    }
}
