package org.spoofguard.core.invoice;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.io.MaxHeaderLengthLimitException;
import org.apache.james.mime4j.io.MaxHeaderLimitException;
import org.apache.james.mime4j.io.MaxLineLimitException;
import org.apache.james.mime4j.parser.ContentHandler;
import org.apache.james.mime4j.parser.MimeStreamParser;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.pdfbox.io.RandomAccessRead;
import org.spoofguard.core.dmarc.AuthorDomain;

/**
 * The single streaming pass behind {@link InvoiceSignals#extract}: mime4j's push parser feeds this handler,
 * every body is looked at once as it streams by. Only a bounded head (64 KB) of each part is buffered; PDFs
 * are spilled up to the configured limit (memory up to 1 MB, then a temp file) because PDFBox needs random
 * access. Not thread-safe; one instance per message.
 */
final class MimeScan implements ContentHandler {
    private static final int HEAD_BYTES = 64 * 1024;
    /**
     * Where the money goes is read further than the words are: a compromised supplier mailbox pads its mail with
     * 300 000 characters of greetings (or a PDF with pages of white text) and writes the new account after them.
     * The anchored account scan is cheap, so each text part is read up to {@link #TEXT_PART_BYTES} and its text, and
     * each PDF's, up to {@link #BANK_TEXT_CHARS} characters for accounts, {@link #bankBudget} in all; the words only
     * up to {@code maxTextChars}. Text beyond even that is an incomplete inspection (fail closed).
     */
    private static final int TEXT_PART_BYTES = 4 * 1024 * 1024;
    /** Attachments a mail program, a calendar or an address book opens as text whatever type they declare. */
    private static final Set<String> OPENS_AS_TEXT = Set.of("eml", "ics", "vcf");
    private static final java.util.regex.Pattern FIELD_START = java.util.regex.Pattern.compile("[!-9;-~]{1,76}:");
    /** A flowed line's trailing space and line break (RFC 3676 §4.2, DelSp=yes); not the signature separator "-- ". */
    private static final java.util.regex.Pattern FLOWED_DELSP = java.util.regex.Pattern.compile("(?<!^--) \\r?\\n(?!-- ?\\r?$)",
            java.util.regex.Pattern.MULTILINE);
    private static final Set<String> FOLDED = Set.of("text/calendar", "text/vcard", "text/x-vcard", "text/directory");
    private static final java.util.regex.Pattern UNFOLD = java.util.regex.Pattern.compile("=?\\r?\\n[ \\t]|=\\r?\\n");
    static final int BANK_TEXT_CHARS = 2 * 1024 * 1024;
    private int bankBudget = 8 * 1024 * 1024;
    private static final int MAX_HEADER_VALUE = 16 * 1024;
    private static final int MAX_EVIDENCE = 240;
    private static final String SEVEN_Z_MAGIC = "7z\u00bc\u00af\u0027\u001c";
    /** 7z header and folder decoding memory (LZMA dictionaries) we allow Commons Compress, in KB. */
    private static final int SEVEN_Z_MEMORY_KB = 64 * 1024;
    /** Office file types that exist to carry macros. */
    private static final Set<String> MACRO_EXTENSIONS = Set.of("docm", "dotm", "xlsm", "xltm", "xlam", "pptm",
            "potm", "ppam", "ppsm", "sldm");
    private static final int MAX_LINK_HOSTS = SpoofSignals.MAX_LINK_HOSTS;
    /*
     * Header limits for mime4j (its own are off when set to -1, which is what we had: a message of 50 MB of
     * header fields was parsed field by field into memory). Far above real mail (a few hundred fields, folded
     * lines under 1 000 octets per RFC 5322 §2.1.1), low enough to bound the work per header section.
     * Hitting one is not a malformed message but an inspection we could not finish: see headerLimit().
     */
    /** Header fields per header section (top level or one MIME part). */
    static final int MAX_HEADER_FIELDS = org.spoofguard.core.message.HeaderSectionLimit.MAX_FIELDS;
    /** One physical header line; mime4j applies it to header lines and boundary lines, not to body content. */
    static final int MAX_LINE_BYTES = 64 * 1024;
    /** One header field with its folded continuation lines. */
    static final int MAX_FIELD_BYTES = 256 * 1024;
    /** The header fields of one header section together. */
    static final int MAX_HEADER_SECTION_BYTES = org.spoofguard.core.message.HeaderSectionLimit.MAX_BYTES;

    private final InvoiceConfig cfg;
    private final long deadline;
    private MimeStreamParser parser;
    private final Monitor monitor = new Monitor();

    private int depth;
    private int bodyPartDepth;
    private int messages;
    private int parts;
    private boolean topHeader;
    private boolean stopped;
    private long headerSectionBytes;
    private String contentType;
    /** The body part being read is text/plain; format=flowed; delsp=yes. */
    private boolean flowedDelSp;
    private String disposition;
    /** The first Content-Type, -Transfer-Encoding and -Disposition of the header section being read, canonical. */
    private final Map<String, String> contentFields = new java.util.HashMap<>();
    /** The header section being read has conflicting content fields ({@link #conflict}). */
    private boolean conflicting;

    private String subject = "";
    private String from;
    private int fromFields;
    private String fromDomainOf;
    private String fromDomainRead = "";
    private String replyTo;
    /** RFC 2919 List-Id of the top-level header ("" if none). */
    private String listId;
    private String sender;

    private final Map<String, StringBuilder> signals = new LinkedHashMap<>();
    private final Vocabulary.Hits subjectHits = new Vocabulary.Hits();
    private final Vocabulary.Hits bodyHits = new Vocabulary.Hits();
    private final Vocabulary.Hits nameHits = new Vocabulary.Hits();
    private final Vocabulary.Hits pdfHits = new Vocabulary.Hits();
    /** Words of Office documents' text parts: they count like the body's, not as a PDF invoice's text. */
    private final Vocabulary.Hits documentHits = new Vocabulary.Hits();
    private final BankDetails.Found bank = new BankDetails.Found();
    /** The accounts seen anywhere but in the quoted part of a reply ({@link Replies}). */
    private final BankDetails.Found unquoted = new BankDetails.Found();
    /** A reply's own words say the account stays ("vi har ikke skiftet bank") above a quoted mail. */
    private boolean replyKeepsAccount;
    private int pdfs;
    private boolean eInvoice;
    private final Set<String> linkHosts = new LinkedHashSet<>();
    /** Hosts of links in attached documents: look-alikes moved out of the body into the PDF or the letter. */
    private final Set<String> documentLinkHosts = new LinkedHashSet<>();
    /** The first link's call to action ("Betal nu", "Godkend med MitID"), or null. */
    private String linkAction;
    /** The first link to a device-code login page ({@link Links#deviceLogin}), or null. */
    private String deviceLogin;
    /** Suppliers the subject, bodies and PDFs name as a company (SupplierNames). */
    private final Set<String> namedSuppliers = new LinkedHashSet<>();
    private final SupplierNames.Index supplierIndex;
    /** PDFs that have pages but no text layer (scans): described for evidence. */
    /** PDFs without a text layer, Office documents with pictures and no text: invoices that are only pixels. */
    private final List<String> imageOnlyDocuments = new ArrayList<>();
    /** PDFs found inside an archive (ZIP/7z), by path: an invoice packed where attachment scanners do not look. */
    private final List<String> archivedPdfs = new ArrayList<>();
    /** Image attachments whose file name speaks of an invoice, or that are the only document. */
    private final List<String> images = new ArrayList<>();
    /** Image parts of any disposition (an inline QR code too). */
    private int imageParts;
    private final List<String> invoiceNamedImages = new ArrayList<>();
    /** Decompressed bytes left for all archive entries of this message (a bomb must not cost more). */
    private long expandedLeft;
    private int textBudget;
    /**
     * Characters left for the documents inside archives, apart from the message's own budgets: a ZIP of data
     * exports attached before the body must not use up what the body is read with (that would be an incomplete
     * inspection of an ordinary mail).
     */
    private int archiveTextBudget = BANK_TEXT_CHARS;
    /** Saved mails from archives being parsed: their text, like an archive's, never makes the inspection incomplete. */
    private int archivedMessages;
    /** Archive entries being read with the archives' budgets ({@link #withArchiveBudget}). */
    private int archiveReadings;
    /** Outlook items ({@code .msg}) being read, one inside another. */
    private int outlookItems;

    MimeScan(InvoiceConfig cfg) {
        this.cfg = cfg;
        this.deadline = System.nanoTime() + cfg.timeBudgetMillis() * 1_000_000L;
        this.textBudget = cfg.maxTextChars() * 5;
        this.expandedLeft = cfg.archive().expanded();
        this.supplierIndex = SupplierNames.Index.of(cfg.supplierDomains());
    }

    InvoiceSignals run(InputStream in) {
        parser = newParser();
        parse(in);
        return finish();
    }

    /** mime4j's limits for every message we parse: lenient, but no line or header beyond ours. */
    private static MimeConfig.Builder bounded() {
        return new MimeConfig.Builder()
                .setStrictParsing(false)
                .setMaxLineLen(MAX_LINE_BYTES)
                .setMaxHeaderLen(MAX_FIELD_BYTES)
                .setMaxHeaderCount(MAX_HEADER_FIELDS)
                .setMaxContentLen(-1);
    }

    private MimeStreamParser newParser() {
        MimeConfig mc = bounded().setMalformedHeaderStartsBody(true).build();
        MimeStreamParser p = new MimeStreamParser(mc, monitor, null);
        // the transfer encodings are undone in body() (TransferDecoding): mime4j's base64 stops at the first '='
        // and it knows no uuencode, so what it leaves encoded would go unread
        p.setContentDecoding(false);
        // a message/rfc822 part comes to body() and is parsed by savedMessage(), so that its transfer encoding is
        // undone by TransferDecoding too (mime4j decodes a message it recurses into with its own base64 decoder)
        p.setNoRecurse();
        p.setContentHandler(this);
        return p;
    }

