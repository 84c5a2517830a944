package org.spoofguard.core.invoice;

import org.spoofguard.core.CpuClock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * A compromised known supplier (danfoss.dk, DMARC pass, usual account 6695 2000123456 in the bank-details memory) asks
 * for payment into reg. 9570 konto 0012345678. The clerk's mail client shows that account; each encoding below hid it
 * from the scan and the mail was delivered untouched (an independent review's reproductions, stop 49). The same mail
 * with the account written plainly is bank-account-new and quarantined (the baseline).
 */
class EncodingEvasionTest {
    private static final InvoiceConfig CFG = TestFiles.unhurried(InvoiceConfig.parse(Map.of("domains.suppliers",
            "danfoss.dk", "domains.own", "kommune.dk", "names.protected", "Aarhus Kommune")));
    private static final String ACCOUNT = "Reg.nr. 9570 Kontonr. 0012345678";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static InvoiceVerdict fromKnownSupplier(byte[] mail) {
        return new InvoiceInspector(CFG).inspect(new ByteArrayInputStream(mail), Verdicts.of("ip=192.0.2.50;"
                + "mailfrom=bounce@danfoss.dk;spf=pass;dkim=pass:danfoss.dk;dmarc=pass:danfoss.dk:none"), Set.of(),
                TestFiles.usualAccount("danfoss.dk", "6695 2000123456"));
    }

    private static TestMail supplierMail() {
        return TestMail.create().from("Bogholderi <bogholderi@danfoss.dk>").subject("Faktura 5521");
    }

    /** A single-part mail from danfoss.dk with the given part headers and body, bytes as written. */
    private static byte[] rawMail(String partHeaders, String body) {
        return ("From: Bogholderi <bogholderi@danfoss.dk>\r\nSubject: Faktura 5521\r\n"
                + "Date: Mon, 3 Mar 2025 09:14:00 +0100\r\nMIME-Version: 1.0\r\n" + partHeaders + "\r\n\r\n" + body
                + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The new account is seen (and the mail held), or at least the verdict says the inspection is incomplete. */
    private static void assertNewAccountSeen(InvoiceVerdict v) {
        assertThat(v.has(SignalNames.BANK_ACCOUNT_NEW) || v.isError())
                .as("new account hidden by encoding, verdict: %s", v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isNotEqualTo(InvoiceAction.DELIVER);
    }

    // ------------------------------------------------------------------ baselines

    @Test
    void baselinePlainHtmlPdfDocxAndUblAreHeld() throws Exception {
        assertThat(fromKnownSupplier(supplierMail().html("<p>Faktura 5521. Betal til " + ACCOUNT + "</p>").bytes())
                .action()).isEqualTo(InvoiceAction.QUARANTINE);
        assertThat(fromKnownSupplier(rawMail("Content-Type: text/plain; charset=utf-8",
                "Faktura 5521. Betal til " + ACCOUNT)).action()).isEqualTo(InvoiceAction.QUARANTINE);
        assertThat(fromKnownSupplier(pdfMail(TestFiles.pdf(List.of("FAKTURA 5521", "Betales til " + ACCOUNT)))).action())
                .isEqualTo(InvoiceAction.QUARANTINE);
        assertThat(fromKnownSupplier(docxMail("<w:r><w:t>Betales til " + ACCOUNT + "</w:t></w:r>")).action())
                .isEqualTo(InvoiceAction.QUARANTINE);
    }

    // ------------------------------------------------------------------ HTML text as a browser shows it

    @ParameterizedTest(name = "HTML body {0}")
    @ValueSource(strings = {
        // '<' not followed by a letter, '/', '!' or '?' is text (WHATWG HTML §13.2.5.6): not a tag up to the next '>'
        "<p>Faktura 5521 &lt;3. Tak! <3 Betal til Reg.nr. 9570 Kontonr. 0012345678</p>",
        "<p>Faktura 5521, beløb <5000 kr. Betal til Reg.nr. 9570 Kontonr. 0012345678</p>",
        // "<!-->" is a whole (empty) comment, "--!>" ends one (§13.2.5.43/.51)
        "<p>Faktura 5521.<!--> Betal til Reg.nr. 9570 Kontonr. 0012345678 <!-- x --></p>",
        "<p>Faktura 5521.<!-- a --!> Betal til Reg.nr. 9570 Kontonr. 0012345678 <!-- x --></p>",
        // numeric character references: the ';' is optional and leading zeros are allowed (§13.2.5.80)
        "<p>Faktura 5521. Betal til Reg.nr. &#57&#53&#55&#48 Kontonr. &#48&#48&#49&#50&#51&#52&#53&#54&#55&#56 tak</p>",
        "<p>Faktura 5521. Betal til Reg.nr. &#000000057;570 Kontonr. 001234567&#000000056;</p>",
        // invisible characters that are not Unicode format (Cf) characters, and a named reference to one that is
        "<p>Faktura 5521. Betal til Reg.nr. 9570 Kontonr. 00123\u034F45678</p>",   // COMBINING GRAPHEME JOINER (Mn)
        "<p>Faktura 5521. Betal til Reg.nr. 9570 Kontonr. 00123\uFE0E45678</p>",   // VARIATION SELECTOR-15 (Mn)
        "<p>Faktura 5521. Betal til Reg.nr. 9570 Kontonr. 00123&InvisibleTimes;45678</p>", // U+2062, read as " "
        // digits hidden by styles the scan does not recognise
        "<p>Faktura 5521. Betal til Reg.nr. 9570 Kontonr. 00123<span style=\"mso-hide:all\">99</span>45678</p>",
        "<html><head><style>.h{display:none}</style></head><body><p>Faktura 5521. Betal til Reg.nr. 9570 "
                + "Kontonr. 00123<span class=\"h\">99</span>45678</p></body></html>",
        "<p>Faktura 5521. Betal til Reg.nr. 9570 Kontonr. 00123<span style=\"display:/**/none\">99</span>45678</p>",
        "<p>Faktura 5521. Betal til Reg.nr. 9570 Kontonr. 00123<span style=\"display&colon;none\">99</span>45678</p>"})
    void aKnownSuppliersNewAccountInHtmlIsSeenAsTheClerkSeesIt(String html) {
        assertNewAccountSeen(fromKnownSupplier(supplierMail().html(html).bytes()));
    }

    // ------------------------------------------------------------------ text parts: charset, flowed lines, message/global

    @Test
    void aUtf7TextPartIsDecoded() {
        // RFC 2152; Outlook/Exchange decode charset=utf-7. "+ADkANQA3ADA-" is "9570".
        assertNewAccountSeen(fromKnownSupplier(rawMail("Content-Type: text/plain; charset=utf-7",
                "Faktura 5521. Betal til Reg.nr. +ADkANQA3ADA- Kontonr. +ADAAMAAxADIAMwA0ADUANgA3ADg-")));
    }

    @Test
    void aFormatFlowedDelSpLineIsJoined() {
        // RFC 3676 §4.2/§4.5: with DelSp=yes the space before a soft break is deleted when the lines are joined:
        // the reader sees "Kontonr. 0012345678" / "IBAN DK9520000123456789" on one line.
        assertNewAccountSeen(fromKnownSupplier(rawMail("Content-Type: text/plain; charset=utf-8; format=flowed; delsp=yes",
                "Faktura 5521. Betal til Reg.nr. 9570 Kontonr. 00123 \r\n45678")));
    }

    @Test
    void aForwardedMessageGlobalIsReadOrCountedUnread() {
        // RFC 6532 §3.5: message/global is message/rfc822 for internationalised mail; clients show it inline.
        assertNewAccountSeen(fromKnownSupplier(rawMail("Content-Type: message/global",
                "Content-Type: text/plain; charset=utf-8\r\n\r\nFaktura 5521. Betal til " + ACCOUNT)));
    }

    // ------------------------------------------------------------------ documents

    private static byte[] pdfMail(byte[] pdf) {
        return supplierMail().text("Faktura vedhæftet.").attach("application/pdf", "Faktura_5521.pdf", pdf).bytes();
    }

    private static byte[] docxMail(String runs) {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                + "wordprocessingml/2006/main\"><w:body><w:p>" + runs + "</w:p></w:body></w:document>";
        return supplierMail().text("Faktura vedhæftet.").attach(DOCX, "Faktura_5521.docx",
                TestFiles.zip("[Content_Types].xml", "<Types/>", "word/document.xml", xml)).bytes();
    }

    @ParameterizedTest(name = "docx runs {0}")
    @ValueSource(strings = {
        // hidden run (ECMA-376 §17.3.2.41 w:vanish) inside the number
        "<w:r><w:t>Betales til Reg.nr. 9570 Kontonr. 00123</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>99</w:t>"
                + "</w:r><w:r><w:t>45678</w:t></w:r>",
        // CDATA sections are character data (XML 1.0 §2.7)
        "<w:r><w:t>Betales til Reg.nr. <![CDATA[9570]]> Kontonr. <![CDATA[0012345678]]></w:t></w:r>"})
    void aKnownSuppliersNewAccountInAWordDocumentIsSeen(String runs) {
        assertNewAccountSeen(fromKnownSupplier(docxMail(runs)));
    }

    // ------------------------------------------------------------------ uuencoded attachments, base64 in chunks

    /** POSIX uuencode of {@code data} as file {@code name}: "begin 644 name", 45-byte lines, "`", "end". */
    static String uu(byte[] data, String name) {
        StringBuilder b = new StringBuilder("begin 644 ").append(name).append("\r\n");
        for (int off = 0; off < data.length; off += 45) {
            int n = Math.min(45, data.length - off);
            b.append((char) (32 + n));
            for (int i = 0; i < n; i += 3) {
                int b0 = data[off + i] & 0xff;
                int b1 = i + 1 < n ? data[off + i + 1] & 0xff : 0;
                int b2 = i + 2 < n ? data[off + i + 2] & 0xff : 0;
                int[] six = {b0 >> 2, (b0 << 4 | b1 >> 4) & 63, (b1 << 2 | b2 >> 6) & 63, b2 & 63};
                for (int c : six) {
                    b.append(c == 0 ? '`' : (char) (32 + c));
                }
            }
            b.append("\r\n");
        }
        return b.append("`\r\nend\r\n").toString();
    }

    private static final byte[] NEW_ACCOUNT_PDF = TestFiles.pdf(List.of("FAKTURA 5521", "Betales til " + ACCOUNT));

    private static void assertPdfWithNewAccountSeen(InvoiceVerdict v) {
        assertThat(v.has(SignalNames.PDF_ATTACHMENT)).as(v.summary()).isTrue();
        assertThat(v.has(SignalNames.BANK_ACCOUNT_NEW)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.QUARANTINE);
    }

    @Test
    void anInlineUuencodedPdfInATextBodyIsOpened() {
        // Outlook and Thunderbird show a "begin 644 name" ... "end" block in a plain-text body as an attachment
        assertPdfWithNewAccountSeen(fromKnownSupplier(rawMail("Content-Type: text/plain; charset=utf-8",
                "Faktura vedh\u00e6ftet.\r\n\r\n" + uu(NEW_ACCOUNT_PDF, "faktura_5521.pdf") + "\r\nMvh Bogholderiet")));
    }

    @ParameterizedTest(name = "Content-Transfer-Encoding: {0}")
    @ValueSource(strings = {"x-uuencode", "x-uue", "uuencode", "X-UUENCODE"})
    void aUuencodedPdfPartIsOpened(String cte) {
        assertPdfWithNewAccountSeen(fromKnownSupplier(supplierMail().text("Faktura vedh\u00e6ftet.")
                .rawPart("Content-Type: application/pdf; name=\"faktura_5521.pdf\"\r\nContent-Disposition: attachment; "
                        + "filename=\"faktura_5521.pdf\"\r\nContent-Transfer-Encoding: " + cte,
                        uu(NEW_ACCOUNT_PDF, "faktura_5521.pdf")).bytes()));
    }

    @Test
    void aUuencodedPartWithoutATypeIsOpenedByTheNameOnItsBeginLine() {
        assertPdfWithNewAccountSeen(fromKnownSupplier(supplierMail().text("Faktura vedh\u00e6ftet.")
                .rawPart("Content-Type: application/octet-stream\r\nContent-Transfer-Encoding: x-uuencode",
                        uu(NEW_ACCOUNT_PDF, "faktura_5521.pdf")).bytes()));
    }

    @Test
    void aPartLabelledUuencodeWithoutABeginLineIsReadAsItIs() {
        // no "begin" line in its head: not decoded (nothing would be left to read), read as written
        assertNewAccountSeenStrictly(fromKnownSupplier(rawMail("Content-Type: text/plain; charset=utf-8\r\n"
                + "Content-Transfer-Encoding: x-uuencode", "Faktura 5521. Betal til " + ACCOUNT)));
    }

    @Test
    void textBeforeTheBeginLineOfAUuencodedPartIsRead() {
        assertNewAccountSeenStrictly(fromKnownSupplier(rawMail("Content-Type: text/plain; charset=utf-8\r\n"
                + "Content-Transfer-Encoding: x-uuencode", "Faktura 5521. Betal til " + ACCOUNT + "\r\n\r\n"
                + uu("Tak.".getBytes(StandardCharsets.UTF_8), "tak.txt"))));
    }

    /** Base64 chunks each padded and concatenated, as some clients write them: decoding goes on after the '='. */
    private static String chunked(byte[] data, int cut) {
        return TestMail.b64(Arrays.copyOfRange(data, 0, cut)) + "\r\n"
                + TestMail.b64(Arrays.copyOfRange(data, cut, data.length));
    }

    @Test
    void aBase64TextPartWithInnerPaddingIsReadToItsEnd() {
        byte[] body = ("Faktura 5521. Betal til " + ACCOUNT).getBytes(StandardCharsets.UTF_8);
        String b64 = chunked(body, 13); // "Faktura 5521." is 13 bytes: its chunk ends in "="
        assertThat(b64).contains("=\r\n");
        assertNewAccountSeenStrictly(fromKnownSupplier(rawMail("Content-Type: text/plain; charset=utf-8\r\n"
                + "Content-Transfer-Encoding: base64", b64)));
    }

    @Test
    void aBase64PdfWithInnerPaddingIsReadToItsEnd() {
        String b64 = chunked(NEW_ACCOUNT_PDF, 400); // 400 bytes: two pad characters
        assertThat(b64).contains("==\r\n");
        assertPdfWithNewAccountSeen(fromKnownSupplier(supplierMail().text("Faktura vedh\u00e6ftet.")
                .rawPart("Content-Type: application/pdf; name=\"faktura_5521.pdf\"\r\nContent-Transfer-Encoding: base64",
                        b64).bytes()));
    }

    private static void assertNewAccountSeenStrictly(InvoiceVerdict v) {
        assertThat(v.has(SignalNames.BANK_ACCOUNT_NEW)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.QUARANTINE);
    }

    /**
     * A hostile uuencoded body (1 MB of lines, a begin line on every line, one endless begin line) costs linear time:
     * a decoder or a block search that went back over the text would take minutes at this size. The files are no
     * PDFs, so that what is measured is the decoding and the text scan, not PDFBox refusing junk.
     */
    @Test
    void hostileUuencodeCostsLinearTime() {
        String lines = "begin 644 a.bin\r\n" + ("M" + "0".repeat(60) + "\r\n").repeat(16_000);
        String begins = "begin 644 x.bin\r\n".repeat(60_000);
        for (String body : List.of(lines, begins, "begin 644 " + "x".repeat(1_000_000))) {
            long t0 = CpuClock.threadNanos();
            InvoiceVerdict v = fromKnownSupplier(rawMail("Content-Type: text/plain; charset=utf-8", body));
            assertThat((CpuClock.threadNanos() - t0) / 1_000_000).as("milliseconds, " + v.summary()).isLessThan(5_000);
            t0 = CpuClock.threadNanos();
            v = fromKnownSupplier(supplierMail().text("x").rawPart("Content-Type: application/octet-stream\r\n"
                    + "Content-Transfer-Encoding: x-uuencode", body).bytes());
            assertThat((CpuClock.threadNanos() - t0) / 1_000_000).as("milliseconds, " + v.summary()).isLessThan(5_000);
        }
        // the block search is one pass over the text: 20 000 blocks of one line each
        String many = ("begin 644 a.bin\r\n!80``\r\n`\r\nend\r\n").repeat(20_000);
        long t0 = CpuClock.threadNanos();
        InvoiceVerdict v = fromKnownSupplier(rawMail("Content-Type: text/plain; charset=utf-8", many));
        assertThat((CpuClock.threadNanos() - t0) / 1_000_000).as("milliseconds, " + v.summary()).isLessThan(5_000);
        assertThat(v.isError()).as("more than 20 blocks: incomplete, " + v.summary()).isTrue();
    }

    // ------------------------------------------------------------------ look-alike links as a browser reads the href

    private static InvoiceVerdict linkFromKnownSupplier(String href) {
        return fromKnownSupplier(supplierMail().html("<p>Faktura 5521. Betal her: <a href=\"" + href
                + "\">danfoss.dk/betal</a></p>").bytes());
    }

    @Test
    void baselinePlainLookAlikeLinkIsALookAlikeLink() {
        InvoiceVerdict v = linkFromKnownSupplier("https://kommune-faktura.dk/betal");
        assertThat(v.has(SignalNames.LOOKALIKE_LINK)).as(v.summary()).isTrue();
    }

    @ParameterizedTest(name = "href {0}")
    @ValueSource(strings = {
        // character references in an attribute value are decoded before the URL is parsed (WHATWG HTML §13.2.5.38)
        "https://kommune-faktura&#46;dk/betal",
        "https://kommune-faktura&period;dk/betal",
        "https&#58;//kommune-faktura.dk/betal",
        "https&colon;&sol;&sol;kommune-faktura.dk/betal",
        "https://kommune&#x2D;faktura.dk/betal",
        // ASCII tab and newline anywhere in the URL are removed (WHATWG URL §4.4, basic URL parser)
        "https://kommune-\tfaktura.dk/betal",
        "https://kommune-faktura.d\nk/betal",
        "ht\r\ntps://kommune-faktura.dk/betal",
        "  https://kommune-faktura.dk/betal",
        // a backslash is a slash in a special URL, and the slashes after "https:" may be missing or any number
        "https:\\\\kommune-faktura.dk\\betal",
        "https:/\\kommune-faktura.dk/betal",
        "https:kommune-faktura.dk/betal",
        "https:/kommune-faktura.dk/betal",
        "https:///kommune-faktura.dk/betal",
        // IDNA maps U+3002, U+FF0E and U+FF61 to "." and fullwidth letters to ASCII (UTS #46)
        "https://kommune-faktura\u3002dk/betal",
        "https://kommune-faktura\uFF0Edk/betal",
        "https://kommune-faktura\uFF61dk/betal",
        "https://\uFF4Bommune-faktura.dk/betal",
        // upper case and percent-encoded host characters
        "HTTPS://KOMMUNE-FAKTURA.DK/betal",
        "https://kommune-faktura%2Edk/betal",
        "https://%6Bommune-faktura.dk/betal",
        "https://kommune-faktura%E3%80%82dk/betal"})
    void aLookAlikeLinkWrittenAsABrowserReadsItIsALookAlikeLink(String href) {
        InvoiceVerdict v = linkFromKnownSupplier(href);
        assertThat(v.has(SignalNames.LOOKALIKE_LINK)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(linkFromKnownSupplier("https://kommune-faktura.dk/betal")
                .action());
    }

    @Test
    void aLongUserInfoDoesNotTurnOffTheIdnaMappingOfTheHostBehindIt() {
        // the browser drops everything up to the last "@" and maps the host alone (UTS #46): the user-info's length
        // is no reason to read "kommune-faktura\u3002dk" as no host at all
        String href = "https://" + "kmd.dk.".repeat(100) + "@kommune-faktura\u3002dk/betal";
        Set<String> hosts = new java.util.LinkedHashSet<>();
        Links.urlHosts(href, true, hosts, 10);
        assertThat(hosts).containsExactly("kommune-faktura.dk");
        InvoiceVerdict v = linkFromKnownSupplier(href);
        assertThat(v.has(SignalNames.LOOKALIKE_LINK)).as(v.summary()).isTrue();
    }

    @Test
    void aLongUserInfoInAPlainTextLinkDoesNotHideItsHost() {
        // a mail client makes the URL in a text body a link, and the browser goes to the host after the last "@";
        // the raw scan read only the first 506 characters after "://" and found no host in them
        String url = "https://" + "kmd.dk.".repeat(100) + "@kommune-faktura.dk/betal";
        Set<String> hosts = new java.util.LinkedHashSet<>();
        Links.hosts("Betal her: " + url + " senest fredag.", 100_000, hosts, 10);
        assertThat(hosts).containsExactly("kommune-faktura.dk");
        InvoiceVerdict v = fromKnownSupplier(supplierMail().text("Faktura 5521. Betal her: " + url).bytes());
        assertThat(v.has(SignalNames.LOOKALIKE_LINK)).as(v.summary()).isTrue();
    }

    @Test
    void theSuppliersOwnLinksWrittenOddlyAreNoLookAlikes() {
        for (String href : List.of("https:\\\\www.danfoss.dk\\betal", "https&#58;//danfoss&#46;dk/", "https:danfoss.dk",
                "https://www\u3002danfoss\u3002dk/", "mailto:bogholderi@danfoss.dk", "javascript:void(0)")) {
            InvoiceVerdict v = linkFromKnownSupplier(href);
            assertThat(v.has(SignalNames.LOOKALIKE_LINK)).as(href + " " + v.summary()).isFalse();
        }
        Set<String> hosts = new java.util.LinkedHashSet<>();
        Links.hrefHosts("<a HREF = 'https:\\\\kommune-faktura.dk'>x</a><a href=https&colon;kommune-betaling.dk/x>y</a>"
                + "<a href=\"ht\ttps://www.example.org/\">z</a>", 10_000, hosts, 10);
        assertThat(hosts).containsExactly("kommune-faktura.dk", "kommune-betaling.dk", "www.example.org");
    }

    @ParameterizedTest(name = "document link {0}")
    @ValueSource(strings = {"https:\\\\kommune-faktura.dk\\betal", "https:kommune-faktura.dk/betal",
        "ht\ttps://kommune-faktura.dk/betal", "https://kommune-faktura\u3002dk/betal"})
    void aLookAlikeLinkInADocumentWrittenAsABrowserReadsItIsALookAlikeLink(String url) {
        // a PDF link annotation and a Word hyperlink: the reader's browser gets the URL as written
        byte[] pdf = TestFiles.pdf(List.of("FAKTURA 5521", "Betal via linket"),
                new TestFiles.PdfOptions(null, null, url, null, 1));
        InvoiceVerdict v = fromKnownSupplier(supplierMail().text("Faktura vedh\u00e6ftet.")
                .attach("application/pdf", "Faktura_5521.pdf", pdf).bytes());
        assertThat(v.has(SignalNames.LOOKALIKE_LINK)).as("pdf " + v.summary()).isTrue();
        String rels = "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                + "relationships\"><Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
                + "2006/relationships/hyperlink\" Target=\"" + url + "\" TargetMode=\"External\"/></Relationships>";
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                + "wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Faktura 5521. Betal her</w:t></w:r></w:p>"
                + "</w:body></w:document>";
        v = fromKnownSupplier(supplierMail().text("Faktura vedh\u00e6ftet.").attach(DOCX, "Faktura_5521.docx",
                TestFiles.zip("[Content_Types].xml", "<Types/>", "word/document.xml", xml,
                        "word/_rels/document.xml.rels", rels)).bytes());
        assertThat(v.has(SignalNames.LOOKALIKE_LINK)).as("docx " + v.summary()).isTrue();
    }

    /** Hostile href floods and endless values: each character is read a bounded number of times. */
    @Test
    void hostileHrefsCostLinearTime() {
        for (String html : List.of("href=".repeat(1_000_000), ("<a href=\"https:" + "\\".repeat(5_000) + "\">").repeat(200),
                ("<a href=\"https://" + "&#46;".repeat(2_000) + "\">").repeat(200), "href=\"" + "a".repeat(4_000_000))) {
            long t0 = CpuClock.threadNanos();
            Links.hrefHosts(html, html.length(), new java.util.LinkedHashSet<>(), 200);
            assertThat((CpuClock.threadNanos() - t0) / 1_000_000).as("milliseconds").isLessThan(2_000);
        }
    }

    // ------------------------------------------------------------------ part types and headers a client reads otherwise

    private static final String INNER = "From: Bogholderi <bogholderi@danfoss.dk>\r\nSubject: Faktura 5521\r\n"
            + "MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
            + TestMail.b64(("<p>Faktura 5521. Betal til " + ACCOUNT + "</p>").getBytes(StandardCharsets.UTF_8)) + "\r\n";

    @Test
    void aForwardedMessageInBase64IsRead() {
        assertNewAccountSeenStrictly(fromKnownSupplier(supplierMail().text("Se videresendte faktura.")
                .rawPart("Content-Type: message/rfc822\r\nContent-Transfer-Encoding: base64",
                        TestMail.b64(INNER.getBytes(StandardCharsets.UTF_8))).bytes()));
    }

    @Test
    void aForwardedMessageInBase64WithInnerPaddingIsReadToItsEnd() {
        byte[] inner = ("From: Bogholderi <bogholderi@danfoss.dk>\r\nSubject: Faktura 5521\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\n\r\nFaktura 5521.\r\n\r\nBetal til " + ACCOUNT + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
        String b64 = chunked(inner, 91);
        assertThat(b64).contains("=\r\n");
        assertNewAccountSeenStrictly(fromKnownSupplier(supplierMail().text("Se videresendte faktura.")
                .rawPart("Content-Type: message/rfc822\r\nContent-Transfer-Encoding: base64", b64).bytes()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"application/octet-stream", "message/rfc822", "multipart/related"})
    void anMhtAttachmentIsReadAsTheBrowserShowsIt(String type) {
        // a web archive (RFC 2557): its HTML part in base64, as Word and Internet Explorer save it
        String mht = "From: <Saved by Blink>\r\nSubject: Faktura 5521\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/related; type=\"text/html\"; boundary=\"mht0\"\r\n\r\n--mht0\r\n"
                + "Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n"
                + "Content-Location: file:///C:/faktura.htm\r\n\r\n"
                + TestMail.b64(("<html><body><p>Faktura 5521. Betal til " + ACCOUNT + "</p></body></html>")
                        .getBytes(StandardCharsets.UTF_8)) + "\r\n--mht0--\r\n";
        InvoiceVerdict v = fromKnownSupplier(supplierMail().text("Faktura vedh\u00e6ftet.").attach(type,
                "Faktura_5521.mht", mht.getBytes(StandardCharsets.UTF_8)).bytes());
        assertNewAccountSeen(v);
    }

    @Test
    void anXhtmlBodyIsReadAsHtml() {
        String xhtml = "<?xml version=\"1.0\" encoding=\"utf-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body>"
                + "<p>Faktura 5521. Betal til Reg.nr. 9570 Kontonr. 00123<span>45678</span></p></body></html>";
        assertNewAccountSeenStrictly(fromKnownSupplier(rawMail("Content-Type: application/xhtml+xml; charset=utf-8",
                xhtml)));
        assertNewAccountSeenStrictly(fromKnownSupplier(supplierMail().text("Faktura vedh\u00e6ftet.")
                .attach("application/xhtml+xml", "faktura.xhtml", xhtml.getBytes(StandardCharsets.UTF_8)).bytes()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Content-Type: text/plain; charset=us-ascii\r\nContent-Type: text/plain; charset=utf-7",
        "Content-Type: text/plain; charset=utf-7\r\nContent-Type: text/plain; charset=us-ascii"})
    void conflictingContentTypeFieldsAreReadBothWaysOrFailClosed(String headers) {
        // RFC 2045 allows one Content-Type; clients differ in which of two they take
        assertNewAccountSeen(fromKnownSupplier(rawMail(headers,
                "Faktura 5521. Betal til Reg.nr. +ADkANQA3ADA- Kontonr. +ADAAMAAxADIAMwA0ADUANgA3ADg-")));
    }

    @ParameterizedTest(name = "charsets {0}")
    @ValueSource(strings = {"us-ascii,utf-7", "utf-7,us-ascii"})
    void conflictingContentTypeFieldsThatDifferOnlyBeyondTheReadPrefixFailClosed(String charsets) {
        // each field value is read to its first 16 KB: two fields that agree there and differ after it were no conflict
        String pad = "; x-pad=\"" + "a".repeat(17_000) + "\"";
        String[] cs = charsets.split(",");
        assertNewAccountSeen(fromKnownSupplier(rawMail("Content-Type: text/plain" + pad + "; charset=" + cs[0]
                + "\r\nContent-Type: text/plain" + pad + "; charset=" + cs[1],
                "Faktura 5521. Betal til Reg.nr. +ADkANQA3ADA- Kontonr. +ADAAMAAxADIAMwA0ADUANgA3ADg-")));
    }

    @Test
    void conflictingTransferEncodingFieldsFailClosed() {
        String b64 = TestMail.b64(("Faktura 5521. Betal til " + ACCOUNT).getBytes(StandardCharsets.UTF_8));
        assertNewAccountSeen(fromKnownSupplier(rawMail("Content-Type: text/plain; charset=utf-8\r\n"
                + "Content-Transfer-Encoding: 7bit\r\nContent-Transfer-Encoding: base64", b64)));
    }

    @Test
    void repeatedIdenticalContentTypeFieldsAreNoAnomaly() {
        InvoiceVerdict v = fromKnownSupplier(rawMail("Content-Type: text/plain; charset=utf-8\r\n"
                + "Content-Type: text/plain;  charset=\"UTF-8\"", "Faktura 5521. Betal til Reg.nr. 6695 Kontonr. 2000123456"));
        assertThat(v.isError()).as(v.summary()).isFalse();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.DELIVER);
    }

    /** Many long repeated Content-Type fields: each is made canonical once, so the cost stays linear. */
    @Test
    void manyRepeatedContentTypeFieldsCostLinearTime() {
        String field = "Content-Type: text/plain; charset=utf-8; x=\"" + "a".repeat(8_000) + "\"\r\n";
        long t0 = CpuClock.threadNanos();
        InvoiceVerdict v = fromKnownSupplier(rawMail(field.repeat(120).trim(), "Faktura 5521."));
        assertThat((CpuClock.threadNanos() - t0) / 1_000_000).as("milliseconds, " + v.summary()).isLessThan(2_000);
    }

    /** Content fields longer than the read prefix are compared whole: still linear in the header section. */
    @Test
    void manyRepeatedContentTypeFieldsLongerThanTheReadPrefixCostLinearTime() {
        String field = "Content-Type: text/plain; charset=utf-8; x=\"" + "a".repeat(20_000) + "\"\r\n";
        long t0 = CpuClock.threadNanos();
        InvoiceVerdict v = fromKnownSupplier(rawMail(field.repeat(150).trim(), "Faktura 5521."));
        assertThat((CpuClock.threadNanos() - t0) / 1_000_000).as("milliseconds, " + v.summary()).isLessThan(2_000);
        assertThat(v.isError()).as(v.summary()).isFalse();
    }

    /** Many comments: each comment's end is searched up to its own end only, not to the end of the text. */
    @Test
    void manyCommentsCostLinearTime() {
        String html = "<p>Faktura</p>" + "<!-- x -->".repeat(400_000) + "<p>Betal til " + ACCOUNT + "</p>";
        long t0 = CpuClock.threadNanos();
        String text = Html.toText(html, 1_000);
        assertThat((CpuClock.threadNanos() - t0) / 1_000_000).as("milliseconds for 4 MB of comments").isLessThan(2_000);
        assertThat(text).contains("Kontonr. 0012345678");

        // unclosed CSS comments in a style sheet and in style attributes
        String css = "<style>" + "/* x ".repeat(400_000) + "</style>"
                + "<span style=\"" + "/*".repeat(900) + "\">a</span>".repeat(1_000) + "<p>Betal til " + ACCOUNT + "</p>";
        t0 = CpuClock.threadNanos();
        String visible = Html.visibleText(css, 1_000);
        assertThat((CpuClock.threadNanos() - t0) / 1_000_000).as("milliseconds for unclosed CSS comments").isLessThan(2_000);
        assertThat(Html.toText(css, 100_000)).contains("Kontonr. 0012345678");
    }
}
