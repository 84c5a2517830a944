package org.spoofguard.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Random;

import org.apache.james.mime4j.parser.AbstractContentHandler;
import org.apache.james.mime4j.parser.MimeStreamParser;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.spoofguard.core.invoice.InvoiceConfig;
import org.spoofguard.core.invoice.InvoiceInspector;
import org.spoofguard.core.invoice.InvoiceVerdict;
import org.spoofguard.core.verdict.SenderVerdict;

/**
 * Invoice scanning cost (issue 6): throughput of {@link InvoiceInspector#inspect} as MB/s and as a ratio to a
 * plain mime4j parse (bodies decoded and discarded) of the same bytes in the same run, for a mail with a 10 MB
 * PDF, a 50-part mail and the 10 MB PDF inside an attached Outlook item ({@code .msg}); and heap use for 1 / 10 / 30 MB
 * PDF attachments, attached directly and inside a .msg, and for legacy Word documents of that size (peak heap in use during one scan, garbage included, and
 * bytes allocated). Mails are read from files, so the mail itself is never on the heap.
 *
 * <p>A plain main with a short warm-up, not JMH: the point is the ratio and the bound, measured in one run.
 * Run: {@code java -Xmx256m -cp <bench classpath> org.spoofguard.bench.InvoiceScanBenchmark [seconds]}.
 */
