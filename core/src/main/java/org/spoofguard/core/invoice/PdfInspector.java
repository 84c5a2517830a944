package org.spoofguard.core.invoice;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
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
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads one PDF attachment (already bounded in size by the caller): its text for invoice vocabulary and bank
 * details, and its active content (JavaScript, Launch, embedded files, outside links). Broken or encrypted
 * PDFs are outcomes, not exceptions.
 */
final class PdfInspector {

    /** What one PDF showed. */
    static final class Result {
        String text = "";
        boolean encrypted;
        String broken;
        boolean pageLimit;
        boolean timedOut;
        int pages;
        final Set<String> javascript = new LinkedHashSet<>();
        final Set<String> launch = new LinkedHashSet<>();
        final Set<String> embedded = new LinkedHashSet<>();
        final Set<String> uriHosts = new LinkedHashSet<>();
    }

    private static final int MAX_ACTION_CHAIN = 16;
    private static final int MAX_ANNOTATIONS = 500;

    private PdfInspector() {
    }

    static Result inspect(RandomAccessRead source, int maxPages, int maxChars, long deadlineNanos) {
        Result r = new Result();
        try (RandomAccessRead in = source;
             PDDocument doc = Loader.loadPDF(in, "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
            r.pages = doc.getNumberOfPages();
            r.pageLimit = r.pages > maxPages;
            activeContent(doc, maxPages, r);
            BoundedWriter w = new BoundedWriter(maxChars);
            Stripper stripper = new Stripper(deadlineNanos);
            stripper.setSortByPosition(false);
            stripper.setStartPage(1);
            stripper.setEndPage(Math.max(1, maxPages));
            try {
                stripper.writeText(doc, w);
            } catch (Stop stop) {
                r.timedOut = stop.timeout;
            }
            r.text = w.sb.toString();
        } catch (InvalidPasswordException e) {
            r.encrypted = true;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // PDFBox reports corrupt input as IOException and, for some malformed structures, as runtime
            // exceptions or deep recursion: all mean "could not read this PDF", never a failed inspection.
            r.broken = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + clip(e.getMessage()));
        }
        return r;
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
                COSBase act = ad.getDictionaryObject(COSName.A);
                if (act instanceof COSDictionary actd) {
                    action(actd, "page " + pageNo + " link", r);
                }
                additionalActions(ad.getDictionaryObject(COSName.AA), "page " + pageNo + " annotation AA", r);
            }
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
                    String uri = uriOf(cur);
                    String host = host(uri);
                    if (!host.isEmpty()) {
                        r.uriHosts.add(host);
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

        Stripper(long deadlineNanos) {
            this.deadline = deadlineNanos;
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            if (System.nanoTime() - deadline > 0) {
                throw new Stop(true);
            }
            super.startPage(page);
        }
    }

    private static final class Stop extends IOException {
        private static final long serialVersionUID = 1L;
        final boolean timeout;

        Stop(boolean timeout) {
            super(timeout ? "time budget spent" : "text limit reached");
            this.timeout = timeout;
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
                throw new Stop(false);
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
