package org.spoofguard.core.invoice;

import org.spoofguard.core.FuzzTiming;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.regex.Pattern;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.spoofguard.core.verdict.SenderVerdict;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Fuzz targets for the invoice scan: the MIME walk ({@link MimeScan}), the PDF inspector, the ZIP lister, the
 * Office text reader and the TNEF ({@code winmail.dat}) reader.
 * Every byte of a mail is the sender's, and the inspector sits in front of a clerk's mailbox: malformed
 * input must become signals (mime-malformed, pdf-broken, limits) inside the time budget, never an exception,
 * and never one of our own programming errors disguised as "parse stopped" (which the catch-all in
 * {@link MimeScan#run} would otherwise hide).
 */
class InvoiceFuzzTest {
    /** Small limits so one execution stays fast and the budget check itself is exercised. */
    private static final InvoiceConfig CONFIG = InvoiceConfig.defaults().withLimits(256 * 1024, 3, 1_000, 50, 8);
    /** Slack over the budget: the budget is checked between steps, and the first run pays class loading. */
    private static final long MARGIN_MILLIS = 1_500;
    /** Exceptions that are our bugs, never a statement about the input. */
    private static final Pattern OWN_BUG = Pattern.compile(
            "NullPointer|IndexOutOfBounds|ClassCast|IllegalArgument|IllegalState|Arithmetic|NegativeArraySize"
                    + "|NumberFormat|ConcurrentModification|UnsupportedOperation");

    @FuzzTest(maxDuration = "90s")
    void mimeScan(byte[] data) {
        long start = System.nanoTime();
        InvoiceSignals s = InvoiceSignals.extract(new ByteArrayInputStream(data), CONFIG);
        long millis = (System.nanoTime() - start) / 1_000_000;
        FuzzTiming.assertWithin(millis, CONFIG.timeBudgetMillis() + MARGIN_MILLIS, "scan time");
        assertThat(s.subject()).hasSizeLessThanOrEqualTo(300);
        for (Signal sig : s.signals()) {
            assertThat(sig.evidence()).as(sig.name()).hasSizeLessThanOrEqualTo(240 + 3);
            // one signal's evidence joins its sightings with "; " (an unreadable archive, then the parse stopping)
            for (String seen : sig.evidence().split("; ")) {
                if (seen.startsWith("parse stopped: ") && OWN_BUG.matcher(seen).find()) {
                    // mime4j itself gave up (it throws IllegalStateException on some malformed input): the rest
                    // of the mail was not examined, so the verdict must say "incomplete", never look clean
                    assertThat(s.has(SignalNames.ERROR)).as(sig.evidence()).isTrue();
                } else if (!sig.name().equals(SignalNames.ERROR)) {
                    assertThat(OWN_BUG.matcher(seen).find()).as(sig.name() + ": " + sig.evidence()).isFalse();
                }
            }
        }
        // the facade on top must agree: a verdict, never a failure of ours
        InvoiceVerdict v = new InvoiceInspector(CONFIG).inspect(new ByteArrayInputStream(data), (SenderVerdict) null);
        assertThat(v.action()).isNotNull();
    }

    @FuzzTest(maxDuration = "90s")
    void pdf(byte[] data) {
        long start = System.nanoTime();
        long deadline = start + CONFIG.timeBudgetMillis() * 1_000_000L;
        PdfInspector.Result r = PdfInspector.inspect(new RandomAccessReadBuffer(data), 3, 10_000, deadline);
        long millis = (System.nanoTime() - start) / 1_000_000;
        FuzzTiming.assertWithin(millis, CONFIG.timeBudgetMillis() + MARGIN_MILLIS, "inspect time");
        assertThat(r.text.length()).isLessThanOrEqualTo(10_000);
        assertThat(r.broken == null || !r.broken.isEmpty()).isTrue();
    }

    /**
     * Office XML text: any bytes become bounded text, never an exception, and no entity is ever resolved; read as a
     * relationships part, its external targets.
     */
    @FuzzTest(maxDuration = "30s")
    void officeText(byte[] data) throws java.io.IOException {
        StringBuilder out = new StringBuilder();
        OfficeText.append(new ByteArrayInputStream(data), out, 4_000);
        assertThat(out.length()).isLessThanOrEqualTo(4_000 + 1);
        // ODF styles.xml, read only inside headers and footers: never more than the whole part gives (both unbounded
        // here: the output is never longer than the input)
        StringBuilder whole = new StringBuilder();
        OfficeText.append(new ByteArrayInputStream(data), whole, data.length + 2);
        StringBuilder gated = new StringBuilder();
        OfficeText.appendPart("styles.xml", new ByteArrayInputStream(data), gated, data.length + 2);
        assertThat(gated.toString().replace("\n", "").length())
                .isLessThanOrEqualTo(whole.toString().replace("\n", "").length());
        // the same bytes as a relationships part: external targets found in linear time, none longer than the part
        // (character references only shorten a value)
        String rels = new String(data, java.nio.charset.StandardCharsets.UTF_8);
        long start = System.nanoTime();
        List<String> targets = OfficeText.externalTargets(rels);
        FuzzTiming.assertWithin((System.nanoTime() - start) / 1_000_000, MARGIN_MILLIS, "relationships time");
        assertThat(targets).allSatisfy(t -> assertThat(t.length()).isLessThanOrEqualTo(rels.length()));
        assertThat(targets.stream().mapToInt(String::length).sum()).isLessThanOrEqualTo(rels.length());
    }

    /** A reply's own words and its quote: every line goes to exactly one side, in linear time, never an exception. */
    /**
     * The text readers every body passes through: HTML as a browser tokenizes it (stop 49: lone '<', short comments,
     * numeric references of any length, style-sheet rules), the visible view, UTF-7, and the invisible-character and
     * digit folding. Linear, bounded by their limits, never an exception.
     */
    @FuzzTest(maxDuration = "30s")
    void textReaders(byte[] data) {
        String text = new String(data, java.nio.charset.StandardCharsets.UTF_8);
        long start = System.nanoTime();
        assertThat(Html.toText(text, 2_000).length()).isLessThanOrEqualTo(2_000 + 1_100);
        String visible = Html.visibleText(text, 2_000);
        assertThat(visible == null ? 0 : visible.length()).isLessThanOrEqualTo(2_000 + 1_100);
        assertThat(Utf7.decode(text).length()).isLessThanOrEqualTo(text.length());
        Texts.readable(text);
        FuzzTiming.assertWithin((System.nanoTime() - start) / 1_000_000, MARGIN_MILLIS, "time");
    }

    @FuzzTest(maxDuration = "30s")
    void replies(byte[] data) {
        String text = new String(data, java.nio.charset.StandardCharsets.UTF_8);
        long start = System.nanoTime();
        Replies.Split s = Replies.split(text);
        FuzzTiming.assertWithin((System.nanoTime() - start) / 1_000_000, MARGIN_MILLIS, "time");
        assertThat(s.author().length() + s.quoted().length()).isBetween(text.length() - 1, text.length());
    }

    /** RTF: any bytes become bounded text in linear time, never an exception. */
    @FuzzTest(maxDuration = "30s")
    void rtfText(byte[] data) throws java.io.IOException {
        long start = System.nanoTime();
        RtfText.Result r = RtfText.read(new ByteArrayInputStream(data), 1_000_000, 4_000, () -> false);
        FuzzTiming.assertWithin((System.nanoTime() - start) / 1_000_000, MARGIN_MILLIS, "time");
        assertThat(r.text().length()).isLessThanOrEqualTo(4_000);
    }

    /**
     * The e-invoice's payee accounts: read by the hardened StAX parser (as bytes, bounded, the way the MIME scan
     * reads a part, and as a string) and the string search, never more than four, every one a valid IBAN (a Danish
     * reg.nr. and kontonr. as their IBAN), never an exception.
     */
    @FuzzTest(maxDuration = "30s")
    void ublPayees(byte[] data) {
        String doc = new String(data, java.nio.charset.StandardCharsets.UTF_8);
        long start = System.nanoTime();
        List<String> ibans = Ubl.payees(doc);
        Ubl.Read read = Ubl.read(new ByteArrayInputStream(data), 64 * 1024);
        Ubl.detect(doc);
        FuzzTiming.assertWithin((System.nanoTime() - start) / 1_000_000, MARGIN_MILLIS, "time");
        assertThat(ibans).hasSizeLessThanOrEqualTo(4).allMatch(BankDetails::isValidIban).doesNotHaveDuplicates();
        assertThat(read.payees()).hasSizeLessThanOrEqualTo(4).allMatch(BankDetails::isValidIban)
                .doesNotHaveDuplicates();
        if (data.length > 64 * 1024) {
            assertThat(read.incomplete()).isNotNull();
        }
    }

    /**
     * winmail.dat: any bytes are walked in time linear in their length, never an exception; no attachment beyond the
     * limit is handed over (attached Outlook items' included, two levels deep), no name is longer than its byte bound,
     * and no attachment's or body's stream yields more bytes than the wrapper has.
     */
    @FuzzTest(maxDuration = "30s")
    void tnef(byte[] data) throws java.io.IOException {
        long start = System.nanoTime();
        long[] handed = new long[2];
        ItemVisitor.Result r = Tnef.read(new ByteArrayInputStream(data), 5, 2, checking(data, handed));
        FuzzTiming.assertWithin((System.nanoTime() - start) / 1_000_000, MARGIN_MILLIS, "time");
        assertThat(r.attachments()).isEqualTo(handed[0]).isLessThanOrEqualTo(5);
        assertThat(handed[1]).isLessThanOrEqualTo(data.length);
        assertThat(r.broken() == null || r.limit() == null).isTrue();
    }

    /**
     * An Outlook item (.msg) on a compound file: any bytes are refused ({@link Cfb.Broken}) or walked in time linear
     * in their length, never another exception; no stream yields more bytes than the file has (a chain passes each
     * sector once), no attachment beyond the limit is handed over, no name is longer than its byte bound.
     */
    @FuzzTest(maxDuration = "30s")
    void outlookMsg(byte[] data) throws java.io.IOException {
        long start = System.nanoTime();
        Cfb cfb;
        try {
            cfb = Cfb.open(new org.apache.pdfbox.io.RandomAccessReadBuffer(data));
        } catch (Cfb.Broken e) {
            FuzzTiming.assertWithin((System.nanoTime() - start) / 1_000_000, MARGIN_MILLIS, "time");
            return;
        }
        long[] handed = new long[2];
        ItemVisitor.Result r = OutlookMsg.read(cfb, 5, 2, checking(data, handed));
        FuzzTiming.assertWithin((System.nanoTime() - start) / 1_000_000, MARGIN_MILLIS, "time");
        assertThat(r.attachments()).isEqualTo(handed[0]).isLessThanOrEqualTo(5);
        assertThat(r.broken() == null || r.limit() == null).isTrue();
    }

    /**
     * A legacy Word document on a compound file ({@link DocText}): any bytes are refused, left unread, called broken
     * or read, in time linear in their length, never another exception; the text never passes its limit, and a
     * document is never both read whole and broken.
     */
    @FuzzTest(maxDuration = "30s")
    void wordDoc(byte[] data) throws java.io.IOException {
        legacyOffice(data, cfb -> DocText.read(cfb, 2000, () -> false));
    }

    /** A legacy Excel workbook on a compound file ({@link XlsText}): the same as {@link #wordDoc}. */
    @FuzzTest(maxDuration = "30s")
    void xlsWorkbook(byte[] data) throws java.io.IOException {
        legacyOffice(data, cfb -> XlsText.read(cfb, 2000, () -> false));
    }

    /**
     * A legacy PowerPoint presentation on a compound file ({@link PptText}): the same as {@link #wordDoc}, the
     * persist directory followed whatever it says (loops, overlaps, objects outside the stream).
     */
    @FuzzTest(maxDuration = "30s")
    void pptPresentation(byte[] data) throws java.io.IOException {
        legacyOffice(data, cfb -> PptText.read(cfb, 2000, () -> false).text());
    }

    private interface LegacyReader {
        DocText.Result read(Cfb cfb) throws java.io.IOException;
    }

    private static void legacyOffice(byte[] data, LegacyReader reader) throws java.io.IOException {
        long start = System.nanoTime();
        Cfb cfb;
        try {
            cfb = Cfb.open(new org.apache.pdfbox.io.RandomAccessReadBuffer(data));
        } catch (Cfb.Broken e) {
            return;
        }
        DocText.Result r = reader.read(cfb);
        FuzzTiming.assertWithin((System.nanoTime() - start) / 1_000_000, MARGIN_MILLIS, "time");
        assertThat(r.text().length()).isLessThanOrEqualTo(2000);
        assertThat(r.broken() == null || r.unread() == null).isTrue();
        assertThat(!r.encrypted() || r.text().isEmpty()).isTrue();
    }

    /**
     * A visitor of what Outlook wraps or saves that checks each thing handed over against the input: no stream
     * longer than it, names bounded and never blank, a code page Java knows. Counts attachments and their bytes.
     */
    private static ItemVisitor checking(byte[] data, long[] handed) {
        return new ItemVisitor() {
            @Override
            public void body(String mime, String charset, java.io.InputStream text) throws java.io.IOException {
                assertThat(text.readAllBytes().length).isLessThanOrEqualTo(data.length);
                assertThat(charset == null || java.nio.charset.Charset.isSupported(charset)).isTrue();
            }

            @Override
            public void data(String name, java.io.InputStream content) throws java.io.IOException {
                int n = content.readAllBytes().length;
                handed[0]++;
                handed[1] += n;
                assertThat(n).isLessThanOrEqualTo(data.length);
                assertThat(name == null || name.length() <= Tnef.MAX_NAME_BYTES).isTrue();
            }

            @Override
            public void name(String name) {
                assertThat(name == null || (name.length() <= Tnef.MAX_NAME_BYTES && !name.isBlank())).isTrue();
            }

            @Override
            public void embedded(String name, Cfb cfb, Cfb.Entry storage) throws java.io.IOException {
                // an embedded object is an attachment read where it lies: both readers must survive any storage
                handed[0]++;
                assertThat(DocText.read(cfb, storage, 2000, () -> false).text().length()).isLessThanOrEqualTo(2000);
                assertThat(XlsText.read(cfb, storage, 2000, () -> false).text().length()).isLessThanOrEqualTo(2000);
            }

            @Override
            public boolean stop() {
                return false;
            }
        };
    }

    @FuzzTest(maxDuration = "30s")
    void zip(byte[] data) {
        long start = System.nanoTime();
        ZipScanner.Info info = ZipScanner.scan(new ByteArrayInputStream(data), 2000,
                start + CONFIG.timeBudgetMillis() * 1_000_000L);
        FuzzTiming.assertWithin((System.nanoTime() - start) / 1_000_000, CONFIG.timeBudgetMillis() + MARGIN_MILLIS, "time");
        assertThat(info.entries).isGreaterThanOrEqualTo(info.names.size()).isLessThanOrEqualTo(2000);
        assertThat(info.names).hasSizeLessThanOrEqualTo(200);
        if (info.broken != null) {
            assertThat(OWN_BUG.matcher(info.broken).find()).as(info.broken).isFalse();
        }
        assertThat(List.copyOf(info.names)).doesNotContainNull();
        // the central directory read from the end (EOCD, zip64 locator, comment): bounded, never our own error
        assertThat(info.centralNames).hasSizeLessThanOrEqualTo(2000).doesNotContainNull();
        if (info.central != null) {
            assertThat(OWN_BUG.matcher(info.central).find()).as(info.central).isFalse();
        }
        if (!info.truncated && info.central == null) {
            // agreeing with the walk: nothing the directory lists went unexamined
            assertThat(info.centralNames).isEmpty();
        }
        Executables.kind(data);
    }
}
