package org.spoofguard.core.invoice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
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
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

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
         * The page text as the reader sees it, or null when that is {@link #text} itself (nothing was left out).
         * The text layer also holds glyphs no one sees: drawn in text rendering mode 3 (neither fill nor stroke)
         * or 7 (clip only, ISO 32000-1 §9.3.6), under a point in size, or outside the crop box. A compromised
         * supplier's mailbox put an invisible "99" inside the account the page shows, so the text layer said
         * "001239945678" and the new account was never read. This view leaves such glyphs out; it is read for
         * accounts beside {@link #text}, never instead of it (an OCR layer is invisible text, and what is found
         * in the full text stays found). Bounded by the same characters as {@link #text}.
         */
        String visibleText;
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
                Stripper stripper = new Stripper(deadlineNanos, w);
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
            r.visibleText = w.visible == null ? null : w.visible.toString();
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
            } catch (RuntimeException | StackOverflowError e) {
                // An object PDFBox cannot parse (200 000 nested '[' overflow its recursive parser) is skipped here,
                // not the whole PDF: a reader never parses an object no page uses, so an incremental update adding
                // one must not turn the invoice text (a new account) into "pdf-broken". An object the pages do use
                // fails again in the stripper, and that is reported there.
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
            } catch (IOException | RuntimeException | StackOverflowError e) {
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
                        Links.urlHosts(uri, false, r.uriHosts, MAX_URI_HOSTS);
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

    /**
     * Below this size (user-space units, 1/72 inch) a glyph is a speck, not a character the reader can see: the
     * "0.01 pt digits inside the account" evasion. Real fine print is 4 pt and more.
     */
    private static final float MIN_VISIBLE_GLYPH = 1.0f;

    /**
     * Aborts text extraction on the time budget; PDFBox offers no cancellation of its own. Also tells the glyphs
     * the reader cannot see ({@link Result#visibleText}) so that the writer can leave them out of that view.
     */
    private static final class Stripper extends PDFTextStripper {
        private final long deadline;
        private final BoundedWriter sink;
        private int operators;
        /**
         * This page's glyphs that are not shown, by identity (TextPosition's equals compares content). At most
         * one entry per glyph PDFBox already keeps for the page; cleared at every page.
         */
        private final Set<TextPosition> hidden = Collections.newSetFromMap(new IdentityHashMap<>());

        Stripper(long deadlineNanos, BoundedWriter sink) {
            this.deadline = deadlineNanos;
            this.sink = sink;
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            if (System.nanoTime() - deadline > 0) {
                throw new Stop(Stop.Kind.TIME);
            }
            hidden.clear();
            super.startPage(page);
        }

        /** Called from within showGlyph, so the graphics state is the glyph's own. */
        @Override
        protected void processTextPosition(TextPosition text) {
            if (unseen(text)) {
                hidden.add(text);
            }
            super.processTextPosition(text);
        }

        private boolean unseen(TextPosition text) {
            RenderingMode mode = getGraphicsState().getTextState().getRenderingMode();
            if (mode != null && !mode.isFill() && !mode.isStroke()) {
                return true; // modes 3 and 7: painted nowhere (§9.3.6)
            }
            // the text rendering matrix (font size, Tz, Tm and CTM together), crop box at the origin
            Matrix m = text.getTextMatrix();
            float em = 1f;
            if (text.getFont() instanceof PDType3Font t3) {
                // a Type 3 font's glyph space is its own (§9.6.5): size is measured in 1000ths as for other fonts
                Matrix fm = t3.getFontMatrix();
                em = fm == null ? 1f : Math.abs(fm.getScalingFactorY()) * 1000f;
            }
            float sx = Math.abs(m.getScalingFactorX()) * em;
            float sy = Math.abs(m.getScalingFactorY()) * em;
            if (Math.min(sx, sy) < MIN_VISIBLE_GLYPH) {
                return true;
            }
            // outside the crop box (§14.11.2: what a viewer shows) by more than a glyph's size in any direction
            float margin = Math.max(sx, sy);
            float x = m.getTranslateX();
            float y = m.getTranslateY();
            return x < -margin || y < -margin || x > text.getPageWidth() + margin || y > text.getPageHeight() + margin;
        }

        /**
         * A word as extracted goes to the full text unchanged; when some of its glyphs are unseen, the visible
         * view gets the word without them.
         */
        @Override
        protected void writeString(String text, List<TextPosition> textPositions) throws IOException {
            if (hidden.isEmpty() || textPositions == null || !anyHidden(textPositions)) {
                super.writeString(text, textPositions);
                return;
            }
            sink.diverge();
            sink.fullOnly = true;
            try {
                super.writeString(text, textPositions);
            } finally {
                sink.fullOnly = false;
            }
            StringBuilder shown = new StringBuilder();
            for (TextPosition p : textPositions) {
                if (!hidden.contains(p) && p.getUnicode() != null) {
                    shown.append(p.getUnicode());
                }
            }
            sink.visibleOnly(shown);
        }

        private boolean anyHidden(List<TextPosition> positions) {
            for (TextPosition p : positions) {
                if (hidden.contains(p)) {
                    return true;
                }
            }
            return false;
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

    /**
     * The extracted text, up to {@code max} characters, and the visible view ({@link Result#visibleText}) under
     * the same cap. The view costs nothing while it equals the text: it is copied out only at the first word
     * with an unseen glyph, and from then on separators go to both, words to each as it shows them.
     */
    private static final class BoundedWriter extends Writer {
        final StringBuilder sb = new StringBuilder();
        /** Null while identical to {@link #sb}. */
        StringBuilder visible;
        /** The write under way is a word with unseen glyphs: the visible view gets its own version. */
        boolean fullOnly;
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
            if (visible != null && !fullOnly) {
                visible.append(cbuf, off, Math.min(max - visible.length(), len));
            }
        }

        void diverge() {
            if (visible == null) {
                visible = new StringBuilder(sb);
            }
        }

        void visibleOnly(CharSequence s) {
            visible.append(s, 0, Math.min(max - visible.length(), s.length()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