    /** Parses with {@link #parser}; a limit or a parser failure stops the whole inspection (fail closed). */
    private void parse(InputStream in) {
        try {
            parser.parse(in);
        } catch (MaxHeaderLimitException | MaxHeaderLengthLimitException | MaxLineLimitException e) {
            headerLimit(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + SpoofSignals.clip(e.getMessage())));
        } catch (MimeException | IOException | RuntimeException e) {
            if (limitCause(e) != null) {
                headerLimit(limitCause(e));
            } else {
                String what = e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : " " + SpoofSignals.clip(e.getMessage()));
                signal(SignalNames.MIME_MALFORMED, "parse stopped: " + what);
                if (e instanceof RuntimeException) {
                    // The parser gave up on content the sender chose: everything after that point (perhaps
                    // the invoice PDF) went unseen, so fail closed as for the header limits. Fuzzing found
                    // input that makes mime4j throw IllegalStateException ("unread only works when a buffer
                    // is fully read") mid-message. A failing stream (IOException) stays a plain signal.
                    signal(SignalNames.ERROR, "inspection incomplete: MIME parse stopped (" + what + ")");
                }
                stopped = true;
            }
        } catch (StackOverflowError e) {
            signal(SignalNames.LIMIT_DEPTH, "nesting too deep for the parser");
            signal(SignalNames.ERROR, InvoicePolicy.INCOMPLETE + ": nesting too deep for the parser");
            stopped = true;
        } catch (OutOfMemoryError e) {
            // The parser's buffers are unreachable once we are back here. What was seen so far still counts,
            // and the verdict is incomplete: fail closed (InvoicePolicy.failClosed), never "checked, clean".
            signal(SignalNames.ERROR, "inspection incomplete: out of memory while parsing; the rest was not examined");
            stopped = true;
        }
    }

    /**
     * A saved mail ({@code .eml}) sent as octet-stream or packed in an archive is opened by a mail program as a
     * message: its base64 or quoted-printable parts are shown decoded, so read raw they would hide an account from
     * us and not from the clerk. Parsed with its own parser and this handler, it counts against the same part,
     * depth, time and text limits as a {@code message/rfc822} part.
     */
    private void savedMessage(byte[] head, InputStream rest) {
        MimeStreamParser outer = parser;
        parser = newParser();
        try {
            parse(new SequenceInputStream(new ByteArrayInputStream(head), rest));
        } finally {
            parser = outer;
            if (stopped) {
                outer.stop();
            }
        }
    }

    /** Starts with a header field ("Name: value", RFC 5322 §2.2) and declares MIME within its first kilobytes. */
    static boolean looksLikeMessage(byte[] head) {
        String start = new String(head, 0, Math.min(head.length, 8192), StandardCharsets.ISO_8859_1);
        int end = start.indexOf("\r\n\r\n");
        String header = (end < 0 ? start : start.substring(0, end)).toLowerCase(Locale.ROOT);
        return FIELD_START.matcher(start).lookingAt()
                && (header.contains("\nmime-version:") || header.contains("\ncontent-type:")
                || header.contains("\ncontent-transfer-encoding:") || header.startsWith("mime-version:")
                || header.startsWith("content-type:"));
    }

    // ---------------------------------------------------------------- ContentHandler

    @Override
    public void startMessage() {
        messages++;
        enter();
    }

    @Override
    public void endMessage() {
        depth--;
    }

    @Override
    public void startBodyPart() {
        bodyPartDepth++;
        if (++parts > cfg.maxParts()) {
            incomplete(SignalNames.LIMIT_PARTS, "more than " + cfg.maxParts() + " MIME parts");
        }
        enter();
    }

    @Override
    public void endBodyPart() {
        bodyPartDepth--;
        depth--;
    }

    private void enter() {
        if (++depth > cfg.maxDepth()) {
            incomplete(SignalNames.LIMIT_DEPTH, "MIME nesting deeper than " + cfg.maxDepth());
        }
        checkTime();
    }

    /**
     * A header limit stopped the parse: what follows (perhaps the invoice PDF, perhaps From) was never seen.
     * Fail closed through the error path: the verdict carries an {@code error} reason, so the adapter writes
     * {@code X-SpoofGuard-Error} ("incomplete") and counts it, and the action rests on the signals seen; the
     * anomaly signal adds its weight. A sender must not be able to hide a mail's content behind padding.
     */
    private void headerLimit(String what) {
        signal(SignalNames.MIME_MALFORMED, "header limits exceeded (" + what + ")");
        signal(SignalNames.ERROR, "inspection incomplete: header limits exceeded (" + what + "); the rest was not examined");
        stopped = true;
    }

    /** The header-limit exception behind {@code e} (mime4j may wrap it), described, or null. */
    private static String limitCause(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof MaxHeaderLimitException || t instanceof MaxHeaderLengthLimitException
                    || t instanceof MaxLineLimitException) {
                return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : " " + SpoofSignals.clip(t.getMessage()));
            }
        }
        return null;
    }

    @Override
    public void startHeader() {
        topHeader = messages == 1 && bodyPartDepth == 0;
        headerSectionBytes = 0;
        contentType = null;
        disposition = null;
        contentFields.clear();
        conflicting = false;
    }

    @Override
    public void field(Field field) {
        if (stopped) {
            return;
        }
        headerSectionBytes += field.getRaw() == null ? 0 : field.getRaw().length();
        if (headerSectionBytes > MAX_HEADER_SECTION_BYTES) {
            headerLimit("header section larger than " + MAX_HEADER_SECTION_BYTES + " bytes");
            parser.stop();
            return;
        }
        String name = field.getName() == null ? "" : field.getName().toLowerCase(Locale.ROOT);
        String body = field.getBody();
        if (body == null) {
            return;
        }
        // the content fields are compared whole: two that agree in the first MAX_HEADER_VALUE characters and differ
        // after them (a long parameter, then another charset) are two readings too (linear: the header section is
        // bounded)
        String whole = body;
        if (body.length() > MAX_HEADER_VALUE) {
            body = body.substring(0, MAX_HEADER_VALUE);
        }
        body = rawUtf8(body);
        switch (name) {
            case "content-type" -> {
                conflict(name, whole);
                contentType = contentType == null ? body : contentType;
            }
            case "content-disposition" -> {
                conflict(name, whole);
                disposition = disposition == null ? body : disposition;
            }
            case "content-transfer-encoding" -> conflict(name, whole);
            default -> {
            }
        }
        if (!topHeader) {
            if (name.equals("subject") && bodyPartDepth > 0) {
                // subject of an attached/forwarded message (message/rfc822): part of the content
                bodyHits.addAll(Vocabulary.scan(Addresses.decode(body.length() > 4096 ? body.substring(0, 4096)
                        : body), 4096));
            }
            return;
        }
        switch (name) {
            case "subject" -> {
                if (subject.isEmpty()) {
                    subject = Addresses.decode(body.length() > 4096 ? body.substring(0, 4096) : body);
                    subjectHits.addAll(Vocabulary.scan(subject, 4096));
                    SupplierNames.find(subject, 4096, supplierIndex, namedSuppliers);
                    // "Faktura 88300 – betal til reg 9570 konto 0012345678": an account the clerk reads in the
                    // subject line is a payee like one in the body
                    payees(BankDetails.scan(subject, 4096));
                }
            }
            case "from" -> {
                // RFC 5322 §3.6 allows one From field; DMARC evaluates every one (AuthorDomain). Read as one address
                // list here, a second field naming another domain leaves no single From, as it does for DMARC; the
                // first alone was credited though the mail program may show the second.
                if (from == null) {
                    from = addressField(whole);
                } else if (fromFields <= AuthorDomain.MAX_FROM_FIELDS) {
                    from = from + ", " + addressField(whole);
                }
                fromFields++;
            }
            case "reply-to" -> replyTo = replyTo == null ? addressField(whole) : replyTo;
            case "sender" -> sender = sender == null ? addressField(whole) : sender;
            case "list-id" -> listId = listId == null ? body : listId;
            default -> {
            }
        }
    }

    /**
     * A second Content-Type, Content-Transfer-Encoding or Content-Disposition that says something else than the first
     * (RFC 2045 allows one of each). We read the first, as mime4j does; a client that takes the last shows another
     * charset, another type or another decoding ("us-ascii" then "utf-7", "7bit" then "base64"), and a new account
     * the scan did not read. Which one the clerk's client takes is not known, so the inspection is incomplete (fail
     * closed). The same field repeated with the same value (case, blanks and quotes aside) is no conflict.
     */
    private void conflict(String name, String value) {
        if (conflicting) {
            return;
        }
        String canonical = value.toLowerCase(Locale.ROOT).replaceAll("[\\s\"]+", "");
        if (name.equals("content-transfer-encoding")
                && (canonical.equals("7bit") || canonical.equals("8bit") || canonical.equals("binary"))) {
            // the identity encodings (RFC 2045 §6.2): every client reads the body the same under each
            canonical = "identity";
        }
        String first = contentFields.putIfAbsent(name, canonical); // each field made canonical once
        if (first == null || first.equals(canonical)) {
            return;
        }
        conflicting = true;
        signal(SignalNames.MIME_MALFORMED, "two " + name + " fields that differ in one header section");
        signal(SignalNames.ERROR, InvoicePolicy.INCOMPLETE + ": two " + name + " fields that differ in one header "
                + "section; mail programs read either");
    }

    @Override
    public void endHeader() {
    }

    @Override
    public void preamble(InputStream is) {
    }

    @Override
    public void epilogue(InputStream is) {
    }

    @Override
    public void startMultipart(BodyDescriptor bd) {
        checkTime();
    }

    @Override
    public void endMultipart() {
    }

    @Override
    public void raw(InputStream is) {
    }

    @Override
    public void body(BodyDescriptor bd, InputStream is) throws IOException {
        if (stopped || checkTime()) {
            return;
        }
        String mime = bd.getMimeType() == null ? "" : bd.getMimeType().toLowerCase(Locale.ROOT);
        Map<String, String> ct = MimeParams.parse(contentType);
        Map<String, String> cd = MimeParams.parse(disposition);
        String dispType = MimeParams.primary(disposition);
        String filename = cd.get("filename");
        if (filename == null || filename.isBlank()) {
            filename = ct.get("name");
        }
        if (filename != null) {
            filename = Addresses.decode(filename).trim();
            if (filename.isEmpty()) {
                filename = null;
            }
        }
        is = TransferDecoding.decode(bd.getTransferEncoding(), is, monitor);
        byte[] head = readUpTo(is, HEAD_BYTES);
        if (is instanceof TransferDecoding.Uu uu) {
            if (uu.preamble.length > 0 && nonBlank(new String(uu.preamble, StandardCharsets.ISO_8859_1)) > 0) {
                // text before the "begin" line: a client may show it, so it is read as the part's text would be
                text(uu.preamble, InputStream.nullInputStream(), "text/plain", bd.getCharset(), null, false, "",
                        archivedMessages == 0);
            }
            if (filename == null && uu.name() != null) {
                // "Content-Type: application/octet-stream" with "begin 644 faktura.pdf": the client names the file so
                filename = uu.name();
            }
        }
        boolean attachment = "attachment".equals(dispType) || filename != null;
        String ext = filename == null ? "" : AttachmentNames.extension(filename);

        if (filename != null) {
            examineName(filename, "attachment");
        }
        if (mime.equals("message/global") || mime.equals("message/rfc822")) {
            // RFC 6532 §3.5: message/global is message/rfc822 for internationalised mail, shown inline as a forwarded
            // message is
            savedMessage(head, is);
            return;
        }
        if (mime.equals("message/partial") || mime.equals("message/external-body")) {
            // a fragment (RFC 2046 §5.2.2) or a pointer we do not fetch: whatever it makes up goes unread
            incomplete(SignalNames.MIME_MALFORMED, mime + " part not read");
            return;
        }
        // RFC 3676 §4.2: with DelSp=yes a line ending in a space goes on in the next line without that space: "00123 "
        // + break + "45678" is shown as 0012345678
        flowedDelSp = mime.equals("text/plain") && "flowed".equalsIgnoreCase(ct.get("format"))
                && "yes".equalsIgnoreCase(ct.get("delsp"));
        try {
            examineContent(head, is, mime, bd.getCharset(), filename, attachment, ext, true);
        } finally {
            flowedDelSp = false;
        }
    }

    /**
     * Whether an archive attached as a PDF (named or typed so) is also the PDF a PDF reader shows: one finds the
     * "%PDF-" header anywhere in the first kilobyte.
     */
    private static boolean pdfShown(byte[] head, String mime, String ext) {
        boolean pdfReader = ext.equals("pdf") || mime.endsWith("/pdf") || mime.endsWith("/x-pdf");
        return pdfReader && containsAscii(head, 0, 1024, "%PDF-");
    }

    /**
     * One attachment's or body part's content, by what it is: the MIME type and name say, the first bytes decide.
     *
     * @param openTnef whether a TNEF wrapper is opened (not inside one: Outlook does not nest them)
     */
    private void examineContent(byte[] head, InputStream is, String mime, String charset, String filename,
                         boolean attachment, String ext, boolean openTnef) throws IOException {
        String program = attachment ? Executables.kind(head) : null;
        if (program != null) {
            // first: a program called faktura.pdf (or sent as image/jpeg) went to the PDF or picture reader, and
            // "MZ" was the only magic known (not ELF, Mach-O)
            signal(SignalNames.EXECUTABLE_ATTACHMENT, name(filename) + " (" + program + ")");
        } else if (openTnef && Tnef.isTnef(head)) {
            // first: a PDF header within the wrapper's first kilobyte would otherwise make the wrapper a "PDF"
            tnef(head, is, filename);
        } else if (Cfb.isCfb(head) && !ext.equals("pdf") && !mime.endsWith("/pdf") && !mime.endsWith("/x-pdf")) {
            // before the PDF check, as for TNEF: a small PDF inside an Outlook item lies within its first
            // kilobyte. Not when the name or type says PDF: a PDF reader finds a header anywhere in that kilobyte.
            ole(head, is, mime, filename, ext);
        } else if (startsWith(head, 0, "PK\u0003\u0004")) {
            // before the PDF check: a STORED PDF as the first entry puts "%PDF-" in the first kilobyte, and the
            // archive went to the PDF reader, never listed (an .exe behind it unseen). The bytes decide, not the
            // name: a ZIP called faktura.pdf (or sent as application/pdf) went to the PDF reader, its entries (an
            // .exe, a .js, an .xlsm's macro project) never listed. Named or typed PDF it is read as a PDF as well,
            // since a PDF reader shows the PDF whose header lies in its first kilobyte
            zip(head, is, filename, pdfShown(head, mime, ext));
        } else if (startsWith(head, 0, SEVEN_Z_MAGIC)) {
            // before the PDF check, as for a ZIP: a stored 7z puts its first entry 32 bytes in, so a PDF there put
            // "%PDF-" in the first kilobyte and the archive went to the PDF reader, never listed (a bilag.js behind
            // it unseen); named or typed PDF, the bytes decide too, and it is also read as that PDF, as a ZIP is
            sevenZip(head, is, filename, pdfShown(head, mime, ext));
        } else if (isStreamArchive(head)) {
            // opened (before, only named archive-attachment): the PDF invoice with a new account or the .js packed in
            // a faktura.pdf.gz, .tgz, .tar.bz2, .txz or .tar went unseen, while the clerk's archiver opens it. Before
            // the PDF check, as for ZIP and 7z: a tar puts its first entry 512 bytes in, "%PDF-" in the first
            // kilobyte, and a gzip called faktura.pdf went to the PDF reader as a broken PDF
            gzipOrTar(head, is, filename, pdfShown(head, mime, ext));
        } else if (isPdf(head, mime, ext)) {
            pdf(head, is, filename);
        } else if (startsWith(head, 0, "Rar!\u001a\u0007") || startsWith(head, 0, "MSCF")
                || AttachmentNames.ARCHIVE.contains(ext)) {
            signal(SignalNames.ARCHIVE_ATTACHMENT, name(filename) + " (" + archiveKind(head, ext) + ")");
        } else if (RtfText.isRtf(head)) {
            rtf(head, is, filename);
        } else if (!mime.startsWith("text/") && (ImageHeaders.isImage(head) || (mime.startsWith("image/")
                && !mime.equals("image/svg+xml") && !ext.equals("svg")))) {
            image(head, filename, attachment);
        } else if (startsWith(head, 0x8001, "CD001") || AttachmentNames.DISK_IMAGE.contains(ext)) {
            signal(SignalNames.DISK_IMAGE, name(filename) + " (disk image)");
        } else if (AttachmentNames.EXECUTABLE.contains(ext)) {
            signal(SignalNames.EXECUTABLE_ATTACHMENT, name(filename) + " (." + ext + ")");
        } else if (attachment && ext.equals("eml") && looksLikeMessage(head)) {
            savedMessage(head, is);
        } else if (attachment && (ext.equals("mht") || ext.equals("mhtml")) && looksLikeMessage(head)) {
            // a web archive (RFC 2557) opens in the browser or Word as the page its HTML part is, that part mostly in
            // base64: read raw, the page's text (a new account) went unread
            signal(SignalNames.HTML_ATTACHMENT, name(filename) + " (HTML attachment: credential phishing vehicle)");
            savedMessage(head, is);
        } else {
            text(head, is, mime, charset, filename, attachment, ext, archivedMessages == 0);
        }
    }

    /**
     * A TNEF wrapper ({@code winmail.dat}): each attachment in it is examined as if attached to the mail itself, by
     * name and content, because that is how Outlook shows it. Not an archive: Outlook wraps attachments on its own,
     * so a PDF in it is no {@code archived-invoice}. A wrapper that cannot be read to its end, or holds more than
     * {@code limit.archive-entries} attachments, leaves the verdict incomplete (fail closed).
     */
    private void tnef(byte[] head, InputStream is, String filename) throws IOException {
        ItemVisitor.Result r = Tnef.read(new SequenceInputStream(new ByteArrayInputStream(head), is),
                cfg.archive().entries(), cfg.archive().depth(), items(filename, "winmail.dat"));
        itemsRead(filename, r, "the TNEF wrapper", "TNEF");
    }

    /**
     * How reading a winmail.dat or an Outlook item ended: over a limit (no mail client's own wrapper or item holds
     * that many, so what was not opened could be anything) or cut short, the verdict is incomplete (fail closed).
     */
    private void itemsRead(String filename, ItemVisitor.Result r, String where, String what) {
        String n = name(filename);
        if (r.limit() != null) {
            signal(SignalNames.LIMIT_PARTS, n + ": " + r.limit() + " in " + where + "; the rest was not opened");
            signal(SignalNames.ERROR, InvoicePolicy.INCOMPLETE + ": " + n + ": " + r.limit() + " in " + where);
        }
        if (r.broken() != null && !stopped) {
            signal(SignalNames.MIME_MALFORMED, n + ": unreadable " + what + " (" + r.broken() + ")");
            signal(SignalNames.ERROR, InvoicePolicy.INCOMPLETE + ": " + n + " could not be read to its end");
        }
    }

    /**
     * What a winmail.dat or an Outlook item holds, examined as the clerk sees it on opening the file: its bodies
     * like a message body, each attachment as if attached to the mail itself, by name and by content (a TNEF wrapper
     * inside is not opened: Outlook shows it as one file).
     *
     * @param container what to call an attachment's container when neither it nor the attachment has a name
     */
    private ItemVisitor items(String filename, String container) {
        return new ItemVisitor() {
            @Override
            public void body(String mime, String charset, InputStream text) throws IOException {
                text(readUpTo(text, HEAD_BYTES), text, mime, charset, filename, false, "", archivedMessages == 0);
            }

            @Override
            public void data(String name, InputStream content) throws IOException {
                String shown = name == null ? "attachment in " + (filename == null ? container : filename) : name;
                examineContent(readUpTo(content, HEAD_BYTES), content, "", null, shown, true,
                        AttachmentNames.extension(shown), false);
            }

            @Override
            public void name(String name) {
                if (name != null) {
                    examineName(name, "attachment");
                }
            }

            @Override
            public void embedded(String name, Cfb cfb, Cfb.Entry storage) throws IOException {
                officeStorage(cfb, storage, name == null ? "object in " + (filename == null ? container : filename)
                        : name);
            }

            @Override
            public boolean stop() {
                return stopped || checkTime();
            }
        };
    }

    // ---------------------------------------------------------------- parts

    /**
     * What an archive's listing shows of one entry, whatever the archive (ZIP, 7z, tar, gzip): its name as an
     * attachment's, and an archive, disk image or web page packed inside. Returns the entry's extension.
     */
    private String examineEntry(String entry, String n) {
        examineName(entry, "in " + n + ":");
        String ext = AttachmentNames.extension(entry);
        if (AttachmentNames.ARCHIVE.contains(ext) || AttachmentNames.DISK_IMAGE.contains(ext)) {
            signal(SignalNames.NESTED_ARCHIVE, n + " contains " + clipName(entry));
        }
        if (AttachmentNames.HTML.contains(ext)) {
            signal(SignalNames.HTML_ATTACHMENT, n + " contains " + clipName(entry));
        }
        return ext;
    }

    private void examineName(String filename, String where) {
        Vocabulary.Hits h = Vocabulary.scan(filename, 1024);
        nameHits.addAll(h);
        String dbl = AttachmentNames.doubleExtension(filename);
        if (dbl != null) {
            signal(SignalNames.DOUBLE_EXTENSION, where + " " + clipName(filename) + ": " + dbl);
        }
        String ext = AttachmentNames.extension(filename);
        if (AttachmentNames.EXECUTABLE.contains(ext)) {
            signal(SignalNames.EXECUTABLE_ATTACHMENT, where + " " + clipName(filename));
        }
        if (MACRO_EXTENSIONS.contains(ext)) {
            signal(SignalNames.OFFICE_MACRO, where + " " + clipName(filename) + " (macro-enabled file type)");
        }
    }

    /**
     * @param complete whether text beyond the budgets makes the inspection incomplete (fail closed). Not for an
     *                 archive's documents: a ZIP of data exports is ordinary mail, and before they were read at all
     *                 nothing of them counted; what fits the budgets is read, the rest is left as it was.
     */
    private void text(byte[] head, InputStream is, String mime, String charset, String filename, boolean attachment,
                      String ext, boolean complete) throws IOException {
        // XHTML (application/xhtml+xml, .xhtml) is a page a browser shows as HTML; read as XML it kept its tags, and an
        // account split by a <span> was no account
        boolean html = mime.equals("text/html") || mime.equals("application/xhtml+xml") || ext.equals("xht")
                || AttachmentNames.HTML.contains(ext) || looksLikeHtml(head);
        boolean svg = mime.equals("image/svg+xml") || ext.equals("svg") || containsAscii(head, 0, 1024, "<svg");
        boolean xml = mime.endsWith("/xml") || mime.endsWith("+xml") || ext.equals("xml")
                || startsWith(head, 0, "<?xml") || startsWith(head, 0, "\u00ef\u00bb\u00bf<?xml");
        if (svg && attachment) {
            signal(SignalNames.SVG_ATTACHMENT, name(filename) + " (SVG can carry script and links)");
        }
        if (xml && !svg) {
            String doc = decode(head, charset);
            String ubl = Ubl.detect(doc);
            if (ubl != null) {
                eInvoice = true;
                // Where an e-invoice pays (cac:PayeeFinancialAccount) is an account like one in a PDF: compared with
                // the sender's history, so an OIOUBL file whose payee was swapped is a new account, not a clean
                // e-invoice. A Danish branch and account in two elements arrive as their Danish IBAN. Read by a
                // hardened XML parser over the whole part (OIOUBL/Peppol put the invoice PDF's base64 before the
                // payee; CDATA, comments, line breaks in tags hid it from a string search of the head), up to the
                // text part's budget; a file not read to its end is an incomplete inspection and earns no credit.
                // streamed, so the budget costs no memory: as much as an embedded PDF of limit.pdf-bytes takes in
                // base64, beside the text part's 4 MB, so a genuine OIOUBL with a large PDF is still read to its end
                long budget = TEXT_PART_BYTES + cfg.maxPdfBytes() / 3 * 4;
                Ubl.Read read = Ubl.read(new SequenceInputStream(new ByteArrayInputStream(head), is), budget);
                if (read.incomplete() == null) {
                    signal(SignalNames.E_INVOICE, ubl + (filename == null ? "" : " in " + clipName(filename)));
                } else {
                    signal(SignalNames.ERROR, InvoicePolicy.INCOMPLETE + ": " + ubl + " in " + name(filename) + ": "
                            + read.incomplete() + "; its payee is unread, no e-invoice credit");
                }
                payees(Ubl.union(read.payees(), Ubl.searched(doc)));
                return;
            }
        }
        if (html && attachment && !svg) {
            signal(SignalNames.HTML_ATTACHMENT, name(filename) + " (HTML attachment: credential phishing vehicle)");
        }
        // "faktura.txt" sent as application/octet-stream opens in Notepad all the same
        boolean textual = mime.startsWith("text/") || html || svg || (xml && attachment)
                || attachment && (AttachmentNames.PLAIN_TEXT.contains(ext) || OPENS_AS_TEXT.contains(ext));
        if (!textual) {
            return;
        }
        if (textBudget <= 0 && bankBudget <= 0) {
            if (!complete) {
                return;
            }
            signal(SignalNames.ERROR, InvoicePolicy.INCOMPLETE + ": " + name(filename) + " not read: the mail's text budget is spent");
            return;
        }
        int limit = Math.max(0, Math.min(cfg.maxTextChars(), textBudget));
        int bankLimit = Math.max(0, Math.min(BANK_TEXT_CHARS, bankBudget));
        byte[] bytes = head;
        boolean unread = false;
        if (head.length == HEAD_BYTES) {
            byte[] more = readUpTo(is, TEXT_PART_BYTES - head.length);
            bytes = new byte[head.length + more.length];
            System.arraycopy(head, 0, bytes, 0, head.length);
            System.arraycopy(more, 0, bytes, head.length, more.length);
            unread = bytes.length == TEXT_PART_BYTES && is.read() >= 0;
        }
        String raw = decode(bytes, charset);
        if (charset != null && (charset.trim().equalsIgnoreCase("utf-7") || charset.trim().equalsIgnoreCase("unicode-1-1-utf-7"))) {
            // RFC 2152, which Java does not ship and Outlook reads: "+ADkANQA3ADA-" is 9570
            raw = Utf7.decode(raw);
        }
        if (flowedDelSp && !attachment) {
            raw = FLOWED_DELSP.matcher(raw).replaceAll("");
        }
        if (FOLDED.contains(mime) || ext.equals("ics") || ext.equals("vcf")) {
            // RFC 5545 §3.1 / RFC 6350 §3.2: a long line goes on after a line break and one space or tab, and
            // vCard 2.1's quoted-printable values after "=" and a line break; a calendar program or an address book
            // shows the line whole, so "DK95 2000 01" + break + " 23 4567 89" is one account.
            raw = UNFOLD.matcher(raw).replaceAll("");
        }
        if (!html && !svg && uuBlocks == 0) {
            uuencoded(raw, filename, complete);
        }
        String action = Links.scan(raw, Math.min(raw.length(), limit * 4), linkHosts, MAX_LINK_HOSTS, linkAction == null);
        if (html || svg) {
            Links.hrefHosts(raw, Math.min(raw.length(), limit * 4), linkHosts, MAX_LINK_HOSTS);
        }
        if (linkAction == null) {
            linkAction = action;
        }
        if (deviceLogin == null) {
            deviceLogin = Links.deviceLogin(raw, Math.min(raw.length(), limit * 4));
        }
        String visible = null;
        String full;
        if (html || svg) {
            visible = Html.visibleText(raw, bankLimit);
            full = Html.toText(raw, bankLimit + 1);
        } else {
            full = raw.length() > bankLimit ? raw.substring(0, bankLimit + 1) : raw;
        }
        unread |= full.length() > bankLimit;
        full = Texts.readable(full.length() > bankLimit ? full.substring(0, bankLimit) : full);
        String text = full.length() > limit ? full.substring(0, limit) : full;
        textBudget -= text.length();
        bankBudget -= full.length();
        bodyHits.addAll(Vocabulary.scan(text, limit));
        bodyPayees(full, attachment, limit);
        if (visible != null) {
            // hidden elements: what is left when they are gone ("53<span hidden>99</span>01") counts too
            visible = Texts.readable(visible);
            bodyHits.addAll(Vocabulary.scan(visible, limit));
            bodyPayees(visible, attachment, limit);
        }
        SupplierNames.find(text, limit, supplierIndex, namedSuppliers);
        if (unread && complete) {
            signal(SignalNames.ERROR, InvoicePolicy.INCOMPLETE + ": " + name(filename) + " has more text than is read ("
                    + TEXT_PART_BYTES / (1024 * 1024) + " MB, " + BANK_TEXT_CHARS / (1024 * 1024)
                    + "M characters); the rest was not examined");
        }
    }

    /** Files uuencoded into one text part that are opened; more make the inspection incomplete. */
    private static final int MAX_UU_BLOCKS = 20;
    /** Inside a file decoded from a uuencode block: its text is not searched for blocks again. */
    private int uuBlocks;

    /**
     * Files uuencoded into a plain-text body ("begin 644 faktura.pdf" ... "end"): Outlook and Thunderbird show each as
     * an attachment, so a compromised supplier's invoice PDF written so went past a scan that read the lines as
     * text. Each block is decoded and examined as the attachment it is; the text is walked once (a block's decoder
     * stops at its "end", the next "begin" is searched from there), so hostile text costs linear time.
     */
    private void uuencoded(String raw, String container, boolean complete) throws IOException {
        java.util.regex.Matcher m = TransferDecoding.BEGIN.matcher(raw);
        if (!m.find()) {
            return;
        }
        // one byte per char, so the matcher's char offsets are byte offsets (getBytes(ISO_8859_1) makes one '?' of
        // a surrogate pair: an emoji before the begin line shifted the block and hid the file)
        byte[] bytes = new byte[raw.length()];
        for (int i = 0; i < bytes.length; i++) {
            char c = raw.charAt(i);
            bytes[i] = c <= 0xff ? (byte) c : (byte) '?';
        }
        int at = 0;
        int blocks = 0;
        byte[] sink = new byte[8192];
        uuBlocks++;
        try {
            while (at < raw.length() && m.find(at) && !stopped) {
                if (++blocks > MAX_UU_BLOCKS) {
                    if (complete) {
                        signal(SignalNames.ERROR, InvoicePolicy.INCOMPLETE + ": " + name(container) + " holds more than "
                                + MAX_UU_BLOCKS + " uuencoded files; the rest was not opened");
                    }
                    return;
                }
                TransferDecoding.Uu uu = new TransferDecoding.Uu(new ByteArrayInputStream(bytes, m.start(),
                        bytes.length - m.start()), false);
                byte[] head = readUpTo(uu, HEAD_BYTES);
                String shown = uu.name() != null ? uu.name() : "uuencoded file in " + name(container);
                examineName(shown, "attachment");
                examineContent(head, uu, "", null, shown, true, AttachmentNames.extension(shown), true);
                while (uu.read(sink) > 0) {
                    // to the block's "end": the next block is searched after it
                }
                at = m.start() + (int) Math.max(1, uu.consumed());
            }
        } finally {
            uuBlocks--;
        }
    }

    /** Accounts from anywhere but a body's text: none of them is quoted. */
    private void payees(BankDetails.Found found) {
        bank.addAll(found);
        unquoted.addAll(found);
    }

    private void payees(List<String> ibans) {
        bank.ibans.addAll(ibans);
        unquoted.ibans.addAll(ibans);
    }

    /**
     * A body's accounts, all of them payees as before; a reply's own words are read apart from the mail it quotes,
     * so that the policy can tell a supplier's "no, pay as always" from the quoted request it answers.
     */
    private void bodyPayees(String text, boolean attachment, int limit) {
        BankDetails.Found found = BankDetails.scan(text, text.length());
        bank.addAll(found);
        Replies.Split reply = attachment ? null : Replies.split(text);
        if (reply == null || !reply.quotes()) {
            unquoted.addAll(found);
            return;
        }
        String own = reply.author();
        unquoted.addAll(BankDetails.scan(own, own.length()));
        Vocabulary.Hits hits = Vocabulary.scan(own, Math.min(limit, own.length()));
        replyKeepsAccount |= !hits.unchanged.isEmpty() && hits.closing.isEmpty();
    }

    private void pdf(byte[] head, InputStream is, String filename) throws IOException {
        pdfs++;
        signal(SignalNames.PDF_ATTACHMENT, name(filename));
        if (!containsAscii(head, 0, 1024, "%PDF-")) {
            signal(SignalNames.PDF_BROKEN, name(filename) + ": no %PDF- header");
        }
        RawTokens tokens = new RawTokens();
        try (Spill spill = new Spill(cfg.maxPdfBytes())) {
            Spill.End end = spill.fill(head, is, tokens::feed, this::checkTime);
            if (end == Spill.End.OUT_OF_TIME) {
                return;
            }
            if (end == Spill.End.OVER) {
                signal(SignalNames.PDF_TOO_LARGE, name(filename) + " larger than " + cfg.maxPdfBytes()
                        + " bytes: not parsed");
                rawTokenSignals(tokens, filename);
                return;
            }
            PdfInspector.Result r = PdfInspector.inspect(spill.open(), cfg.maxPdfPages(),
                    Math.max(1, Math.min(BANK_TEXT_CHARS, bankBudget)), deadline);
            pdfResult(r, tokens, filename);
        }
    }

    private void pdfResult(PdfInspector.Result r, RawTokens tokens, String filename) {
        String n = name(filename);
        if (r.encrypted) {
            signal(SignalNames.PDF_ENCRYPTED, n + " needs a password to open");
            rawTokenSignals(tokens, filename);
            return;
        }
        if (r.broken != null) {
            signal(SignalNames.PDF_BROKEN, n + ": " + r.broken);
            rawTokenSignals(tokens, filename);
            return;
        }
        if (r.pageLimit) {
            signal(SignalNames.LIMIT_PDF_PAGES, n + " has " + r.pages + " pages; text read from the first "
                    + cfg.maxPdfPages() + " and the last " + Math.min(PdfInspector.LAST_PAGES, r.pages - cfg.maxPdfPages()));
        }
        if (r.timedOut) {
            signal(SignalNames.LIMIT_TIME, n + ": text extraction stopped at the time budget");
            // Fail closed like the header limits: a PDF that cannot be read within the budget (a decompression
            // bomb, say) must not hide what it says; the verdict is marked incomplete (X-SpoofGuard-Error).
            signal(SignalNames.ERROR, "inspection incomplete: " + n + " not read within the time budget");
        }
        if (r.decodeLimit) {
            signal(SignalNames.PDF_TOO_LARGE, n + " decodes to more than " + PdfInspector.MAX_DECODED_BYTES
                    + " bytes (decompression bomb): text not read");
            signal(SignalNames.ERROR, "inspection incomplete: " + n + " is a decompression bomb; text not read");
            rawTokenSignals(tokens, filename);
        }
        // an invisible text layer (zero-width characters only) is no text layer
        String pdfText = Texts.readable(r.text);
        if (r.pages > 0 && !r.timedOut && !r.decodeLimit && nonBlank(pdfText) < 20) {
            imageOnlyDocuments.add(n + " (" + r.pages + (r.pages == 1 ? " page" : " pages") + ", no text layer)");
        }
        int words = readText(pdfText, pdfHits);
        String closed = Texts.closedUp(pdfText);
        if (closed != null) {
            // letter-spaced text as the page shows it: "R e g . n r .  9 5 7 0" is "Reg.nr. 9570" to the clerk
            pdfHits.addAll(Vocabulary.scan(closed, Math.min(words, closed.length())));
            payees(BankDetails.scan(closed, closed.length()));
        }
        if (r.visibleText != null) {
            // the page as the clerk sees it, for accounts only: invisible digits (render mode 3 or 7, a 0.01 pt
            // font, off the crop box) inside an account made the text layer read another one (PdfInspector)
            String visible = Texts.readable(r.visibleText);
            payees(BankDetails.scan(visible, visible.length()));
            String visibleClosed = Texts.closedUp(visible);
            if (visibleClosed != null) {
                payees(BankDetails.scan(visibleClosed, visibleClosed.length()));
            }
        }
        if (r.textLimit) {
            signal(SignalNames.ERROR, InvoicePolicy.INCOMPLETE + ": " + n + " has more text than is read (" + BANK_TEXT_CHARS / (1024 * 1024)
                    + "M characters); the rest was not examined");
        }
        if (!r.javascript.isEmpty()) {
            signal(SignalNames.PDF_JAVASCRIPT, n + ": " + String.join(", ", r.javascript));
        }
        if (!r.launch.isEmpty()) {
            signal(SignalNames.PDF_LAUNCH, n + ": " + String.join(", ", r.launch));
        }
        if (!r.embedded.isEmpty()) {
            signal(SignalNames.PDF_EMBEDDED_FILE, n + ": " + String.join(", ", r.embedded));
        }
        Set<String> outside = new LinkedHashSet<>();
        String fromDomain = fromDomain();
        for (String host : r.uriHosts) {
            String h = Domains.normalize(host);
            if (documentLinkHosts.size() < MAX_LINK_HOSTS) {
                documentLinkHosts.add(h);
            }
            boolean ours = (!fromDomain.isEmpty() && Domains.orgDomain(h).equals(Domains.orgDomain(fromDomain)))
                    || cfg.isProtectedDomain(h);
            if (!ours) {
                outside.add(h);
            }
        }
        if (!outside.isEmpty()) {
            signal(SignalNames.PDF_EXTERNAL_LINK, n + " links to " + String.join(", ", outside));
        }
    }

    /** When PDFBox cannot read a PDF, the raw object names still tell whether it carries active content. */
    private void rawTokenSignals(RawTokens t, String filename) {
        String n = name(filename) + " (raw scan)";
        if (t.javascript) {
            signal(SignalNames.PDF_JAVASCRIPT, n + ": /JavaScript or /JS");
        }
        if (t.launch) {
            signal(SignalNames.PDF_LAUNCH, n + ": /Launch");
        }
        if (t.embedded) {
            signal(SignalNames.PDF_EMBEDDED_FILE, n + ": /EmbeddedFile");
        }
    }

    /** What {@link ZipScanner} lists of one archive at most: beyond, the listing is cut and the inspection incomplete. */
    private static final int MAX_LISTING = 2000;

    /**
     * @param asPdf whether the file is also read as the PDF a PDF reader shows (named or typed PDF, "%PDF-" in the
     *              first kilobyte)
     */
    private void zip(byte[] head, InputStream is, String filename, boolean asPdf) throws IOException {
        String n = name(filename);
        InvoiceConfig.ArchiveLimits lim = cfg.archive();
        // Keep the archive (bounded) so that it can be listed and then opened: the listing alone sees names and
        // encryption, only opening it sees a PDF invoice inside (a classic way past attachment scanners).
        try (Spill spill = new Spill(lim.bytes())) {
            if (spill.fill(head, is, this::checkTime) == Spill.End.OUT_OF_TIME) {
                return;
            }
            // past the limit the listing reads on from the chunk that did not fit: names and encryption are seen
            byte[] overflow = spill.overflow();
            ZipScanner.Info info;
            try (InputStream spilled = spill.stream()) {
                InputStream listing = overflow == null ? spilled
                        : new SequenceInputStream(new SequenceInputStream(spilled, new ByteArrayInputStream(overflow)),
                        is);
                info = ZipScanner.scan(listing, MAX_LISTING, deadline);
            }
            listingFindings(info, n);
            if (asPdf) {
                if (overflow == null) {
                    try (InputStream in = spill.stream()) {
                        byte[] pdfHead = readUpTo(in, HEAD_BYTES);
                        pdf(pdfHead, in, filename);
                    }
                } else if (!stopped) {
                    signal(SignalNames.ERROR, InvoicePolicy.INCOMPLETE + ": " + n + " is larger than " + lim.bytes()
                            + " bytes; the PDF a PDF reader shows in it was not read");
                }
            }
            if (info.isOfficeDocument() && !info.encrypted) {
                String macro = info.macroEntry();
                if (macro != null) {
                    signal(SignalNames.OFFICE_MACRO, n + " contains " + clipName(macro) + " (VBA/Basic macros)");
                }
                if (overflow == null) {
                    try (InputStream in = spill.stream()) {
                        officeText(in, filename == null ? "document" : filename, spill.size());
                    }
                } else if (!stopped && archivedMessages == 0) {
                    // a letter padded past the limit with a picture: its text (a new account) unread, as for a .doc
                    signal(SignalNames.ERROR, InvoicePolicy.INCOMPLETE + ": " + n + " is larger than " + lim.bytes()
                            + " bytes; its text was not read");
                }
                return; // OOXML / ODF documents are ZIP containers, not archives
            }
            signal(SignalNames.ARCHIVE_ATTACHMENT, n + " (zip, " + info.entries + " entries"
                    + (info.truncated ? ", listing truncated" : "")
                    + (overflow != null ? ", larger than " + lim.bytes() + " bytes: not opened" : "") + ")");
            if (info.encrypted) {
                signal(SignalNames.ENCRYPTED_ARCHIVE, n + " is password-protected: scanners cannot look inside");
            }
            if (info.broken != null && info.entries == 0) {
                signal(SignalNames.MIME_MALFORMED, n + ": unreadable zip (" + info.broken + ")");
            }
            if (info.namesCut && !stopped) {
                signal(SignalNames.ERROR, InvoicePolicy.INCOMPLETE + ": " + n + " has more entry names than could be "
                        + "kept; the rest were not examined");
            }
            int examined = 0;
            for (String entry : info.names) {
                // every name up to the entry limit: a cut after 101 names hid an .exe listed 150th
                if (examined++ >= lim.entries()) {
                    break;
                }
                examineEntry(entry, n);
            }
            if (!info.encrypted && info.entries > 0 && lim.depth() > 0) {
                if (overflow == null) {
                    try (InputStream in = spill.stream()) {
                        lookInside(in, filename == null ? "archive" : filename, spill.size(), 1);
                    }
                } else if (!stopped) {
                    // listed, not opened: the PDF with a new account inside went unread while the verdict said
                    // nothing was missing, as for a ZIP inside an archive
                    tooLargeToOpen(n);
                }
            }
        }
    }

    /**
     * What the listing of one ZIP (attached, or inside an archive) says beyond its walked names: the names only the
     * central directory lists, a directory that disagrees with the local headers or cannot be read, and a listing
     * cut at {@link #MAX_LISTING} entries. The last two leave the inspection incomplete (fail closed).
     *
     * @param n the archive as a reason names it
     */
    private void listingFindings(ZipScanner.Info info, String n) {
        for (String entry : info.centralNames) {
            // names only the central directory lists: what Explorer or 7-Zip shows and extracts
            examineName(entry, "in " + n + " (central directory):");
        }
        if (info.central != null && !info.truncated && !stopped && !checkTime()) {
            // the clerk's archiver reads the central directory; the scan read the local headers. Where they
            // disagree, or the directory cannot be read, what the clerk opens may be what the scan never saw
            signal(SignalNames.MIME_MALFORMED, n + ": " + SpoofSignals.clip(info.central));
            signal(SignalNames.ERROR, InvoicePolicy.INCOMPLETE + ": " + n + ": " + SpoofSignals.clip(info.central));
        }
        if (info.truncated && !stopped && !checkTime()) {
            // entry 2001 on was neither listed nor set against the central directory: a macro project or an .exe
            // behind 2000 harmless parts passed as clean (an OOXML document is not walked further than the text)
            signal(SignalNames.LIMIT_PARTS, n + ": more than " + MAX_LISTING + " entries; the rest was not listed");
            signal(SignalNames.ERROR, InvoicePolicy.INCOMPLETE + ": " + n + " has more than " + MAX_LISTING
                    + " entries; the rest was not listed");
        }
    }

    /**
     * A ZIP inside an archive (ZIP or 7z): kept like an attached one (up to {@code limit.archive-bytes}; larger is an
     * incomplete inspection), listed and set against its central directory as an attached one is, then opened one
     * level down. Walked by its local headers alone, an inner archive whose directory names invoice.js where the
     * local header says bilag.txt, or a second archive appended to it, was what the clerk's archiver shows unseen.
     *
     * @param head the entry's first bytes, already read from {@code x}
     * @param asPdf whether it is also read as the PDF a PDF reader shows in it (named .pdf, "%PDF-" in the first KiB)
     */
    private void nestedZip(byte[] head, InputStream x, String entryPath, long wholeBytes, int level, boolean asPdf)
            throws IOException {
        InvoiceConfig.ArchiveLimits lim = cfg.archive();
        String n = clipName(entryPath);
        try (Spill spill = new Spill(lim.bytes())) {
            // read through the entry's expansion counter: a bomb is stopped while kept, as while walked
            Spill.End end = spill.fill(head, x, this::checkTime);
            if (end == Spill.End.OUT_OF_TIME) {
                return;
            }
            if (end == Spill.End.OVER) {
                nestedTooLarge(n, "");
                return;
            }
            ZipScanner.Info info;
            try (InputStream in = spill.stream()) {
                info = ZipScanner.scan(in, MAX_LISTING, deadline);
            }
            listingFindings(info, n);
            if (info.packageMarker && info.macroEntry() != null && !info.centralNames.isEmpty()) {
                // a macro project only the directory lists (the walk below finds those the local headers name)
                signal(SignalNames.OFFICE_MACRO, n + " contains " + clipName(info.macroEntry())
                        + " (VBA/Basic macros)");
            }
            if (asPdf) {
                try (InputStream in = spill.stream()) {
                    byte[] pdfHead = readUpTo(in, HEAD_BYTES);
                    archivedPdf(entryPath);
                    pdf(pdfHead, in, entryPath);
                }
            }
            if (info.encrypted) {
                signal(SignalNames.ENCRYPTED_ARCHIVE, n + " is password-protected: scanners cannot look inside");
            }
            try (InputStream in = spill.stream()) {
                lookInside(in, entryPath, wholeBytes, level);
            }
        }
    }

    /**
     * An archive inside an archive kept past {@code limit.archive-bytes}: {@code nested-archive}, and the inspection
     * incomplete, as what is inside was not opened.
     *
     * @param type what the evidence says of its kind after its name ("" or " (7z)")
     */
    private void nestedTooLarge(String n, String type) {
        signal(SignalNames.NESTED_ARCHIVE, n + type + " larger than " + cfg.archive().bytes() + " bytes: not opened");
        tooLargeToOpen(n);
    }

    /** An archive not opened for its size: what is inside went unseen, so the inspection is incomplete (fail closed). */
    private void tooLargeToOpen(String n) {
        signal(SignalNames.ERROR, InvoicePolicy.INCOMPLETE + ": " + n + " is larger than " + cfg.archive().bytes()
                + " bytes; it was not opened");
    }

    /**
     * An RTF document, whatever it is called: its text is scanned like an Office document's, and an embedded OLE
     * object (the payload of RTF exploits) counts as active content. Bounded by {@code limit.pdf-bytes} and the time
     * budget; a document larger than that fails closed.
     */
    private void rtf(byte[] head, InputStream is, String filename) throws IOException {
        String n = name(filename);
        RtfText.Result r = RtfText.read(new SequenceInputStream(new ByteArrayInputStream(head), is), cfg.maxPdfBytes(),
                documentChars() + 1, this::checkTime);
        if (r.object()) {
            signal(SignalNames.OFFICE_MACRO, n + " (RTF with an embedded OLE object)");
        }
        if (r.truncated() && !stopped) {
            signal(SignalNames.ERROR, InvoicePolicy.INCOMPLETE + ": " + n + " is larger than " + cfg.maxPdfBytes()
                    + " bytes; the rest was not examined");
        }
        documentWords(r.text(), n);
    }

    /**
     * Reads an Office document's text parts ({@link OfficeText}) through the same expansion counter as an archive's
     * entries, and scans the words like a PDF's text layer: payees, bank-change wording, named suppliers. A document
     * that cannot be read (a bomb, a broken container) fails closed as an archive would.
     */
    private void officeText(InputStream raw, String path, long documentBytes) throws IOException {
        int limit = documentChars() + 1;
        StringBuilder text = new StringBuilder();
        boolean[] pictures = {false};
        boolean[] objects = {false};
        // more entries than the limit: the text read so far is scanned, as a long PDF's first pages are
        walkZip(raw, path, documentBytes, "document", false, () -> text.length() >= limit, (e, x) -> {
            if (OfficeText.isTextPart(e.getName())) {
                OfficeText.appendPart(e.getName(), x, text, limit,
                        href -> Links.urlHosts(href, true, documentLinkHosts, MAX_LINK_HOSTS));
                text.append('\n');
            } else if (OfficeText.isImportedPart(e.getName())) {
                importedPart(e.getName(), x, path, text, limit);
                text.append('\n');
            } else if (e.getName().equals("[Content_Types].xml")) {
                if (declaresVbaProject(x)) {
                    signal(SignalNames.OFFICE_MACRO, name(path) + " declares a VBA project in [Content_Types].xml "
                            + "(VBA macros)");
                }
            } else if (OfficeText.isRelationships(e.getName())) {
                externalTargets(e.getName(), x, path);
            } else if (OfficeText.isPicture(e.getName())) {
                pictures[0] = true;
            } else if (OfficeText.isEmbeddedObject(e.getName())) {
                // an embedded workbook shows its table as an EMF preview: text the scan does not read, not a scan
                objects[0] = true;
            }
        });
        if (pictures[0] && !objects[0] && !stopped && nonBlank(Texts.readable(text.toString())) < 20) {
            // a scanned invoice pasted into a .docx or onto a slide: the PDF without a text layer in other clothes
            imageOnlyDocuments.add(name(path) + " (pictures, no text)");
        }
        documentWords(text.length() > limit ? text.substring(0, limit) : text.toString(), name(path));
    }

    /**
     * An Office package's relationships: where a hyperlink, a remote template or a linked picture points outside the
     * document. Word follows them from the letter ("Betal her"), so their hosts are measured against look-alikes as
     * a body's links are. Read whole, window by window, within the document's expansion budget.
     */
    private void externalTargets(String entry, InputStream x, String path) throws IOException {
        // a workbook with thousands of product links has megabytes of them: read in windows, each cut after its
        // last complete tag and the rest carried into the next, so no tag is split and nothing is left unread
        String carry = "";
        byte[] b;
        while ((b = x.readNBytes(IMPORTED_BYTES)).length > 0 && !checkTime()) {
            String window = carry + new String(b, java.nio.charset.StandardCharsets.UTF_8);
            if (window.toLowerCase(Locale.ROOT).contains(VBA_RELATIONSHIP)) {
                // OPC finds the VBA project by this relationship type, whatever the part is called
                signal(SignalNames.OFFICE_MACRO, name(path) + " relates a VBA project (" + clipName(entry) + ")");
            }
            int cut = window.lastIndexOf('>') + 1;
            for (String target : OfficeText.externalTargets(window.substring(0, cut))) {
                Links.urlHosts(target, true, documentLinkHosts, MAX_LINK_HOSTS);
            }
            String rest = window.substring(cut);
            carry = rest.length() <= IMPORTED_BYTES ? rest : ""; // a tag longer than a window holds no Target
        }
    }

    /** At most this much of an imported part (HTML or plain text) is held to be read; more is an error. */
    private static final int IMPORTED_BYTES = 1 << 20;

    /**
     * A Word altChunk ({@link OfficeText#isImportedPart}): its text joins the document's. HTML and plain text are
     * read up to {@link #IMPORTED_BYTES}, MHT is parsed as the MIME message it is (its HTML and text parts, each so
     * bounded; pictures passed over), RTF streams through {@link RtfText} under {@code limit.pdf-bytes}. What is
     * left unread makes the verdict incomplete (fail closed).
     */
    private void importedPart(String entry, InputStream x, String path, StringBuilder text, int limit)
            throws IOException {
        String where = clipName(path) + "/" + clipName(entry);
        int room = Math.max(0, limit - text.length());
        boolean[] unread = {false};
        switch (OfficeText.importedKind(entry)) {
            case "rtf" -> {
                RtfText.Result r = RtfText.read(x, cfg.maxPdfBytes(), room, this::checkTime);
                if (r.object()) {
                    signal(SignalNames.OFFICE_MACRO, where + " (RTF with an embedded OLE object)");
                }
                unread[0] = r.truncated();
                text.append(r.text());
            }
            case "mht", "mhtml" -> {
                MimeStreamParser mht = new MimeStreamParser(bounded().build(), DecodeMonitor.SILENT, null);
                mht.setContentDecoding(false);
                mht.setContentHandler(new org.apache.james.mime4j.parser.AbstractContentHandler() {
                    @Override
                    public void body(BodyDescriptor bd, InputStream is) throws IOException {
                        String type = bd.getMimeType();
                        if (type.equals("text/html") || type.equals("text/plain")) {
                            // decoded as the body parts are (base64 read on after inner padding)
                            importedText(TransferDecoding.decode(bd.getTransferEncoding(), is, DecodeMonitor.SILENT),
                                    bd.getCharset(), type.equals("text/html"), text, limit, unread);
                        }
                    }
                });
                try {
                    mht.parse(x);
                } catch (MimeException | RuntimeException m) {
                    signal(SignalNames.MIME_MALFORMED, where + ": unreadable MHT (" + clipName(String.valueOf(m.getMessage()))
                            + ")");
                    if (!stopped) {
                        signal(SignalNames.ERROR, InvoicePolicy.INCOMPLETE + ": " + where + " (a part Word imports "
                                + "into the document) could not be read");
                    }
                }
            }
            default -> importedText(x, null, !OfficeText.importedKind(entry).equals("txt"), text, limit, unread);
        }
        if (unread[0] && !stopped) {
            signal(SignalNames.ERROR, InvoicePolicy.INCOMPLETE + ": " + where + " (a part Word imports into the "
                    + "document) is larger than could be read; the rest was not examined");
        }
    }

    private static void importedText(InputStream is, String charset, boolean html, StringBuilder text, int limit,
                                     boolean[] unread) throws IOException {
        byte[] b = is.readNBytes(IMPORTED_BYTES);
        if (is.read() >= 0) {
            unread[0] = true;
        }
        Charset cs = java.nio.charset.StandardCharsets.UTF_8;
        try {
            if (charset != null && !charset.isBlank()) {
                cs = Charset.forName(charset.trim());
            }
        } catch (IllegalArgumentException unknown) {
            // a name Java does not know: UTF-8, as the converters write
        }
        String s = new String(b, cs);
        int room = Math.max(0, limit - text.length());
        text.append(html ? Html.toText(s, room) : s.substring(0, Math.min(s.length(), room)));
    }

    /**
     * Opens a ZIP and inspects the PDFs inside as if attached, and ZIPs inside up to {@code limit.archive-depth}.
     *
     * @param zipBytes the ZIP's size, the ratio's base for an entry whose compressed size is unknown
     */
    private void lookInside(InputStream raw, String path, long zipBytes, int level) throws IOException {
        // an OOXML/ODF document inside the archive (an .xlsm zipped as "faktura.xls"): Office opens it by content,
        // so its macros count as the same file's attached directly would
        boolean[] pkg = {false};
        String[] macro = {null};
        walkZip(raw, path, zipBytes, "zip", true, () -> false, (e, x) -> {
            String name = e.getName();
            if (level > 1) {
                examineName(name, "in " + clipName(path) + ":");
                if (name.equals("[Content_Types].xml") || name.equals("mimetype")) {
                    pkg[0] = true;
                }
                if (macro[0] == null && (ZipScanner.isMacroName(name) || (name.equals("[Content_Types].xml")
                        || OfficeText.isRelationships(name)) && declaresVbaProject(x))) {
                    macro[0] = name;
                }
            }
            openEntry(x, AttachmentNames.extension(name), path + "/" + name, zipBytes, level);
        });
        if (pkg[0] && macro[0] != null) {
            signal(SignalNames.OFFICE_MACRO, clipName(path) + " contains " + clipName(macro[0])
                    + " (VBA/Basic macros)");
        }
    }

    /** The OPC marks of a VBA project (ECMA-376 / MS-OFFCRYPTO): its content type and its relationship type. */
    private static final String VBA_CONTENT_TYPE = "application/vnd.ms-office.vbaproject";
    private static final String VBA_RELATIONSHIP = "/relationships/vbaproject";

    /**
     * Whether a [Content_Types].xml or a .rels part declares a VBA project: Office finds the project by these, not
     * by the conventional name vbaProject.bin. Read window by window (with an overlap), within the entry's
     * expansion budget and the time budget; the part is left unread after {@link #IMPORTED_BYTES} x 8.
     */
    private boolean declaresVbaProject(InputStream x) throws IOException {
        String carry = "";
        byte[] b;
        int windows = 0;
        while (windows++ < 8 && (b = x.readNBytes(IMPORTED_BYTES)).length > 0 && !checkTime()) {
            String w = carry + new String(b, java.nio.charset.StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
            if (w.contains(VBA_CONTENT_TYPE) || w.contains(VBA_RELATIONSHIP)) {
                return true;
            }
            carry = w.substring(Math.max(0, w.length() - 64));
        }
        return false;
    }

    /** One entry of a {@link #walkZip}: read what is wanted through {@code x}; the walk inflates the rest. */
    @FunctionalInterface
    private interface ZipEntryReader {
        void read(java.util.zip.ZipEntry entry, Expansion x) throws IOException;
    }

    /**
     * Walks a ZIP's entries (java.util.zip, streaming: nothing written to disk but a PDF's bounded spill), for an
     * Office document's text and an archive's PDFs alike. Every entry is inflated through the expansion counter
     * ({@link Expansion}), also the part a reader leaves: moving on to the next entry would otherwise inflate it
     * uncounted, and a bomb would sit in a document's "picture". A bomb is stopped at the ratio or the per-message
     * budget and fails closed; a broken container is {@code mime-malformed}.
     *
     * @param wholeBytes the ratio's base for an entry whose compressed size is unknown (a streamed entry)
     * @param kind what the container is called in a reason ("zip", "document")
     * @param sayLimit whether more than {@code limit.archive-entries} entries is a {@code limit-parts} signal
     * @param enough true once the reader has all it wants: the rest is neither read nor inflated
     */
    private void walkZip(InputStream raw, String path, long wholeBytes, String kind, boolean sayLimit,
                         java.util.function.BooleanSupplier enough, ZipEntryReader reader) throws IOException {
        int maxEntries = cfg.archive().entries();
        java.util.zip.ZipInputStream z = new java.util.zip.ZipInputStream(raw);
        int count = 0;
        try {
            java.util.zip.ZipEntry e;
            while (!enough.getAsBoolean() && (e = nextEntry(z)) != null) {
                if (stopped || checkTime()) {
                    return;
                }
                if (++count > maxEntries) {
                    if (sayLimit) {
                        // docs/invoice.md "Anomalies and limits": the rest is unseen (an invoice padded behind 200
                        // harmless files), so the inspection is incomplete (fail closed)
                        signal(SignalNames.LIMIT_PARTS, clipName(path) + ": more than " + maxEntries
                                + " entries; the rest was not opened");
                        signal(SignalNames.ERROR, InvoicePolicy.INCOMPLETE + ": " + clipName(path) + " has more than "
                                + maxEntries + " entries; the rest was not opened");
                    }
                    return;
                }
                if (e.isDirectory()) {
                    continue;
                }
                long compressed = e.getCompressedSize() > 0 ? e.getCompressedSize() : wholeBytes;
                Expansion x = new Expansion(z, compressed, path + "/" + e.getName());
                reader.read(e, x);
                if (!drain(x)) {
                    return;
                }
            }
        } catch (BombException b) {
            signal(SignalNames.ARCHIVE_BOMB, b.getMessage());
            signal(SignalNames.ERROR, "inspection incomplete: " + b.getMessage());
        } catch (BadEntryName bad) {
            // An archiver shows such a name garbled and opens the entry all the same: the clerk can read what we
            // could not, so the verdict is incomplete (fail closed), and the rest of the mail is still read.
            signal(SignalNames.MIME_MALFORMED, clipName(path) + ": unreadable " + kind + " (" + bad.getMessage() + ")");
            signal(SignalNames.ERROR, "inspection incomplete: " + clipName(path) + ": " + bad.getMessage()
                    + "; the rest of the " + kind + " was not opened");
        } catch (java.util.zip.ZipException ze) {
            String m = String.valueOf(ze.getMessage());
            if (m.contains("encrypted")) {
                signal(SignalNames.ENCRYPTED_ARCHIVE, clipName(path) + " has password-protected entries");
            } else {
                // ZipInputStream refuses what archivers open from the central directory (a STORED entry with the
                // data-descriptor bit): the entries after it, an invoice, went unread, so fail closed as for
                // BadEntryName
                signal(SignalNames.MIME_MALFORMED, clipName(path) + ": unreadable " + kind + " ("
                        + SpoofSignals.clip(m) + ")");
                signal(SignalNames.ERROR, InvoicePolicy.INCOMPLETE + ": " + clipName(path) + ": "
                        + SpoofSignals.clip(m) + "; the rest of the " + kind + " was not opened");
            }
        }
    }

    /** An entry name flagged UTF-8 (general purpose bit 11, APPNOTE 4.4.4) whose bytes are not UTF-8. */
    private static final class BadEntryName extends java.util.zip.ZipException {
        BadEntryName() {
            super("an entry name flagged UTF-8 is not UTF-8");
        }
    }

    /**
     * The next entry. The JDK decodes a name flagged UTF-8 strictly and throws IllegalArgumentException on bytes
     * that are not (fuzzing found it): left alone, that stopped the whole MIME parse, and every part after the
     * archive went unread.
     */
    private static java.util.zip.ZipEntry nextEntry(java.util.zip.ZipInputStream z) throws IOException {
        try {
            return z.getNextEntry();
        } catch (IllegalArgumentException e) {
            throw new BadEntryName();
        }
    }

    /**
     * An archive entry (ZIP or 7z) opened as if attached: a PDF is inspected, a ZIP or 7z opened in turn while
     * {@code level} is below {@code limit.archive-depth}, and a document a clerk reads in a browser or an editor
     * (HTML, text, a saved mail, RTF) is read like an attached one: an account in a zipped "Faktura.html" or
     * "betaling.txt" is still a payee, compared with the sender's history.
     */
    private void openEntry(Expansion x, String ext, String entryPath, long wholeBytes, int level) throws IOException {
        byte[] head = x.readNBytes(1024);
        String program = Executables.kind(head);
        if (program != null) {
            // a program zipped as "faktura.pdf" or "scan.jpg": only the name was checked
            signal(SignalNames.EXECUTABLE_ATTACHMENT, clipName(entryPath) + " (" + program + ")");
            return;
        }
        // named .pdf with "%PDF-" in its first kilobyte, an archive inside is also the PDF a reader shows in it
        boolean asPdf = ext.equals("pdf") && containsAscii(head, 0, 1024, "%PDF-");
        if (startsWith(head, 0, SEVEN_Z_MAGIC)) {
            // opened like a ZIP inside an archive (kept up to limit.archive-bytes, within limit.archive-depth, its
            // entries counted and read through the counters): unopened, its invoice.exe or the PDF with the new
            // account went unseen while the clerk's 7-Zip shows them, and nothing said the scan was incomplete
            if (level < cfg.archive().depth()) {
                nestedSevenZip(head, x, entryPath, level + 1, asPdf);
            } else {
                deeperThanDepth(head, x, entryPath, " (7z inside an archive)", asPdf);
            }
            return;
        }
        if (isStreamArchive(head)) {
            // a faktura.pdf.gz or a .tar in a ZIP (or a ZIP in a .tar.gz) is opened as the 7z is, one level down:
            // whatever it is called (a tar called bilag.txt was read as text, its invoice.js unseen)
            if (level < cfg.archive().depth()) {
                nestedGzipOrTar(head, x, entryPath, level + 1, asPdf);
            } else {
                deeperThanDepth(head, x, entryPath, " (" + archiveKind(head, ext) + " inside an archive)", asPdf);
            }
            return;
        }
        if (startsWith(head, 0, "Rar!\u001a\u0007") || startsWith(head, 0, "MSCF")) {
            // an archive not opened inside another (no RAR or CAB reader), by its bytes: called bilag.txt it was
            // read as text and its invoice.exe went unsaid; called .rar it was nested-archive by name
            signal(SignalNames.NESTED_ARCHIVE, clipName(entryPath) + " (" + archiveKind(head, ext)
                    + " inside an archive: not opened)");
            return;
        }
        if (Cfb.isCfb(head) && !ext.equals("pdf")) {
            // an Outlook item (or a legacy Office document) packed in the archive: opened as if attached, its text
            // read within the archives' budget like a saved mail's; first, as its first kilobyte may hold a PDF
            archivedMessages++;
            try {
                withArchiveBudget(() -> ole(head, x, "", entryPath, ext));
            } finally {
                archivedMessages--;
            }
            return;
        }
        if (!containsAscii(head, 0, 1024, "%PDF-") && !ext.equals("pdf") && !startsWith(head, 0, "PK\u0003\u0004")
                && (RtfText.isRtf(head) || AttachmentNames.HTML.contains(ext) || AttachmentNames.PLAIN_TEXT.contains(ext)
                || OPENS_AS_TEXT.contains(ext) || looksLikeHtml(head))) {
            if (archiveTextBudget <= 0) {
                return;
            }
            byte[] more = x.readNBytes(HEAD_BYTES - head.length);
            byte[] whole = Arrays.copyOf(head, head.length + more.length);
            System.arraycopy(more, 0, whole, head.length, more.length);
            withArchiveBudget(() -> {
                if (RtfText.isRtf(whole)) {
                    rtf(whole, x, entryPath);
                } else if (ext.equals("eml") && looksLikeMessage(whole)) {
                    archivedMessages++;
                    try {
                        savedMessage(whole, x);
                    } finally {
                        archivedMessages--;
                    }
                } else {
                    text(whole, x, ext.equals("eml") ? "text/plain" : "", null, entryPath, true, ext, false);
                }
            });
            return;
        }
        // a ZIP first, whatever it is called: a STORED PDF as its first entry put "%PDF-" in the first kilobyte, and
        // the inner archive was read as a PDF, its other entries unseen (as for an attached one, examineContent)
        if (startsWith(head, 0, "PK\u0003\u0004")) {
            if (level < cfg.archive().depth()) {
                nestedZip(head, x, entryPath, wholeBytes, level + 1, asPdf);
            } else {
                deeperThanDepth(head, x, entryPath, "", asPdf);
            }
        } else if (containsAscii(head, 0, 1024, "%PDF-") || ext.equals("pdf")) {
            archivedPdf(entryPath);
            pdf(head, x, entryPath);
        }
    }

    /**
     * An archive inside an archive at {@code limit.archive-depth}: {@code nested-archive}, not opened; but named .pdf
     * with "%PDF-" in its first kilobyte still the PDF a reader shows in it (ZIP, 7z, tar or compressed alike).
     *
     * @param type what the evidence says of its kind after its name ("" or " (7z inside an archive)")
     */
    private void deeperThanDepth(byte[] head, InputStream x, String entryPath, String type, boolean asPdf)
            throws IOException {
        signal(SignalNames.NESTED_ARCHIVE, clipName(entryPath) + type + " nested deeper than "
                + cfg.archive().depth() + ": not opened");
        if (asPdf) {
            archivedPdf(entryPath);
            pdf(head, x, entryPath);
        }
    }

    /** A PDF found inside an archive, kept (the first 20) for {@code archived-invoice}. */
    private void archivedPdf(String entryPath) {
        if (archivedPdfs.size() < 20) {
            archivedPdfs.add(clipName(entryPath));
        }
    }

    private interface Reading {
        void run() throws IOException;
    }

    /**
     * Runs {@code r} with the budgets of all of a message's archives in place of the message's own, so that a ZIP of
     * data exports leaves the body and PDFs their budget (fifty-sixth round).
     */
    private void withArchiveBudget(Reading r) throws IOException {
        int messageText = textBudget;
        int messageBank = bankBudget;
        textBudget = archiveTextBudget;
        bankBudget = archiveTextBudget;
        archiveReadings++;
        try {
            r.run();
        } finally {
            archiveReadings--;
            archiveTextBudget = Math.min(textBudget, bankBudget);
            textBudget = messageText;
            bankBudget = messageBank;
        }
    }

    /**
     * Reads the rest of an entry through its counter. False when the inspection stopped or ran out of time.
     */
    private boolean drain(Expansion x) throws IOException {
        byte[] sink = new byte[64 * 1024];
        while (!stopped && x.read(sink) > 0) {
            if (checkTime()) {
                return false;
            }
        }
        return !stopped;
    }

    /**
     * A 7z attachment (Commons Compress, which James ships): kept like a ZIP up to {@code limit.archive-bytes},
     * listed, and every entry read through the same expansion counter (7z has no per-entry compressed size, so the
     * ratio is taken against the whole archive). Header and dictionary memory is capped; a password-protected
     * archive is {@code encrypted-archive}.
     *
     * @param asPdf whether it is also read as the PDF a PDF reader shows in it ({@link #pdfShown})
     */
    private void sevenZip(byte[] head, InputStream is, String filename, boolean asPdf) throws IOException {
        // larger than limit.archive-bytes, not even listed (a 7z keeps its header at the end): what 7-Zip shows the
        // clerk, an invoice.exe or the PDF with a new account, went unseen while the verdict said nothing was missing
        kept(head, is, name(filename), filename == null ? "archive" : filename, "7z", 1, asPdf, this::openSevenZip);
    }

    /**
     * A 7z inside an archive (ZIP or 7z), within {@code limit.archive-depth}: kept like a ZIP inside one (read
     * through its entry's expansion counter, up to {@code limit.archive-bytes}; larger: {@code nested-archive} plus
     * an {@code error}, as it is not opened), then opened as an attached one is, one level down.
     */
    private void nestedSevenZip(byte[] head, InputStream x, String entryPath, int level, boolean asPdf)
            throws IOException {
        kept(head, x, clipName(entryPath), entryPath, "7z", level, asPdf, (spill, n, path, l) -> {
            signal(SignalNames.NESTED_ARCHIVE, n + " (7z inside an archive)");
            openSevenZip(spill, n, path, l);
        });
    }

    /**
     * A gzip ({@code faktura.pdf.gz}, {@code .tgz}, {@code .tar.gz}), bzip2 ({@code .bz2}, {@code .tbz2}), xz
     * ({@code .xz}, {@code .txz}) or tar attachment, by its bytes: kept up to {@code limit.archive-bytes} as a 7z is
     * (larger: not opened, an {@code error}) and opened within the same bounds ({@link #openGzipOrTar}).
     */
    private void gzipOrTar(byte[] head, InputStream is, String filename, boolean asPdf) throws IOException {
        kept(head, is, name(filename), filename == null ? "archive" : filename, archiveKind(head, ""), 1, asPdf,
                this::openGzipOrTar);
    }

    /** A gzip, bzip2, xz or tar inside an archive, within {@code limit.archive-depth}: as a 7z inside one. */
    private void nestedGzipOrTar(byte[] head, InputStream x, String entryPath, int level, boolean asPdf)
            throws IOException {
        kept(head, x, clipName(entryPath), entryPath, archiveKind(head, ""), level, asPdf, this::openGzipOrTar);
    }

    /** Opens an archive kept whole: at level 1 it is the attachment, deeper an archive inside an archive. */
    @FunctionalInterface
    private interface Opener {
        void open(Spill spill, String n, String path, int level) throws IOException;
    }

    /**
     * Keeps an archive that is read from its start to its end (7z, gzip, bzip2, xz, tar) up to
     * {@code limit.archive-bytes}, through its entry's expansion counter when it lies inside another, then opens it.
     * Larger, it is not opened: {@code archive-attachment} (attached) or {@code nested-archive} "not opened", plus an
     * {@code error} (incomplete, fail closed).
     *
     * @param kind what the bytes say it is ("7z", "gzip", "tar", ...)
     * @param asPdf whether it is also read as the PDF a PDF reader shows in it (named .pdf, "%PDF-" in the first
     *              kilobyte), as a ZIP so named is: a stored 7z or a tar puts its first entry there, and with
     *              {@code limit.archive-depth} 0 (entries listed, not read) that PDF went unread
     */
    private void kept(byte[] head, InputStream in, String n, String path, String kind, int level, boolean asPdf,
                      Opener opener) throws IOException {
        InvoiceConfig.ArchiveLimits lim = cfg.archive();
        try (Spill spill = new Spill(lim.bytes())) {
            Spill.End end = spill.fill(head, in, this::checkTime);
            if (end == Spill.End.OUT_OF_TIME) {
                return;
            }
            if (end == Spill.End.OVER) {
                if (level == 1) {
                    signal(SignalNames.ARCHIVE_ATTACHMENT, n + " (" + kind + ", larger than " + lim.bytes()
                            + " bytes: not opened)");
                    tooLargeToOpen(n);
                } else {
                    nestedTooLarge(n, " (" + kind + ")");
                }
                return;
            }
            if (asPdf) {
                try (InputStream pdfIn = spill.stream()) {
                    byte[] pdfHead = readUpTo(pdfIn, HEAD_BYTES);
                    if (level > 1) {
                        archivedPdf(path);
                    }
                    pdf(pdfHead, pdfIn, path);
                }
            }
            opener.open(spill, n, path, level);
        }
    }

    /** Lists a kept 7z and opens its entries at {@code level} ({@link #openListed}). */
    private void openSevenZip(Spill spill, String n, String path, int level) throws IOException {
        openListed("7z", spill.size(), n, path, level, true,
                v -> SevenZip.read(spill.inMemory(), spill.file(), SEVEN_Z_MEMORY_KB, v));
    }

    /**
     * Opens a kept gzip, bzip2, xz or tar at {@code level} ({@link #openListed}). A compressed file holds one file,
     * handed over as the one entry, under the name a gzip header stores or else its own name without ".gz", ".bz2"
     * or ".xz" (".tgz", ".tbz2", ".tbz", ".txz": ".tar"): every byte it inflates counts against the ratio (to the
     * file's size) and the message's expansion budget. A tar inside it is the same archive (a .tar.gz is one archive
     * to the clerk, so a ZIP in it is the second level, as in a ZIP), its entries read from the counted stream. A
     * plain tar stores its entries: their bytes count against the expansion budget as they are read, as a ZIP's
     * stored entries do (before, a tar of 15 MB was read whatever limit.archive-expanded said).
     */
    private void openGzipOrTar(Spill spill, String n, String path, int level) throws IOException {
        long size = spill.size();
        byte[] head;
        try (InputStream in = spill.stream()) {
            head = readUpTo(in, 512);
        }
        if (isTar(head)) {
            if (level > 1) {
                signal(SignalNames.NESTED_ARCHIVE, n + " (tar inside an archive)");
            }
            openListed("tar", size, n, path, level, true, v -> {
                try (InputStream in = spill.stream()) {
                    TarGzip.tar(in, v);
                }
            });
            return;
        }
        String kind = archiveKind(head, "");
        openListed(kind, size, n, path, level, false, v -> {
            try (InputStream in = spill.stream()) {
                TarGzip.Decompressed d = TarGzip.decompress(kind, in, SEVEN_Z_MEMORY_KB);
                String own = withoutCompression(path.substring(path.lastIndexOf('/') + 1));
                if (d.storedName() != null && !d.storedName().equals(own)) {
                    // gunzip names the file after the gzip, 7-Zip after the header: both names count
                    examineName(own, "in " + n + ":");
                }
                java.io.PushbackInputStream data = new java.io.PushbackInputStream(
                        new Expansion(d.data(), size, path), 512);
                byte[] inner = readUpTo(data, 512);
                data.unread(inner);
                if (isTar(inner)) {
                    TarGzip.tar(data, v);
                } else {
                    v.entry(d.storedName() != null ? d.storedName() : own, false, true, data);
                }
            }
        });
    }

    /** The name gunzip, bunzip2 or unxz gives what it unpacks from a file so named. */
    private static String withoutCompression(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String tar : new String[] {".tgz", ".tbz2", ".tbz", ".txz"}) {
            if (lower.endsWith(tar)) {
                return name.substring(0, name.length() - tar.length()) + ".tar";
            }
        }
        for (String suffix : new String[] {".gz", ".bz2", ".xz"}) {
            if (lower.endsWith(suffix) && name.length() > suffix.length()) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    /** How a {@link #openListed} archive is read: each entry handed to the visitor, in the archive's order. */
    @FunctionalInterface
    private interface Walk {
        void entries(SevenZip.Visitor v) throws IOException;
    }

    /**
     * Lists an archive read entry by entry (7z, tar, gzip) and opens its entries at {@code level}
     * ({@link #openEntry}): at most {@code limit.archive-entries} (more: {@code limit-parts} plus an {@code error},
     * the rest unseen), each name checked as a ZIP entry's, each entry read to its end through the expansion counter
     * (a solid 7z block or a gzip would otherwise be inflated uncounted, or a bomb left unseen). At level 1 the
     * archive is attached ({@code archive-attachment} says what it holds), deeper it lies inside another.
     *
     * @param counted whether the entries' bytes count against the ratio (to the archive's size) and the message's
     *                expansion budget; false where the walk counts them itself, as it inflates them
     */
    private void openListed(String type, long archiveSize, String n, String path, int level, boolean counted,
                            Walk walk) throws IOException {
        InvoiceConfig.ArchiveLimits lim = cfg.archive();
        boolean attached = level == 1;
        String kind = attached ? SignalNames.ARCHIVE_ATTACHMENT : SignalNames.NESTED_ARCHIVE;
        int[] entries = {0};
        try {
            walk.entries((entryName, directory, hasStream, data) -> {
                if (checkTime()) {
                    return false;
                }
                if (++entries[0] > lim.entries()) {
                    signal(SignalNames.LIMIT_PARTS, n + ": more than " + lim.entries()
                            + " entries; the rest was not opened");
                    signal(SignalNames.ERROR, InvoicePolicy.INCOMPLETE + ": " + n + " has more than "
                            + lim.entries() + " entries; the rest was not opened");
                    return false;
                }
                if (directory) {
                    return true;
                }
                String ext = examineEntry(entryName, n);
                if (!hasStream || lim.depth() == 0) {
                    return true;
                }
                Expansion x = new Expansion(data, counted ? archiveSize : Expansion.UNCOUNTED,
                        path + "/" + entryName);
                // attached, level 1: a ZIP inside is the second level
                openEntry(x, ext, path + "/" + entryName, archiveSize, level);
                return drain(x);
            });
            if (attached) {
                signal(SignalNames.ARCHIVE_ATTACHMENT, n + " (" + type + ", " + entries[0] + " entries)");
            }
        } catch (BombException b) {
            if (attached) {
                signal(SignalNames.ARCHIVE_ATTACHMENT, n + " (" + type + ")");
            }
            signal(SignalNames.ARCHIVE_BOMB, b.getMessage());
            signal(SignalNames.ERROR, "inspection incomplete: " + b.getMessage());
        } catch (TarGzip.DataAfterEnd d) {
            if (attached) {
                signal(SignalNames.ARCHIVE_ATTACHMENT, n + " (" + type + ")");
            }
            // what a tool reading on (tar --ignore-zeros) or the PDF reader given the unpacked file shows there, a
            // PDF or a program appended after the end-of-archive records, the scan cannot say: fail closed
            signal(SignalNames.MIME_MALFORMED, n + ": data after the end of the tar");
            if (!stopped) {
                signal(SignalNames.ERROR, InvoicePolicy.INCOMPLETE + ": " + n
                        + " has data after the end of the tar; it was not read");
            }
        } catch (SevenZip.Encrypted p) {
            if (attached) {
                signal(SignalNames.ARCHIVE_ATTACHMENT, n + " (" + type + ")");
            }
            signal(SignalNames.ENCRYPTED_ARCHIVE, n + " is password-protected: scanners cannot look inside");
        } catch (SevenZip.TooMuchMemory m) {
            if (attached) {
                signal(SignalNames.ARCHIVE_ATTACHMENT, n + " (" + type + ")");
            }
            signal(SignalNames.ARCHIVE_BOMB, n + " needs more than " + SEVEN_Z_MEMORY_KB
                    + " KB to decode: not opened");
            signal(SignalNames.ERROR, "inspection incomplete: " + n + " needs too much memory to open");
        } catch (IOException | RuntimeException ex) {
            if (attached) {
                signal(SignalNames.ARCHIVE_ATTACHMENT, n + " (" + type + ")");
            }
            signal(SignalNames.MIME_MALFORMED, n + ": unreadable " + type + " (" + ex.getClass().getSimpleName() + ")");
            if (!stopped) {
                // archivers may open what Commons Compress refuses: what is inside went unread. A gzip cut short, or
                // with bytes after its last member, is what gunzip itself complains of
                signal(SignalNames.ERROR, InvoicePolicy.INCOMPLETE + ": " + n + " could not be opened ("
                        + ex.getClass().getSimpleName() + ")");
            }
        } catch (LinkageError le) {
            // Commons Compress comes from James; its LZMA decoder (org.tukaani:xz) from our jar. Loaded as a
            // stock-James extension (child class loader) it cannot see the decoder, and without Commons
            // Compress there is no reader at all: the archive stays unseen, and the verdict says so.
            signal(kind, n + " (" + type + ", not opened: no " + type + " decoder on the class path)");
            signal(SignalNames.ERROR, "inspection incomplete: " + n + " could not be opened ("
                    + le.getClass().getSimpleName() + ")");
        }
    }

    /** Thrown when an archive expands beyond the ratio or the per-message budget. */
    private static final class BombException extends IOException {
        BombException(String m) {
            super(m);
        }
    }

    /** Counts the decompressed bytes of one archive entry against its ratio and the message's budget. */
    private final class Expansion extends BlockInputStream {
        /** As {@code compressed}: bytes already counted where they were inflated (a tar's entries in a gzip). */
        static final long UNCOUNTED = -1;
        private final InputStream in;
        private final long compressed;
        private final String what;
        private long read;

        Expansion(InputStream in, long compressed, String what) {
            this.in = in;
            this.compressed = compressed;
            this.what = what;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0 && compressed != UNCOUNTED) {
                read += n;
                expandedLeft -= n;
                long ratio = cfg.archive().ratio();
                if (compressed > 0 && read > 1024 * 1024 && read / compressed > ratio) {
                    throw new BombException(clipName(what) + " expands more than " + ratio + " times ("
                            + compressed + " bytes compressed): zip bomb, not read further");
                }
                if (expandedLeft < 0) {
                    throw new BombException(clipName(what) + ": archive contents exceed " + cfg.archive().expanded()
                            + " bytes decompressed: not read further");
                }
            }
            return n;
        }
    }

    /**
     * A compound file (OLE2): a legacy Office document or an Outlook item ({@code .msg}). A document whose
     * directory names the VBA project storage ("_VBA_PROJECT", "_VBA_PROJECT_CUR", UTF-16LE) carries macros: found
     * by a raw scan bounded by {@code limit.pdf-bytes}, parser or not. An Outlook item, known by its property
     * streams whatever it is called, is opened up to {@code limit.archive-bytes} ({@link #outlookItem}), and so is
     * a Word document, Excel workbook or PowerPoint presentation for its text ({@link #officeStorage}).
     */
    private void ole(byte[] head, InputStream is, String mime, String filename, String ext) throws IOException {
        byte[] needle = "_VBA_PROJECT".getBytes(StandardCharsets.UTF_16LE);
        long left = cfg.maxPdfBytes();
        boolean macro = false;
        boolean fits = true;
        byte[] carry = new byte[0];
        byte[] chunk = head;
        byte[] buf = new byte[64 * 1024];
        try (Spill spill = new Spill(cfg.archive().bytes())) {
            while (true) {
                if (!macro && left > 0) {
                    byte[] window = new byte[carry.length + chunk.length];
                    System.arraycopy(carry, 0, window, 0, carry.length);
                    System.arraycopy(chunk, 0, window, carry.length, chunk.length);
                    macro = indexOf(window, needle) >= 0;
                    carry = Arrays.copyOfRange(window, Math.max(0, window.length - needle.length), window.length);
                    left -= chunk.length;
                }
                fits = fits && spill.write(chunk, chunk.length);
                if (!fits && (macro || left <= 0)) {
                    break;
                }
                int r = is.read(buf);
                if (r <= 0) {
                    break;
                }
                if (checkTime()) {
                    return;
                }
                chunk = Arrays.copyOf(buf, r);
            }
            if (macro) {
                signal(SignalNames.OFFICE_MACRO, name(filename) + " (OLE document with a VBA project)");
            }
            boolean namedItem = ext.equals("msg") || mime.equals("application/vnd.ms-outlook");
            String namedDocument = ext.equals("doc") || ext.equals("dot") || mime.equals("application/msword")
                    ? "Word document" : ext.equals("xls") || ext.equals("xlt") || mime.equals("application/vnd.ms-excel")
                    ? "Excel workbook" : ext.equals("ppt") || ext.equals("pps") || ext.equals("pot")
                    || mime.equals("application/vnd.ms-powerpoint") ? "PowerPoint presentation" : null;
            if (!fits) {
                if (namedItem || namedDocument != null) {
                    signal(SignalNames.ERROR, InvoicePolicy.INCOMPLETE + ": " + name(filename) + " is larger than "
                            + cfg.archive().bytes() + " bytes: the " + (namedItem ? "Outlook item" : namedDocument)
                            + " was not opened");
                }
                return;
            }
            try (RandomAccessRead bytes = spill.open()) {
                outlookItem(bytes, filename, namedItem);
            }
        }
    }

    /**
     * An Outlook item attached as a file ({@code .msg}, {@link OutlookMsg}): Outlook opens it as a mail, so its body
     * is read like a message body and each of its attachments is examined as if attached to the mail itself, by
     * name and content; attached items inside it down to {@code limit.archive-depth} levels in all, at most
     * {@code limit.archive-entries} attachments. Like a forwarded {@code message/rfc822}, its PDFs are no
     * {@code archived-invoice}. An item that cannot be read whole, or holds more than the limits allow, leaves
     * the verdict incomplete (fail closed); a compound file that is no Outlook item is read as a legacy Office
     * document ({@link #officeStorage}), or, unless it is called .msg, left to the macro scan.
     */
    private void outlookItem(RandomAccessRead bytes, String filename, boolean namedItem) throws IOException {
        String n = name(filename);
        Cfb cfb;
        try {
            cfb = Cfb.open(bytes);
        } catch (Cfb.Broken e) {
            if (namedItem) {
                signal(SignalNames.MIME_MALFORMED, n + ": unreadable Outlook item (" + e.getMessage() + ")");
                signal(SignalNames.ERROR, InvoicePolicy.INCOMPLETE + ": " + n + " could not be read");
            }
            return;
        }
        if (!OutlookMsg.isMessage(cfb)) {
            officeStorage(cfb, cfb.root(), filename);
            return;
        }
        if (cfg.archive().depth() == 0) {
            return;
        }
        if (outlookItems >= cfg.archive().depth()) {
            signal(SignalNames.LIMIT_DEPTH, n + ": Outlook item nested deeper than " + cfg.archive().depth()
                    + " levels: not opened");
            signal(SignalNames.ERROR, InvoicePolicy.INCOMPLETE + ": " + n + " nested too deep to be opened");
            return;
        }
        outlookItems++;
        ItemVisitor.Result r;
        try {
            r = OutlookMsg.read(cfb, cfg.archive().entries(), cfg.archive().depth() - outlookItems,
                    items(filename, "Outlook item"));
        } finally {
            outlookItems--;
        }
        itemsRead(filename, r, "the Outlook item", "Outlook item");
    }

    /**
     * A compound file's storage that is no Outlook item: the file itself, or an object embedded in an Outlook item
     * (a Word document inserted as such into a rich-text mail).
     */
    private void officeStorage(Cfb cfb, Cfb.Entry storage, String filename) throws IOException {
        if (cfb.stream(storage, "EncryptedPackage") != null) {
            // an encrypted .docx/.xlsx ([MS-OFFCRYPTO] §2.3.4): the document is sealed from the scan as an
            // encrypted ZIP is, the password usually in the mail's text
            signal(SignalNames.ENCRYPTED_ARCHIVE, name(filename) + " is a password-protected Office document");
            return;
        }
        // each main stream the file holds is read: a ".ppt" that also carries a harmless WordDocument stream is
        // opened by PowerPoint as a presentation, whatever a reader choosing by the first stream it finds would read
        if (DocText.isWord(cfb, storage)) {
            legacyOffice(DocText.read(cfb, storage, documentChars() + 1, this::checkTime), filename, "Word document");
        }
        if (XlsText.isWorkbook(cfb, storage)) {
            legacyOffice(XlsText.read(cfb, storage, documentChars() + 1, this::checkTime), filename, "Excel workbook");
        }
        if (PptText.isPresentation(cfb, storage)) {
            PptText.Result p = PptText.read(cfb, storage, documentChars() + 1, this::checkTime);
            if (p.macros()) {
                // PowerPoint stores the project compressed: the raw "_VBA_PROJECT" scan cannot see it
                signal(SignalNames.OFFICE_MACRO, name(filename) + " (PowerPoint presentation with a VBA project)");
            }
            legacyOffice(p.text(), filename, "PowerPoint presentation");
        }
    }

    /**
     * Characters of a document's text read (one more is asked of the reader, to know there was more): as far as a
     * PDF's, for the accounts a compromised supplier mailbox writes after pages of padding; the words only within
     * the text budget.
     */
    private int documentChars() {
        return Math.max(0, Math.min(BANK_TEXT_CHARS, bankBudget));
    }

    /**
     * A legacy Word document's, Excel workbook's or PowerPoint presentation's text ({@link DocText},
     * {@link XlsText}, {@link PptText}), scanned like an Office document's: payees, bank-change wording, named
     * suppliers. One that says it is encrypted is a
     * password-protected attachment like an encrypted archive; one whose structures point outside its streams could
     * hide anything, so the verdict is incomplete.
     */
    private void legacyOffice(DocText.Result r, String filename, String what) {
        String n = name(filename);
        if (r.encrypted()) {
            signal(SignalNames.ENCRYPTED_ARCHIVE, n + " is a password-protected " + what);
            return;
        }
        if (r.broken() != null && !stopped) {
            signal(SignalNames.MIME_MALFORMED, n + ": unreadable " + what + " (" + r.broken() + ")");
            signal(SignalNames.ERROR, InvoicePolicy.INCOMPLETE + ": " + n + " could not be read");
        }
        documentWords(r.text(), n);
    }

    /**
     * Words of an attached document (RTF, Office, Word), read with at most {@link #documentChars} + 1 characters:
     * payees from all of it, bank-change wording, named suppliers and typed links within the text budget. More text
     * than is read is an incomplete inspection, as for a PDF, but not in an archive's entry or a saved mail's
     * attachment (their budgets are apart, a ZIP of exports is ordinary mail).
     */
    private void documentWords(String text, String name) {
        int read = documentChars();
        if (text.length() > read) {
            if (!stopped && archiveReadings == 0 && archivedMessages == 0) {
                signal(SignalNames.ERROR, InvoicePolicy.INCOMPLETE + ": " + name + " has more text than is read ("
                        + read + " characters); the rest was not examined");
            }
            text = text.substring(0, read);
        }
        if (text.isEmpty()) {
            return;
        }
        readText(Texts.readable(text), documentHits);
    }

    /**
     * A PDF's or document's readable text: the words from as much as the text budget allows (into {@code hits},
     * with named suppliers and typed links: a URL in the letter, or a Word HYPERLINK field's code the legacy reader
     * keeps as text), the accounts from all of it. Returns how many characters were read for words.
     */
    private int readText(String text, Vocabulary.Hits hits) {
        int words = Math.max(0, Math.min(Math.min(cfg.maxTextChars(), textBudget), text.length()));
        textBudget -= words;
        bankBudget -= text.length();
        hits.addAll(Vocabulary.scan(text, words));
        payees(BankDetails.scan(text, text.length()));
        SupplierNames.find(text, words, supplierIndex, namedSuppliers);
        Links.hosts(text, words, documentLinkHosts, MAX_LINK_HOSTS);
        return words;
    }

    /** The first place {@code needle} stands in {@code hay}, or -1. */
    static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** An image attachment: its size comes from the header only; pixels are never decoded. */
    private void image(byte[] head, String filename, boolean attachment) {
        imageParts++;
        if (!attachment) {
            return;
        }
        String desc = name(filename) + " (" + ImageHeaders.describe(head) + ", not decoded)";
        images.add(desc);
        if (filename != null && !Vocabulary.scan(filename, 1024).invoice.isEmpty()) {
            invoiceNamedImages.add(desc);
        }
    }

    /**
     * Why the sender presents itself as Danish ("" if it does not): a .dk/.fo/.gl domain, "dk" as a word of the
     * domain name ({@code erhvervsregister-dk.com}), or a mail written in Danish. The "registration fee" schemes
     * bill Danish organisations from .com domains in Danish; a foreign company billing in English is no such case.
     */
    static String danishLooking(String fromDomain, Vocabulary.Hits text) {
        String d = fromDomain == null ? "" : fromDomain;
        if (d.endsWith(".dk") || d.endsWith(".fo") || d.endsWith(".gl")) {
            return "a ." + d.substring(d.lastIndexOf('.') + 1) + " sender";
        }
        String label = d.isEmpty() ? "" : Domains.registrableLabel(d);
        for (String word : label.split("-")) {
            if (word.equals("dk") || word.equals("danmark") || word.equals("denmark")) {
                return "a sender whose domain " + d + " says \"" + word + "\"";
            }
        }
        return text.danish() ? "a mail written in Danish" : "";
    }

    /**
     * The account is in the country whose top-level domain the sender uses (a Swedish supplier on .se banking in
     * Sweden, writing Danish to its Danish customer): its home account, not a Danish-looking sender's money going
     * abroad. Not one fraud of the thirteen tuning corpora had it; the look-alike of a Danish supplier under another country's
     * domain is judged by the look-alike checks.
     */
    static boolean ownCountry(String fromDomain, String country) {
        if (fromDomain == null || country.isEmpty()) {
            return false;
        }
        String tld = fromDomain.substring(fromDomain.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT);
        return tld.equals(country) || (tld.equals("UK") && country.equals("GB"));
    }

    /**
     * The first domain name written beside a renewal word that is one of ours or carries our name ("kolding.dk",
     * "koldingkommune.eu"); null if none. Our registrar is a supplier (listed or remembered), whose authenticated
     * mail InvoicePolicy exempts; a stranger renewing our name is the trap.
     */
    static String ownNameRenewed(Set<String> renewed, Set<String> ownDomains, List<String> protectedNames) {
        if (renewed.isEmpty()) {
            return null;
        }
        // The trap registers the name people know, not our domain's abbreviation: "we reserved egedal-by.dk for the
        // municipality before a speculator did; our fee …" to Egedal Kommune (egekom.dk). The forms are the name's
        // distinctive words as a domain writes them, four letters at least, computed once for all the domains.
        List<String> nameForms = new ArrayList<>();
        for (String name : protectedNames) {
            for (String form : SpoofSignals.organisationNameForms(name)) {
                if (!form.contains("-")) {
                    nameForms.add(form);
                }
            }
        }
        for (String d : renewed) {
            String label = d.substring(0, d.indexOf('.')).replace("-", "");
            for (String own : ownDomains) {
                String ownLabel = Domains.registrableLabel(own).replace("-", "");
                // a short name ("brk") only written out as our domain: inside other words it is something else
                if (d.equals(own) || ownLabel.length() >= 4 && label.contains(ownLabel)) {
                    return d.equals(own) ? "names our domain " + d : "names " + d + ", our name " + ownLabel;
                }
            }
            for (String form : nameForms) {
                if (label.contains(form)) {
                    return "names " + d + ", our name " + form;
                }
            }
        }
        return null;
    }

    private static int nonBlank(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    // ---------------------------------------------------------------- result

    private InvoiceSignals finish() {
        for (String w : monitor.warnings) {
            signal(SignalNames.MIME_MALFORMED, w);
        }
        if (!subjectHits.invoice.isEmpty() || !subjectHits.pressure.isEmpty()) {
            signal(SignalNames.INVOICE_SUBJECT, "subject: " + words(subjectHits.invoice, subjectHits.pressure));
        }
        if (!bodyHits.invoice.isEmpty()) {
            signal(SignalNames.INVOICE_BODY, "text: " + words(bodyHits.invoice, Set.of()));
        }
        if (!nameHits.invoice.isEmpty() || !nameHits.pressure.isEmpty()) {
            signal(SignalNames.INVOICE_ATTACHMENT_NAME, "file name: " + words(nameHits.invoice, nameHits.pressure));
        }
        if (!pdfHits.invoice.isEmpty() || !pdfHits.pressure.isEmpty()) {
            signal(SignalNames.INVOICE_PDF_TEXT, "PDF text: " + words(pdfHits.invoice, pdfHits.pressure));
        }
        Vocabulary.Hits all = new Vocabulary.Hits();
        all.addAll(subjectHits);
        all.addAll(bodyHits);
        all.addAll(nameHits);
        all.addAll(pdfHits);
        all.addAll(documentHits);
        if (!all.pressure.isEmpty()) {
            signal(SignalNames.PAYMENT_PRESSURE, words(all.pressure, Set.of()));
        }
        if (!all.bankChange.isEmpty()) {
            signal(SignalNames.BANK_CHANGE, words(all.bankChange, Set.of()));
        } else if (!all.newAccount.isEmpty() && bank.any()) {
            // "Tilskuddet bedes sendt til vores nye konto: reg. 9570 …": the commonest Danish wording of a changed
            // account names no bank word; with the account itself in the mail it is the change
            signal(SignalNames.BANK_CHANGE, words(all.newAccount, Set.of()) + " beside account details");
        } else if (all.salary != null && all.invoice.isEmpty() && bank.any()) {
            // payroll diversion: an account written for an employee's pay (Vocabulary.SALARY_WORDS)
            signal(SignalNames.BANK_CHANGE, all.salary + " beside account details");
        }
        if (!all.payment.isEmpty()) {
            signal(SignalNames.PAYMENT_WORDS, words(all.payment, Set.of()));
        }
        if (!all.confidential.isEmpty()) {
            signal(SignalNames.CONFIDENTIAL_TRANSFER, words(all.confidential, Set.of()));
        }
        if (all.registration != null) {
            signal(SignalNames.BUSINESS_REGISTRATION, "CVR/SE " + all.registration.substring(0, 4) + "…");
        }
        if (all.tax != null) {
            signal(SignalNames.TAX_REFERENCE, all.tax);
        }
        if (all.shortTerm != null) {
            signal(SignalNames.SHORT_PAYMENT_TERM, all.shortTerm);
        }
        if (all.collecting != null) {
            signal(SignalNames.COLLECTION_LETTER, all.collecting);
        }
        if (all.phoneOrder != null) {
            signal(SignalNames.ORDER_BY_PHONE, all.phoneOrder);
        }
        if (all.prepayment != null) {
            signal(SignalNames.PREPAYMENT, all.prepayment);
        }
        if (all.mailboxExcuse != null) {
            signal(SignalNames.MAILBOX_EXCUSE, all.mailboxExcuse);
        }
        if (!all.cancelCall.isEmpty() && (all.renewed || !all.renewal.isEmpty())) {
            signal(SignalNames.CANCEL_BY_PHONE, "renewed: " + words(all.cancelCall, Set.of())
                    + " + a phone number (the auto-renewal pretext: cancelling only by calling)");
        }
        if (!all.callback.isEmpty()) {
            signal(SignalNames.CALLBACK_REQUEST, words(all.callback, Set.of())
                    + " + a phone number (call-back fraud: a charge you did not make, a number to call)");
        }
        if (!bodyHits.qr.isEmpty() && imageParts > 0) {
            // the text, not a PDF: a printed invoice's payment QR (MobilePay, Swiss QR-bill) sits beside its
            // account; a mail that says only "scan the code" and carries the code as an image hides where the
            // money goes (a text-only warning about QR invoices carries none)
            signal(SignalNames.QR_PAYMENT, words(bodyHits.qr, Set.of()));
        }
        if (linkAction != null) {
            signal(SignalNames.LINK_ACTION, "a link says \"" + linkAction + "\"");
            if (Links.signsOrOpensDocument(linkAction)) {
                signal(SignalNames.SIGNING_LINK, "\"" + linkAction + "\" signs or opens a document");
            }
            if (all.expiry != null) {
                signal(SignalNames.LINK_EXPIRES_SOON, all.expiry);
            }
        }
        if (!all.instruction.isEmpty()) {
            signal(SignalNames.PAYMENT_INSTRUCTION, words(all.instruction, Set.of()));
        }
        if (!all.offer.isEmpty()) {
            signal(SignalNames.UNORDERED_OFFER, words(all.offer, Set.of())
                    + " (an offer or order that paying or signing accepts, dressed as an invoice)");
        } else if (bank.any() || (!all.payment.isEmpty() && all.settled.isEmpty())) {
            // asks to be paid: an account to pay into, or payment words that do not say it is settled (our
            // registrar renewing one of our sites on the card it holds, "trækkes automatisk på betalingskortet …
            // I skal ikke foretage jer noget", asks nothing)
            String ours = ownNameRenewed(all.renewedDomains, cfg.ownDomains(), cfg.protectedNames());
            if (ours != null) {
                signal(SignalNames.UNORDERED_OFFER, ours + " beside " + words(all.renewal, Set.of())
                        + ", and asks to be paid (the domain and trademark trap: our own name sold back to us)");
            }
        }
        if (!all.overdue.isEmpty()) {
            signal(SignalNames.OVERDUE_NOTICE, words(all.overdue, Set.of()));
        }
        if (!all.warning.isEmpty()) {
            signal(SignalNames.FRAUD_WARNING, words(all.warning, Set.of()));
        }
        if (!all.unchanged.isEmpty() && all.closing.isEmpty()) {
            signal(SignalNames.BANK_UNCHANGED, words(all.unchanged, Set.of()));
        }
        if (!all.settled.isEmpty()) {
            signal(SignalNames.PAYMENT_SETTLED, words(all.settled, Set.of()));
        }
        if (!all.covert.isEmpty()) {
            signal(SignalNames.COVERT_REQUEST, words(all.covert, Set.of()));
        }
        if (!all.credential.isEmpty() || deviceLogin != null) {
            // RFC 8628 §5.4: the device-code flow's remote phishing. The page is the provider's own; the code the
            // mail hands out logs the sender's device into our mailbox when a clerk types it there.
            List<String> ev = new ArrayList<>(all.credential);
            if (deviceLogin != null) {
                ev.add("a device-code login link " + deviceLogin);
            }
            signal(SignalNames.CREDENTIAL_REQUEST, String.join(", ", ev));
        }
        if (bank.any()) {
            List<String> ev = new ArrayList<>();
            bank.ibans.forEach(i -> ev.add("IBAN " + BankDetails.mask(i)));
            bank.danishAccounts.forEach(a -> ev.add("reg/konto " + a.substring(0, 4) + "-…"
                    + a.substring(Math.max(5, a.length() - 4))));
            bank.fiLines.forEach(f -> ev.add("FI " + f.substring(0, Math.min(4, f.length())) + "…"));
            bank.foreignAccounts.forEach(a -> ev.add("account " + BankDetails.maskId(a)));
            signal(SignalNames.BANK_DETAILS, String.join(", ", ev));
            String fromDomain = fromDomain();
            String danish = danishLooking(fromDomain, all);
            if (!danish.isEmpty()) {
                List<String> abroad = new ArrayList<>(bank.ibans);
                abroad.addAll(bank.foreignAccounts);
                for (String id : abroad) {
                    String country = BankDetails.countryOf(id);
                    if (!BankDetails.HOME_COUNTRIES.contains(country) && !ownCountry(fromDomain, country)) {
                        signal(SignalNames.FOREIGN_IBAN, (id.indexOf(':') > 0 ? "account " : "IBAN ")
                                + BankDetails.maskId(id) + " (" + country + ") for " + danish);
                        break;
                    }
                }
            }
        }
        boolean invoiceWords = !subjectHits.invoice.isEmpty() || !nameHits.invoice.isEmpty()
                || !pdfHits.invoice.isEmpty() || !bodyHits.invoice.isEmpty() || !all.pressure.isEmpty();
        boolean pdfInvoice = pdfs > 0 && invoiceWords;
        // An invoice that is only pixels: no text for any scanner (ours included) to read. A scanned PDF counts
        // when the mail speaks of an invoice; an image when its name does, or when it is the only document of a
        // mail whose subject does.
        List<String> imageInvoices = new ArrayList<>();
        if (invoiceWords) {
            imageInvoices.addAll(imageOnlyDocuments);
        }
        imageInvoices.addAll(invoiceNamedImages);
        if (imageInvoices.isEmpty() && pdfs == 0 && !images.isEmpty() && !subjectHits.invoice.isEmpty()) {
            imageInvoices.addAll(images);
        }
        if (!imageInvoices.isEmpty() && all.bankChange.isEmpty() && !all.newAccount.isEmpty() && !bank.any()) {
            // "Faktura som billede. OBS ny konto står på den": the new account is only in the picture, where no
            // text scan reads it; the words announce the change all the same
            signal(SignalNames.BANK_CHANGE, words(all.newAccount, Set.of()) + " on an invoice that is only an image");
        }
        if (!imageInvoices.isEmpty()) {
            signal(SignalNames.IMAGE_INVOICE, String.join("; ", imageInvoices));
        }
        if (invoiceWords && !archivedPdfs.isEmpty()) {
            // Invoicing systems attach the PDF itself; packing an invoice into an archive is the evasion of
            // attachment scanners that issue 11 lists (we open it, but the packaging itself is a warning sign).
            signal(SignalNames.ARCHIVED_INVOICE, String.join("; ", archivedPdfs.subList(0,
                    Math.min(5, archivedPdfs.size()))) + " (invoice PDF inside an archive)");
        }
        List<Signal> out = new ArrayList<>();
        signals.forEach((k, v) -> out.add(new Signal(k, v.toString())));
        return new InvoiceSignals(subject.length() > 300 ? subject.substring(0, 300) : subject, from, replyTo,
                sender, out, parts + messages, pdfs, eInvoice, pdfInvoice,
                new ArrayList<>(BankDetails.identifiers(bank)), new ArrayList<>(linkHosts), listId,
                new ArrayList<>(namedSuppliers), all.hoursTerm, quotedOnly(), replyKeepsAccount,
                new ArrayList<>(documentLinkHosts));
    }

    // ---------------------------------------------------------------- helpers

    /** Payees that appear only in the quoted part of a reply. */
    private List<String> quotedOnly() {
        Set<String> elsewhere = BankDetails.identifiers(unquoted);
        List<String> out = new ArrayList<>();
        for (String id : BankDetails.identifiers(bank)) {
            if (!elsewhere.contains(id)) {
                out.add(id);
            }
        }
        return out;
    }

    private void signal(String name, String evidence) {
        String ev = evidence.replaceAll("[\\r\\n\\t]+", " ");
        StringBuilder b = signals.get(name);
        if (b == null) {
            signals.put(name, new StringBuilder(ev.length() > MAX_EVIDENCE ? ev.substring(0, MAX_EVIDENCE) : ev));
        } else if (b.length() + 2 < MAX_EVIDENCE && b.indexOf(ev) < 0) {
            // the room is what is left after the separator (fuzzing found a sighting one character short of the
            // limit, whose separator left a negative room)
            int room = MAX_EVIDENCE - b.length() - 2;
            b.append("; ").append(ev, 0, Math.min(ev.length(), room));
        }
    }

    /**
     * A structure limit stopped the parse. The sender chose the structure: part 501, or a part nested 31 deep, is
     * where a compromised supplier's mailbox would put the new account, so what was not read makes the inspection
     * incomplete (fail closed, {@link InvoicePolicy#failClosed}), as for the header limits and the time budget.
     */
    private void incomplete(String name, String what) {
        // called again for every part the parser still reports: each call stops the entity it is in
        stop(name, what + "; the rest was not examined");
        signal(SignalNames.ERROR, InvoicePolicy.INCOMPLETE + ": " + what);
    }

    private void stop(String name, String evidence) {
        signal(name, evidence);
        stopped = true;
        parser.stop();
    }

    /** True (and stops the parse) once the per-message time budget is spent. */
    private boolean checkTime() {
        if (!stopped && System.nanoTime() - deadline > 0) {
            stop(SignalNames.LIMIT_TIME, "time budget of " + cfg.timeBudgetMillis() + " ms spent; the rest was "
                    + "not examined");
            // What was not examined may be the invoice: mark the inspection incomplete (fail closed, see
            // InvoicePolicy), as for the header limits and an unreadable PDF.
            signal(SignalNames.ERROR, "inspection incomplete: time budget of " + cfg.timeBudgetMillis()
                    + " ms spent");
        }
        return stopped;
    }

    private static String words(Set<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        StringBuilder s = new StringBuilder();
        for (String w : all) {
            if (s.length() > 100) {
                s.append(", …");
                break;
            }
            if (s.length() > 0) {
                s.append(", ");
            }
            s.append(w);
        }
        return s.toString();
    }

    private static String name(String filename) {
        return filename == null ? "unnamed part" : clipName(filename);
    }

    private static String clipName(String n) {
        String s = n.replaceAll("\\p{Cntrl}", "?").replace('\u202e', '?');
        return "\"" + (s.length() > 80 ? s.substring(0, 80) + "…" : s) + "\"";
    }

    private static String archiveKind(byte[] head, String ext) {
        if (startsWith(head, 0, "Rar!")) {
            return "rar";
        }
        if (startsWith(head, 0, "7z")) {
            return "7z";
        }
        if (startsWith(head, 0, "MSCF")) {
            return "cab";
        }
        if (isGzip(head)) {
            return "gzip";
        }
        if (isBzip2(head)) {
            return "bzip2";
        }
        if (isXz(head)) {
            return "xz";
        }
        if (isTar(head)) {
            return "tar";
        }
        return ext.isEmpty() ? "archive" : ext;
    }

    /** gzip's magic bytes (RFC 1952 2.3.1: ID1 31, ID2 139). */
    static boolean isGzip(byte[] head) {
        return head.length > 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
    }

    /**
     * A tar: POSIX or GNU, "ustar" at offset 257 of its first header (POSIX.1 ustar; GNU writes "ustar  "), or a
     * pre-POSIX (Unix v7) one, which has no magic: then its header checksum must hold ({@link #v7Header}).
     */
    static boolean isTar(byte[] head) {
        return startsWith(head, 257, "ustar") || v7Header(head);
    }

    /**
     * A v7 tar header: a name, octal mode and size fields, and a checksum field (octal, ended by NUL or space) equal
     * to the sum of the header's bytes with that field read as spaces (unsigned, or signed as some old tars summed).
     * Random bytes pass with a chance below one in 10^12 (eight octal-or-end bytes at offset 148 and a matching sum);
     * an all-zero record is the end of an archive, not a header.
     */
    private static boolean v7Header(byte[] h) {
        if (h.length < 512 || h[0] == 0 || !octalField(h, 100, 8) || !octalField(h, 124, 12)) {
            return false;
        }
        long stored = 0;
        int digits = 0;
        int i = 148;
        while (i < 156 && h[i] == ' ') {
            i++;
        }
        for (; i < 156 && h[i] >= '0' && h[i] <= '7'; i++) {
            stored = stored * 8 + (h[i] - '0');
            digits++;
        }
        if (digits == 0 || (i < 156 && h[i] != 0 && h[i] != ' ')) {
            return false;
        }
        for (; i < 156; i++) {
            if (h[i] != 0 && h[i] != ' ') {
                return false;
            }
        }
        long unsigned = 0;
        long signed = 0;
        for (int j = 0; j < 512; j++) {
            byte b = j >= 148 && j < 156 ? (byte) ' ' : h[j];
            unsigned += b & 0xff;
            signed += b;
        }
        return stored == unsigned || stored == signed;
    }

    /** A numeric tar field: octal digits, spaces and NULs only. */
    private static boolean octalField(byte[] h, int at, int length) {
        for (int i = at; i < at + length; i++) {
            if ((h[i] < '0' || h[i] > '7') && h[i] != ' ' && h[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** bzip2's magic: "BZh", the block size '1' to '9', and a block's or the end's 48-bit magic (bzip2 1.0 format). */
    static boolean isBzip2(byte[] head) {
        return startsWith(head, 0, "BZh") && head.length > 9 && head[3] >= '1' && head[3] <= '9'
                && (startsWith(head, 4, "1AY&SY") || startsWith(head, 4, "\u0017rE8P\u0090"));
    }

    /** The xz stream header's magic (xz file format 2.1.1.1: FD 37 7A 58 5A 00). */
    static boolean isXz(byte[] head) {
        return startsWith(head, 0, "\u00fd7zXZ\u0000");
    }

    /** An archive read from its start to its end and opened by {@link #openGzipOrTar}: gzip, bzip2, xz or tar. */
    static boolean isStreamArchive(byte[] head) {
        return isGzip(head) || isBzip2(head) || isXz(head) || isTar(head);
    }

    /** The From ({@link Addresses}), read once: a field of up to 16 KiB is parsed, and each PDF asks. */
    private String fromDomain() {
        if (fromDomainOf == null || !fromDomainOf.equals(from)) {
            fromDomainOf = from;
            fromDomainRead = Addresses.parseFirst(from).domain();
        }
        return fromDomainRead;
    }

    /**
     * An address field's value as the DMARC check reads the From (SenderAuthenticator: its bytes as UTF-8, a malformed
     * sequence one U+FFFD), so that Addresses and AuthorDomain read the same characters: rawUtf8 keeps invalid UTF-8 as
     * Latin-1, and "faktura@t\xF8nder.dk" was tønder.dk here but no valid domain to DMARC. Kept up to one character
     * beyond what DMARC parses, so a longer field stays one DMARC does not parse (padding the display name past our
     * cut must not make a field readable here that DMARC reads as too long).
     */
    static String addressField(String raw) {
        String s = raw;
        boolean bytes = true;
        for (int i = 0; i < s.length() && bytes; i++) {
            bytes = s.charAt(i) <= 0xff;
        }
        if (bytes) {
            s = new String(s.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        }
        // Cut after decoding: DMARC's limit counts characters, and cut as bytes a field of "æ" (two bytes each) ended
        // at half DMARC's length, where "<fakt@danfoss.dk.nordic-pay.example>" read as fakt@danfoss.dk here.
        return s.length() > AuthorDomain.MAX_FROM_LENGTH + 1 ? s.substring(0, AuthorDomain.MAX_FROM_LENGTH + 1) : s;
    }

    /**
     * mime4j hands header bytes over as ISO-8859-1 characters; RFC 6532 allows raw UTF-8 in headers, and
     * Danish subjects ("Betalingspåmindelse") arrive that way. Re-read as UTF-8 when that is valid.
     */
    static String rawUtf8(String s) {
        boolean high = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 0xff) {
                return s;
            }
            high |= c >= 0x80;
        }
        if (!high) {
            return s;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(s.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (CharacterCodingException e) {
            return s;
        }
    }

    private static boolean isPdf(byte[] head, String mime, String ext) {
        return containsAscii(head, 0, 1024, "%PDF-") || mime.equals("application/pdf")
                || mime.equals("application/x-pdf") || ext.equals("pdf");
    }

    private static boolean looksLikeHtml(byte[] head) {
        String s = new String(head, 0, Math.min(head.length, 512), StandardCharsets.ISO_8859_1)
                .trim().toLowerCase(Locale.ROOT);
        return s.startsWith("<!doctype html") || s.startsWith("<html") || s.startsWith("<head")
                || s.startsWith("<script");
    }

    private static boolean startsWith(byte[] b, int off, String ascii) {
        if (off + ascii.length() > b.length) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if ((b[off + i] & 0xff) != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsAscii(byte[] b, int from, int to, String ascii) {
        int end = Math.min(b.length, to) - ascii.length();
        for (int i = from; i <= end; i++) {
            if (startsWith(b, i, ascii)) {
                return true;
            }
        }
        return false;
    }

    private static byte[] readUpTo(InputStream is, int max) throws IOException {
        if (max <= 0) {
            return new byte[0];
        }
        return is.readNBytes(max);
    }

    /** Declared charset, else UTF-8 when valid, else windows-1252 (what unlabelled Danish 8-bit mail uses). */
    private static String decode(byte[] bytes, String charset) {
        // A byte-order mark decides, whatever the part declares (WHATWG encoding sniffing; Notepad does the same),
        // and UTF-16 without one shows itself by a zero byte in every other place: read as one byte per
        // character, "I B A N" with NULs between hid a known supplier's new account from the scan.
        Charset utf16 = utf16(bytes);
        if (utf16 != null) {
            return new String(bytes, utf16);
        }
        Charset cs = null;
        if (charset != null && !charset.isBlank() && !charset.equalsIgnoreCase("us-ascii")) {
            try {
                cs = Charset.forName(charset.trim());
            } catch (IllegalArgumentException e) {
                cs = null;
            }
        }
        if (cs != null) {
            return new String(bytes, cs);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    /**
     * UTF-16 with a byte-order mark (Java's UTF-16 decoder reads the mark, takes its byte order and drops it), or
     * UTF-16LE/BE by zero bytes in at least 40 % of the odd (LE) or even (BE) places.
     */
    static Charset utf16(byte[] b) {
        if (b.length >= 2 && ((b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe
                || (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff)) {
            return StandardCharsets.UTF_16;
        }
        int pairs = Math.min(b.length, 4096) / 2;
        if (pairs < 8) {
            return null;
        }
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < pairs; i++) {
            evenZero += b[2 * i] == 0 ? 1 : 0;
            oddZero += b[2 * i + 1] == 0 ? 1 : 0;
        }
        if (oddZero * 10 >= pairs * 4 && evenZero * 10 < pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZero * 10 >= pairs * 4 && oddZero * 10 < pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** Records mime4j's complaints (missing boundaries, bad base64) instead of failing on them. */
    private static final class Monitor extends DecodeMonitor {
        /** mime4j's QuotedPrintableInputStream warning for trailing blanks it dropped. */
        private static final String IGNORED_BLANKS = "ignored blanks";
        final Set<String> warnings = new LinkedHashSet<>();

        @Override
        public boolean warn(String error, String dropDesc) {
            if (IGNORED_BLANKS.equals(error)) {
                // spaces at the end of a quoted-printable line: RFC 2045 §6.7 (3) has decoders delete them because
                // transport agents add them; a list's footer appended raw ("-- " signature line) does the same.
                // Nothing is hidden by them, so they are no malformation of the sender's
                return false;
            }
            if (warnings.size() < 5) {
                warnings.add(SpoofSignals.clip(error == null ? "MIME problem" : error));
            }
            return false;
        }

        @Override
        public boolean isListening() {
            return true;
        }
    }

    /** Spots PDF action names in the raw bytes (uncompressed objects only), across chunk borders. */
    private static final class RawTokens {
        boolean javascript;
        boolean launch;
        boolean embedded;
        private String carry = "";

        void feed(byte[] b, int n) {
            String s = carry + new String(b, 0, n, StandardCharsets.ISO_8859_1);
            javascript |= s.contains("/JavaScript") || s.contains("/JS ") || s.contains("/JS(")
                    || s.contains("/JS<");
            launch |= s.contains("/Launch");
            embedded |= s.contains("/EmbeddedFile");
            carry = s.length() > 16 ? s.substring(s.length() - 16) : s;
        }
    }
}