public final class InvoiceScanBenchmark {
    private static final Random RANDOM = new Random(42);

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 5;
        Path dir = Files.createTempDirectory("invoice-bench");
        InvoiceInspector inspector = new InvoiceInspector(InvoiceConfig.defaults());
        try {
            boolean heapOnly = args.length > 1 && args[1].equals("heap");
            Path pdf10 = heapOnly ? null : mailWithPdf(dir, 10);
            Path parts50 = heapOnly ? null : fiftyPartMail(dir);
            Path msg10 = heapOnly ? null : mailWithMsg(dir, 10);
            System.out.printf("%-22s %10s %12s %12s %8s %s%n", "mail", "size MB", "scan MB/s", "mime4j MB/s", "ratio",
                "verdict");
            for (Path mail : heapOnly ? List.<Path>of() : List.of(pdf10, parts50, msg10)) {
                double scan = throughput(mail, seconds, () -> scan(inspector, mail));
                double parse = throughput(mail, seconds, () -> parse(mail));
                System.out.printf("%-22s %10.1f %12.1f %12.1f %8.2f %s%n", mail.getFileName(), mb(Files.size(mail)),
                    scan, parse, scan / parse, scan(inspector, mail).action().keyword());
            }
            System.out.printf("%n%-22s %10s %16s %16s %s%n", "PDF attachment", "mail MB", "peak heap MB", "allocated MB",
                "signals");
            for (String kind : new String[] {"pdf", "msg", "doc"}) {
                boolean inMsg = kind.equals("msg");
                for (int size : new int[] {1, 10, 30}) {
                    Path mail = kind.equals("doc") ? mailWithDoc(dir, size) : inMsg ? mailWithMsg(dir, size)
                        : mailWithPdf(dir, size);
                    scan(inspector, mail); // warm
                    System.gc();
                    Thread.sleep(200);
                    resetPeaks();
                    long before = allocated();
                    InvoiceVerdict v = scan(inspector, mail);
                    long alloc = allocated() - before;
                    System.out.printf("%-22s %10.1f %16.1f %16.1f %s%n", size + " MB" + (inMsg ? " in .msg"
                            : kind.equals("doc") ? " .doc" : ""),
                        mb(Files.size(mail)), mb(peakHeap()), mb(alloc), v.has("pdf-too-large") ? "pdf-too-large"
                            : v.reasons().stream().anyMatch(r -> r.evidence().contains("not opened")) ? "not opened (error)"
                            : kind.equals("doc") ? (v.has("bank-details") ? "doc text read" : "doc text NOT read")
                            : "pdf parsed");
                    Files.delete(mail);
                }
            }
        } finally {
            try (var files = Files.list(dir)) {
                files.forEach(p -> p.toFile().delete());
            }
            Files.deleteIfExists(dir);
        }
    }

    interface Work {
        Object run() throws Exception;
    }

    private static double throughput(Path mail, double seconds, Work work) throws Exception {
        long deadline = System.nanoTime() + (long) (seconds * 0.3e9);
        while (System.nanoTime() < deadline) {
            work.run();
        }
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        int n = 0;
        do {
            work.run();
            n++;
        } while (System.nanoTime() < end);
        double elapsed = (System.nanoTime() - start) / 1e9;
        return mb(Files.size(mail)) * n / elapsed;
    }

    private static InvoiceVerdict scan(InvoiceInspector inspector, Path mail) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(mail), 64 * 1024)) {
            return inspector.inspect(in, (SenderVerdict) null);
        }
    }

    private static Object parse(Path mail) throws Exception {
        long[] bytes = {0};
        MimeStreamParser parser = new MimeStreamParser(MimeConfig.PERMISSIVE);
        parser.setContentDecoding(true);
        parser.setContentHandler(new AbstractContentHandler() {
            @Override
            public void body(BodyDescriptor bd, InputStream is) throws IOException {
                bytes[0] += is.transferTo(OutputStream.nullOutputStream());
            }
        });
        try (InputStream in = new BufferedInputStream(Files.newInputStream(mail), 64 * 1024)) {
            parser.parse(in);
        }
        return bytes[0];
    }

    /** A PDF invoice of {@code mb} MB: two text pages plus an incompressible stream (like a scanned image). */
    static Path pdf(int mb) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (int p = 0; p < 2; p++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                    cs.newLineAtOffset(50, 700);
                    cs.showText("Faktura 10234 - forfalden til betaling. Bemaerk: aendrede bankoplysninger.");
                    cs.newLineAtOffset(0, -15);
                    cs.showText("IBAN DK50 0040 0440 1162 43, reg.nr. 1551 kontonr. 3456789012. Beloeb 48.750,00 kr.");
                    cs.endText();
                }
            }
            COSStream blob = doc.getDocument().createCOSStream();
            byte[] noise = new byte[mb * 1024 * 1024];
            RANDOM.nextBytes(noise);
            try (OutputStream out = blob.createRawOutputStream()) {
                out.write(noise);
            }
            doc.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("BenchPayload"), blob);
            noise = null;
            Path file = Files.createTempFile("bench", ".pdf");
            doc.save(file.toFile());
            return file;
        }
    }

    static Path mailWithPdf(Path dir, int mb) throws IOException {
        Path mail = dir.resolve("pdf-" + mb + "mb.eml");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(mail))) {
            write(out, headers("Faktura 10234 forfalden", "multipart/mixed; boundary=\"b1\""));
            write(out, "--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nSe vedhaeftede faktura.\r\n");
            Path pdf = pdf(mb);
            part(out, "b1", "application/pdf", "Faktura_10234.pdf", pdf);
            Files.delete(pdf);
            write(out, "--b1--\r\n");
        }
        return mail;
    }

    /**
     * The same PDF inside an Outlook item ({@code .msg}, written by Apache POI) attached to the mail: the scan keeps
     * the item (up to {@code limit.archive-bytes}) and then the PDF inside it.
     */
    static Path mailWithMsg(Path dir, int mb) throws IOException {
        Path mail = dir.resolve("msg-" + mb + "mb.eml");
        Path pdf = pdf(mb);
        Path msg = Files.createTempFile("bench", ".msg");
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[32]), "__properties_version1.0");
            fs.createDocument(new java.io.ByteArrayInputStream("Se vedhaeftede faktura.\0".getBytes(
                StandardCharsets.UTF_16LE)), "__substg1.0_1000001F");
            org.apache.poi.poifs.filesystem.DirectoryEntry a = fs.getRoot().createDirectory("__attach_version1.0_#00000000");
            a.createDocument("__properties_version1.0", new java.io.ByteArrayInputStream(new byte[8]));
            a.createDocument("__substg1.0_3707001F", new java.io.ByteArrayInputStream("Faktura_10234.pdf\0".getBytes(
                StandardCharsets.UTF_16LE)));
            try (InputStream in = Files.newInputStream(pdf)) {
                a.createDocument("__substg1.0_37010102", in);
            }
            try (OutputStream out = Files.newOutputStream(msg)) {
                fs.writeFilesystem(out);
            }
        }
        Files.delete(pdf);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(mail))) {
            write(out, headers("VS: Faktura 10234 forfalden", "multipart/mixed; boundary=\"b1\""));
            write(out, "--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nVideresendt.\r\n");
            part(out, "b1", "application/vnd.ms-outlook", "Faktura_10234.msg", msg);
            write(out, "--b1--\r\n");
        }
        Files.delete(msg);
        return mail;
    }

    /**
     * A legacy Word document ({@code .doc}, Word 97) of {@code mb} megabytes of 8-bit text in one piece, written
     * here as the FIB and piece table that DocText reads: the scan keeps the file (up to
     * {@code limit.archive-bytes}) and reads text up to {@code limit.text-chars} in place.
     */
    static Path mailWithDoc(Path dir, int mb) throws IOException {
        Path mail = dir.resolve("doc-" + mb + "mb.eml");
        byte[] line = "Faktura 10234. Betales til IBAN DK95 2000 0123 4567 89 senest den 30.\r"
            .getBytes(StandardCharsets.ISO_8859_1);
        int chars = mb << 20;
        int textAt = 0x800;
        byte[] fib = new byte[textAt];
        le16(fib, 0, 0xA5EC);
        le16(fib, 2, 0xC1);
        le16(fib, 0x0A, 0x0200); // fWhichTblStm: 1Table
        le16(fib, 32, 14);
        le16(fib, 62, 22);
        le16(fib, 152, 0x5D);
        java.nio.ByteBuffer clx = java.nio.ByteBuffer.allocate(5 + 16).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        clx.put((byte) 2).putInt(16).putInt(0).putInt(chars).putShort((short) 0).putInt(0x40000000 | (textAt * 2))
            .putShort((short) 0);
        le32(fib, 0x1A2, 0);
        le32(fib, 0x1A6, clx.capacity());
        Path word = Files.createTempFile("bench", ".word");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(word))) {
            out.write(fib);
            for (int written = 0; written < chars; written += line.length) {
                out.write(line, 0, Math.min(line.length, chars - written));
            }
        }
        Path doc = Files.createTempFile("bench", ".doc");
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
            try (InputStream in = Files.newInputStream(word)) {
                fs.createDocument(in, "WordDocument");
            }
            fs.createDocument(new java.io.ByteArrayInputStream(clx.array()), "1Table");
            try (OutputStream out = Files.newOutputStream(doc)) {
                fs.writeFilesystem(out);
            }
        }
        Files.delete(word);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(mail))) {
            write(out, headers("Faktura 10234", "multipart/mixed; boundary=\"b1\""));
            write(out, "--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nSe vedhaeftede.\r\n");
            part(out, "b1", "application/msword", "Faktura_10234.doc", doc);
            write(out, "--b1--\r\n");
        }
        Files.delete(doc);
        return mail;
    }

    private static void le16(byte[] b, int at, int v) {
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >> 8);
    }

    private static void le32(byte[] b, int at, int v) {
        le16(b, at, v);
        le16(b, at + 2, v >> 16);
    }

    /** 50 parts: a text body, 9 small PDFs, 20 text attachments, 20 binary attachments (about 5 MB). */
    static Path fiftyPartMail(Path dir) throws IOException {
        Path mail = dir.resolve("50-parts.eml");
        Path smallPdf = pdf(0);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(mail))) {
            write(out, headers("Fakturaer marts", "multipart/mixed; boundary=\"b1\""));
            write(out, "--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHermed fakturaer for marts.\r\n");
            for (int i = 0; i < 9; i++) {
                part(out, "b1", "application/pdf", "faktura-" + i + ".pdf", smallPdf);
            }
            StringBuilder text = new StringBuilder();
            while (text.length() < 100_000) {
                text.append("Linje ").append(text.length()).append(": ydelse, antal, pris, moms 25%, i alt.\r\n");
            }
            for (int i = 0; i < 20; i++) {
                write(out, "--b1\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Disposition: attachment; filename=\"bilag-"
                    + i + ".txt\"\r\n\r\n" + text + "\r\n");
            }
            byte[] binary = new byte[150_000];
            RANDOM.nextBytes(binary);
            for (int i = 0; i < 20; i++) {
                Path bin = Files.write(Files.createTempFile("bench", ".bin"), binary);
                part(out, "b1", "application/octet-stream", "data-" + i + ".bin", bin);
                Files.delete(bin);
            }
            write(out, "--b1--\r\n");
        }
        Files.delete(smallPdf);
        return mail;
    }

    private static String headers(String subject, String contentType) {
        return "From: Danfoss <faktura@danfoss.dk>\r\nTo: kreditor@aarhus.dk\r\nSubject: " + subject
            + "\r\nDate: Mon, 3 Mar 2025 09:14:00 +0100\r\nMessage-ID: <bench@danfoss.dk>\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: " + contentType + "\r\n\r\n";
    }

    private static void part(OutputStream out, String boundary, String type, String name, Path body) throws IOException {
        write(out, "--" + boundary + "\r\nContent-Type: " + type + "; name=\"" + name
            + "\"\r\nContent-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename=\"" + name + "\"\r\n\r\n");
        OutputStream unclosable = new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
        try (OutputStream b64 = Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII)).wrap(unclosable);
             InputStream in = Files.newInputStream(body)) {
            in.transferTo(b64);
        }
        write(out, "\r\n");
    }

    private static void write(OutputStream out, String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.UTF_8));
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }
}
