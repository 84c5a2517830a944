package org.spoofguard.core.invoice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.filter.DecodeOptions;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadView;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads one PDF attachment (already bounded in size by the caller): its text for invoice vocabulary and bank
 * details, and its active content (JavaScript, Launch, embedded files, outside links). Broken or encrypted
 * PDFs are outcomes, not exceptions.
 *
 * <p>The time budget is enforced inside PDFBox, not only between pages: PDFBox inflates a whole stream into
 * memory before the text stripper sees its first operator, so a 3 MB PDF whose content stream inflates to
 * 3 GB ran 15.8 s against a 5 s budget. Three checks close that: every read of the PDF's own bytes fails once
 * the deadline has passed (covers the parser's xref and object-stream decoding); before text extraction each
 * stream the stripper may decode is decoded once into a counting sink that stops at the deadline and at
 * {@link #MAX_DECODED_BYTES} in total (a bomb is found there at the cap, memory stays bounded because
 * nothing is kept); and the stripper checks the deadline every {@link #OPERATOR_CHECK_INTERVAL} operators.
 * A PDF stopped by any of them is {@code timedOut} or {@code decodeLimit}: an incomplete inspection.
 */
final class PdfInspector {

    /** What one PDF showed. */
    static final class Result {
        String text = "";
        /**
         * Filled-in form fields' values and free-text annotations: shown on the page, yet not in its content
         * stream, so the text stripper never sees them (an account typed into an invoice template's field).
         */
        final StringBuilder annotationText = new StringBuilder();
        boolean encrypted;
        String broken;
        boolean pageLimit;
        boolean timedOut;
        /** Decoded streams exceeded {@link #MAX_DECODED_BYTES}: a decompression bomb; text not extracted. */
        boolean decodeLimit;
        /** The text ran past the characters asked for: the rest was not extracted. */
        boolean textLimit;
        int pages;
        final Set<String> javascript = new LinkedHashSet<>();
        final Set<String> launch = new LinkedHashSet<>();
        final Set<String> embedded = new LinkedHashSet<>();
        final Set<String> uriHosts = new LinkedHashSet<>();
    }

    private static final int MAX_ACTION_CHAIN = 16;
    private static final int MAX_ANNOTATIONS = 500;
    /** Distinct link hosts kept from annotations, as many as from a body (one URI string may name thousands). */
    private static final int MAX_URI_HOSTS = SpoofSignals.MAX_LINK_HOSTS;
    /**
     * Decoded bytes of all text-relevant streams of one PDF together. A real invoice's page content, forms
     * and fonts are a few MB; deflate alone reaches about 1:1000, so a PDF within the size limit can claim
     * gigabytes. Above this, the PDF is a decompression bomb, not an invoice to read.
     */
    static final long MAX_DECODED_BYTES = 64L * 1024 * 1024;
    /** Content-stream operators between deadline checks: cheap, and a few ms of work at most. */
    private static final int OPERATOR_CHECK_INTERVAL = 1024;
    /** Streams the text stripper never decodes (images, files, metadata) or PDFBox already has (xref, objstm). */
    private static final List<COSName> NOT_DECODED_FOR_TEXT = List.of(COSName.XREF, COSName.OBJ_STM,
            COSName.EMBEDDED_FILE, COSName.METADATA);

    private PdfInspector() {
    }

    /** Pages read at the end of a PDF longer than the page limit, beside the first ones. */
    static final int LAST_PAGES = 2;

    static Result inspect(RandomAccessRead source, int maxPages, int maxChars, long deadlineNanos) {
        return inspect(source, maxPages, maxChars, deadlineNanos, MAX_DECODED_BYTES);
    }

    /** As above with an explicit decoded-bytes cap (tests use a huge one to show the deadline alone stops a bomb). */
    static Result inspect(RandomAccessRead source, int maxPages, int maxChars, long deadlineNanos,
                          long maxDecodedBytes) {
        Result r = new Result();
        DeadlineSource in = new DeadlineSource(source, deadlineNanos);
        try (in; PDDocument doc = Loader.loadPDF(in, "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
            r.pages = doc.getNumberOfPages();
            r.pageLimit = r.pages > maxPages;
            activeContent(doc, maxPages, r);
            BoundedWriter w = new BoundedWriter(maxChars);
            try {
                decodeBudget(doc, deadlineNanos, maxDecodedBytes);
                Stripper stripper = new Stripper(deadlineNanos);
                stripper.setSortByPosition(false);
                stripper.setStartPage(1);
                stripper.setEndPage(Math.max(1, maxPages));
                stripper.writeText(doc, w);
                if (r.pageLimit) {
                    // An itemised bill prints where to pay after the items: the last pages are read too, so an
                    // account cannot hide behind twenty pages of padding.
                    w.write("\n");
                    stripper.setStartPage(Math.max(maxPages + 1, r.pages - LAST_PAGES + 1));
                    stripper.setEndPage(r.pages);
                    stripper.writeText(doc, w);
                }
            } catch (Stop stop) {
                r.timedOut = stop.kind == Stop.Kind.TIME;
                r.decodeLimit = stop.kind == Stop.Kind.DECODED_SIZE;
                r.textLimit = stop.kind == Stop.Kind.TEXT;
            }
            r.text = w.sb.toString();
            if (r.annotationText.length() > 0 && r.text.length() < maxChars) {
                r.text = r.text + "\n" + r.annotationText.substring(0, Math.min(r.annotationText.length(),
                        maxChars - r.text.length()));
            }
        } catch (InvalidPasswordException e) {
            r.encrypted = true;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // PDFBox reports corrupt input as IOException and, for some malformed structures, as runtime
            // exceptions or deep recursion: all mean "could not read this PDF", never a failed inspection.
            r.broken = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + clip(e.getMessage()));
        }
        if (in.expired && !r.decodeLimit) {
            // PDFBox swallows some I/O errors (lenient parsing), and an expired read may surface as "broken":
            // either way the PDF was not read to the end within the budget.
            r.timedOut = true;
            r.broken = null;
        }
        return r;
    }

    /**
     * Decodes every stream the text stripper may decode (page content, forms, fonts, CMaps) into a counting
     * sink, through PDFBox's own filters: the stripper would inflate each one into memory in one go, with no
     * way to stop it, so the bomb must be found here first. Streams that fail to decode are left to the
     * stripper, which handles corrupt data its own way; only our own Stop ends the pass.
     */
    private static void decodeBudget(PDDocument doc, long deadlineNanos, long maxDecodedBytes) throws Stop {
        CountingSink sink = new CountingSink(deadlineNanos, maxDecodedBytes);
        for (COSObjectKey key : new ArrayList<>(doc.getDocument().getXrefTable().keySet())) {
            sink.checkDeadline();
            COSBase base;
            try {
                COSObject o = doc.getDocument().getObjectFromPool(key);
                base = o == null ? null : o.getObject();
            } catch (RuntimeException e) {
                continue;
            }
            COSName type = base instanceof COSStream st ? st.getCOSName(COSName.TYPE) : null;
            if (!(base instanceof COSStream stream) || stream.getFilters() == null
                    || type != null && NOT_DECODED_FOR_TEXT.contains(type)
                    || COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
                continue;
            }
            try {
                decode(stream, sink);
            } catch (IOException | RuntimeException e) {
                // corrupt or unsupported data: not a size problem, the stripper copes or reports it
            }
            if (sink.tripped != null) {
                // also when a filter caught our Stop and ended "normally" (PDFBox is lenient with bad data)
                throw sink.tripped;
            }
        }
    }

    /** One stream through its filter chain (ISO 32000-1 §7.4); intermediate results are bounded by the sink's cap. */
    private static void decode(COSStream stream, CountingSink sink) throws IOException {
        COSBase filters = stream.getFilters();
        List<COSName> names = new ArrayList<>();
        if (filters instanceof COSName n) {
            names.add(n);
        } else if (filters instanceof COSArray a) {
            for (int i = 0; i < a.size() && i < 8; i++) {
                if (a.getObject(i) instanceof COSName n) {
                    names.add(n);
                }
            }
        }
        if (names.isEmpty()) {
            return;
        }
        InputStream input = stream.createRawInputStream();
        try {
            for (int i = 0; i < names.size(); i++) {
                Filter filter = FilterFactory.INSTANCE.getFilter(names.get(i));
                boolean last = i == names.size() - 1;
                if (last) {
                    filter.decode(input, sink, stream, i, DecodeOptions.DEFAULT);
                } else {
                    BoundedBuffer mid = new BoundedBuffer(sink);
                    filter.decode(input, mid, stream, i, DecodeOptions.DEFAULT);
                    input.close();
                    input = mid.toInputStream();
                }
            }
        } finally {
            input.close();
        }
    }

    private static void activeContent(PDDocument doc, int maxPages, Result r) {
        COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
        COSBase open = catalog.getDictionaryObject(COSName.OPEN_ACTION);
        if (open instanceof COSDictionary) {
            action((COSDictionary) open, "OpenAction", r);
        }
        additionalActions(catalog.getDictionaryObject(COSName.AA), "document AA", r);
        COSBase names = catalog.getDictionaryObject(COSName.NAMES);
        if (names instanceof COSDictionary nd) {
            if (nd.containsKey(COSName.JAVA_SCRIPT)) {
                r.javascript.add("document-level JavaScript name tree");
            }
            if (nd.containsKey(COSName.EMBEDDED_FILES)) {
                r.embedded.add("EmbeddedFiles name tree");
            }
        }
        COSBase acro = catalog.getDictionaryObject(COSName.ACRO_FORM);
        if (acro instanceof COSDictionary ad && ad.containsKey(COSName.getPDFName("XFA"))) {
            r.javascript.add("XFA form");
        }
        int pageNo = 0;
        int annots = 0;
        for (PDPage page : doc.getPages()) {
            if (++pageNo > maxPages) {
                break;
            }
            COSDictionary pd = page.getCOSObject();
            additionalActions(pd.getDictionaryObject(COSName.AA), "page " + pageNo + " AA", r);
            COSBase arr = pd.getDictionaryObject(COSName.ANNOTS);
            if (!(arr instanceof COSArray a)) {
                continue;
            }
            for (int i = 0; i < a.size() && annots < MAX_ANNOTATIONS; i++, annots++) {
                COSBase an = deref(a.get(i));
                if (!(an instanceof COSDictionary ad)) {
                    continue;
                }
                if (COSName.getPDFName("FileAttachment").equals(ad.getCOSName(COSName.SUBTYPE))) {
                    r.embedded.add("file attachment annotation on page " + pageNo);
                }
                shownText(ad, r);
                COSBase act = ad.getDictionaryObject(COSName.A);
                if (act instanceof COSDictionary actd) {
                    action(actd, "page " + pageNo + " link", r);
                }
                additionalActions(ad.getDictionaryObject(COSName.AA), "page " + pageNo + " annotation AA", r);
            }
        }
    }

    private static final int MAX_ANNOTATION_TEXT = 20_000;

    /** A widget's field value (its own /V, else its parent field's) or a FreeText annotation's /Contents. */
    private static void shownText(COSDictionary annotation, Result r) {
        if (r.annotationText.length() >= MAX_ANNOTATION_TEXT) {
            return;
        }
        COSName subtype = annotation.getCOSName(COSName.SUBTYPE);
        COSBase value = null;
        if (COSName.WIDGET.equals(subtype)) {
            value = annotation.getDictionaryObject(COSName.V);
            if (value == null && deref(annotation.getDictionaryObject(COSName.PARENT)) instanceof COSDictionary parent) {
                value = parent.getDictionaryObject(COSName.V);
            }
        } else if (COSName.getPDFName("FreeText").equals(subtype)) {
            value = annotation.getDictionaryObject(COSName.CONTENTS);
        }
        if (value instanceof COSString text) {
            String shown = text.getString();
            r.annotationText.append(shown, 0, Math.min(shown.length(), MAX_ANNOTATION_TEXT - r.annotationText.length()))
                    .append('\n');
        }
    }

    private static void additionalActions(COSBase aa, String where, Result r) {
        if (aa instanceof COSDictionary d) {
            for (COSName k : d.keySet()) {
                COSBase v = d.getDictionaryObject(k);
                if (v instanceof COSDictionary vd) {
                    action(vd, where + " /" + k.getName(), r);
                }
            }
        }
    }

    /** ISO 32000-1 §12.6.4: action types, following /Next chains a bounded number of steps. */
    private static void action(COSDictionary a, String where, Result r) {
        COSDictionary cur = a;
        for (int step = 0; cur != null && step < MAX_ACTION_CHAIN; step++) {
            COSName s = cur.getCOSName(COSName.S);
            String type = s == null ? "" : s.getName();
            switch (type) {
                case "JavaScript", "Rendition" -> {
                    if ("JavaScript".equals(type) || cur.containsKey(COSName.JS)) {
                        r.javascript.add(where);
                    }
                }
                case "Launch" -> r.launch.add(where);
                case "GoToE", "ImportData" -> r.embedded.add(where + " " + type);
                case "URI", "SubmitForm", "GoToR" -> {
                    String uri = uriOf(cur).trim();
                    if (uri.regionMatches(true, 0, "http", 0, 4)) {
                        // a web link's host as a body's link is read (Links): percent-encoded letters, user-info
                        // before the host, a Safe Links wrapper's target; the reader's browser goes there
                        Links.hosts(uri, uri.length(), r.uriHosts, MAX_URI_HOSTS);
                    } else {
                        String host = host(uri);
                        if (!host.isEmpty() && r.uriHosts.size() < MAX_URI_HOSTS) {
                            r.uriHosts.add(host);
                        }
                    }
                }
                default -> {
                }
            }
            COSBase next = cur.getDictionaryObject(COSName.NEXT);
            cur = next instanceof COSDictionary nd ? nd : null;
        }
    }

    private static String uriOf(COSDictionary action) {
        for (COSName key : List.of(COSName.URI, COSName.F)) {
            COSBase v = action.getDictionaryObject(key);
            if (v instanceof COSString str) {
                return str.getString();
            }
            if (v instanceof COSDictionary fs) {
                String f = fs.getString(COSName.F);
                if (f != null) {
                    return f;
                }
            }
        }
        return "";
    }

    static String host(String uri) {
        if (uri == null || uri.isBlank()) {
            return "";
        }
        try {
            String h = URI.create(uri.trim().replace(" ", "%20")).getHost();
            return h == null ? "" : h.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            String u = uri.trim().toLowerCase(Locale.ROOT);
            int scheme = u.indexOf("://");
            if (scheme < 0) {
                return "";
            }
            int end = scheme + 3;
            while (end < u.length() && "/?#:".indexOf(u.charAt(end)) < 0) {
                end++;
            }
            return u.substring(scheme + 3, end);
        }
    }

    private static COSBase deref(COSBase b) {
        return b instanceof COSObject o ? o.getObject() : b;
    }

    private static String clip(String s) {
        return s.length() > 100 ? s.substring(0, 100) + "…" : s;
    }

    /** Aborts text extraction on the time budget; PDFBox offers no cancellation of its own. */
    private static final class Stripper extends PDFTextStripper {
        private final long deadline;
        private int operators;

        Stripper(long deadlineNanos) {
            this.deadline = deadlineNanos;
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            if (System.nanoTime() - deadline > 0) {
                throw new Stop(Stop.Kind.TIME);
            }
            super.startPage(page);
        }

        /** One page can hold millions of operators: check the deadline inside the page too. */
        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            if (++operators % OPERATOR_CHECK_INTERVAL == 0 && System.nanoTime() - deadline > 0) {
                throw new Stop(Stop.Kind.TIME);
            }
            super.processOperator(operator, operands);
        }
    }

    private static final class Stop extends IOException {
        private static final long serialVersionUID = 1L;

        enum Kind { TIME, TEXT, DECODED_SIZE }

        final Kind kind;

        Stop(Kind kind) {
            super(switch (kind) {
                case TIME -> "time budget spent";
                case TEXT -> "text limit reached";
                case DECODED_SIZE -> "decoded streams larger than the limit";
            });
            this.kind = kind;
        }
    }

    /** Counts decoded bytes and keeps none; stops at the deadline or the cap, checked on every write. */
    private static final class CountingSink extends OutputStream {
        private final long deadline;
        private final long max;
        private long total;
        Stop tripped;

        CountingSink(long deadline, long max) {
            this.deadline = deadline;
            this.max = max;
        }

        void checkDeadline() throws Stop {
            if (tripped == null && System.nanoTime() - deadline > 0) {
                tripped = new Stop(Stop.Kind.TIME);
            }
            if (tripped != null) {
                throw tripped;
            }
        }

        void count(long n) throws Stop {
            total += n;
            if (tripped == null && total > max) {
                tripped = new Stop(Stop.Kind.DECODED_SIZE);
            }
            checkDeadline();
        }

        @Override
        public void write(int b) throws IOException {
            count(1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            count(len);
        }
    }

    /** An intermediate filter result in memory, counted against the same cap as the final output. */
    private static final class BoundedBuffer extends ByteArrayOutputStream {
        private final CountingSink budget;

        BoundedBuffer(CountingSink budget) {
            this.budget = budget;
        }

        @Override
        public void write(int b) {
            try {
                budget.count(1);
            } catch (Stop stop) {
                throw new StopUnchecked(stop);
            }
            super.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            try {
                budget.count(len);
            } catch (Stop stop) {
                throw new StopUnchecked(stop);
            }
            super.write(b, off, len);
        }

        InputStream toInputStream() {
            return new java.io.ByteArrayInputStream(buf, 0, count);
        }
    }

    /** ByteArrayOutputStream.write cannot throw IOException; carries our Stop out of it. */
    private static final class StopUnchecked extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StopUnchecked(Stop stop) {
            super(stop);
        }
    }

    /**
     * The PDF's own bytes, refusing every read once the deadline has passed. PDFBox reads the raw data of a
     * stream while it inflates it (xref streams, object streams at load time; content streams later), so a
     * read that fails stops decoding from the inside within one read chunk. Views (how PDFBox reads a
     * stream's raw bytes) read through this object, so they are covered too.
     */
    private static final class DeadlineSource implements RandomAccessRead {
        private final RandomAccessRead in;
        private final long deadline;
        volatile boolean expired;

        DeadlineSource(RandomAccessRead in, long deadline) {
            this.in = in;
            this.deadline = deadline;
        }

        private void check() throws IOException {
            if (System.nanoTime() - deadline > 0) {
                expired = true;
                throw new Stop(Stop.Kind.TIME);
            }
        }

        @Override
        public int read() throws IOException {
            check();
            return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            check();
            return in.read(b, off, len);
        }

        @Override
        public long getPosition() throws IOException {
            return in.getPosition();
        }

        @Override
        public void seek(long position) throws IOException {
            check();
            in.seek(position);
        }

        @Override
        public long length() throws IOException {
            return in.length();
        }

        @Override
        public boolean isClosed() {
            return in.isClosed();
        }

        @Override
        public boolean isEOF() throws IOException {
            return in.isEOF();
        }

        @Override
        public RandomAccessReadView createView(long startPosition, long streamLength) throws IOException {
            return new RandomAccessReadView(this, startPosition, streamLength);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    private static final class BoundedWriter extends Writer {
        final StringBuilder sb = new StringBuilder();
        private final int max;

        BoundedWriter(int max) {
            this.max = max;
        }

        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            int room = max - sb.length();
            if (room <= 0) {
                throw new Stop(Stop.Kind.TEXT);
            }
            sb.append(cbuf, off, Math.min(room, len));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
