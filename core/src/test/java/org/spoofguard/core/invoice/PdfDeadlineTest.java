package org.spoofguard.core.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Map;
import java.util.zip.Deflater;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spoofguard.core.CpuClock;

/**
 * Issue 14: the PDF inspector checked its time budget only at page starts, and PDFBox inflates a whole
 * content stream before the first page starts; a 3 MB PDF inflating to 3 GB ran 15.8 s against 5 s.
 * These tests build such a bomb with PDFBox and show that decoding itself stops: at the decoded-bytes cap
 * (fast, bounded memory) or, with the cap lifted, at the deadline, and that the mail-level outcome is an
 * incomplete inspection.
 */
class PdfDeadlineTest {
    /** 512 MB of content-stream operators once inflated; about 0.5 MB on the wire. */
    private static final long INFLATED = 512L * 1024 * 1024;
    private static byte[] bomb;

    @BeforeAll
    static void buildBomb() throws IOException {
        bomb = flateBombPdf(INFLATED);
        assertThat(bomb.length).isLessThan(2 * 1024 * 1024);
    }

    @Test
    void decodedSizeCapStopsTheBombQuicklyWithBoundedAllocation() {
        long allocated = allocatedBytes();
        long t0 = CpuClock.threadNanos();
        PdfInspector.Result r = PdfInspector.inspect(new RandomAccessReadBuffer(bomb), 20, 200_000,
                System.nanoTime() + Duration.ofSeconds(5).toNanos());
        long millis = (CpuClock.threadNanos() - t0) / 1_000_000;
        allocated = allocatedBytes() - allocated;

        assertThat(r.decodeLimit).isTrue();
        assertThat(r.text).isEmpty();
        assertThat(millis).isLessThan(5_000);
        // Before the fix PDFBox's in-memory decode buffer alone allocated the full 512 MB.
        assertThat(allocated).as("bytes allocated").isLessThan(INFLATED / 2);
    }

    @Test
    void deadlineStopsDecodingFromInsideWhenTheSizeCapIsNotReached() {
        long budget = 300;
        long cpu0 = CpuClock.threadNanos();
        PdfInspector.Result r = PdfInspector.inspect(new RandomAccessReadBuffer(bomb), 20, 200_000,
                System.nanoTime() + budget * 1_000_000L, Long.MAX_VALUE);
        long millis = (CpuClock.threadNanos() - cpu0) / 1_000_000;

        assertThat(r.timedOut).isTrue();
        assertThat(r.broken).isNull();
        // 512 MB inflate takes well over a second of CPU; a small margin after the budget proves the stop is inside.
        // CPU time, not wall time: the deadline is wall time, so a thread that other processes kept off the cores
        // stops having used less CPU, never more (a wall-clock bound failed on a loaded 2-core machine).
        assertThat(millis).as("CPU ms").isLessThan(budget + 500);
    }

    @Test
    void aBombInAMailIsAnIncompleteInspectionWithinTheMailBudget() {
        InvoiceConfig cfg = InvoiceConfig.parse(Map.of("domains.suppliers", "danfoss.dk", "limit.time-ms", "2000"));
        byte[] mail = TestMail.create().from("Danfoss <faktura@danfoss.dk>").subject("Faktura 1234")
                .text("Se vedhæftede faktura.").attach("application/pdf", "faktura.pdf", bomb).bytes();
        long t0 = CpuClock.threadNanos();
        InvoiceSignals s = InvoiceSignals.extract(new java.io.ByteArrayInputStream(mail), cfg);
        long millis = (CpuClock.threadNanos() - t0) / 1_000_000;

        assertThat(millis).isLessThan(2_000 + 1_000);
        assertThat(s.has(SignalNames.PDF_ATTACHMENT)).isTrue();
        assertThat(s.has(SignalNames.ERROR)).as(s.signals().toString()).isTrue();
        assertThat(s.evidence(SignalNames.ERROR)).contains("inspection incomplete");
    }

    @Test
    void ordinaryPdfsStillYieldTheirText() throws IOException {
        byte[] pdf = TestFiles.class.getResourceAsStream(
                "/org/spoofguard/core/invoice/InvoiceFuzzTestInputs/pdf/01-dk-authenticated-supplier-pdf.pdf").readAllBytes();
        PdfInspector.Result r = PdfInspector.inspect(new RandomAccessReadBuffer(pdf), 20, 200_000,
                System.nanoTime() + Duration.ofSeconds(5).toNanos());
        assertThat(r.broken).isNull();
        assertThat(r.timedOut).isFalse();
        assertThat(r.decodeLimit).isFalse();
        assertThat(r.text).isNotBlank();
    }

    /** One page whose FlateDecode content stream inflates to {@code inflated} bytes of "0 0 m" operators. */
    static byte[] flateBombPdf(long inflated) throws IOException {
        byte[] chunk = "0 0 m\n".repeat(1024 * 1024 / 6).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        byte[] buf = new byte[64 * 1024];
        for (long written = 0; written < inflated; written += chunk.length) {
            deflater.setInput(chunk);
            while (!deflater.needsInput()) {
                compressed.write(buf, 0, deflater.deflate(buf));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            compressed.write(buf, 0, deflater.deflate(buf));
        }
        deflater.end();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            COSStream content = doc.getDocument().createCOSStream();
            try (OutputStream raw = content.createRawOutputStream()) {
                raw.write(compressed.toByteArray());
            }
            content.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            page.getCOSObject().setItem(COSName.CONTENTS, content);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }
}
