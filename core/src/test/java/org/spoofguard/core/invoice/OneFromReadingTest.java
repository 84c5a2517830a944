package org.spoofguard.core.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spoofguard.core.dmarc.AuthorDomain;

/**
 * "Each rule lives once": the invoice inspection's From address is the one DMARC evaluated (AuthorDomain). Where
 * DMARC reads no single Author Domain (a malformed field, several domains), the invoice inspection reads no From
 * domain either, so nothing it credits, remembers or names rests on a reading DMARC never checked.
 */
class OneFromReadingTest {

    /** The one domain DMARC evaluates for this field, or "" when it evaluates none or several, or found it malformed. */
    private static String dmarcReads(String value) {
        AuthorDomain.Authors a = AuthorDomain.extract(List.of(value));
        return a.domains().size() == 1 && a.error().isEmpty() && !a.exceeded() ? a.domains().get(0) : "";
    }

    private static String invoiceReads(String value) {
        String d = Addresses.parseFirst(value).domain();
        return d.isEmpty() ? "" : Domains.ascii(d);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // RFC 5322 §3.4 / §3.2.2: CFWS inside angle-addr
        "Danfoss Debitor <(faktura@danfoss.dk>)faktura@nordic-pay.example>",
        "Danfoss <faktura(faktura@danfoss.dk)@nordic-pay.example>",
        "Danfoss <faktura@(danfoss.dk)nordic-pay.example>",
        // quoted strings: an address in the display name, a local part holding '@' or '<'
        "\"faktura@danfoss.dk\" <x@nordic-pay.example>",
        "\"faktura@danfoss.dk <\"@nordic-pay.example",
        "\"a@b\"@nordic-pay.example",
        "\"Danfoss\" faktura@danfoss.dk",
        // several mailboxes, groups
        "x@nordic-pay.example, faktura@danfoss.dk",
        "faktura@danfoss.dk, x@nordic-pay.example",
        "Danfoss: faktura@danfoss.dk; x@nordic-pay.example",
        "Danfoss: faktura@danfoss.dk, x@nordic-pay.example;",
        "Undisclosed recipients:;",
        "Danfoss faktura@danfoss.dk: x@nordic-pay.example;",
        // obsolete routes (RFC 5322 §4.4)
        "<@relay.danfoss.dk:faktura@nordic-pay.example>",
        "<@danfoss.dk,@relay.example:faktura@nordic-pay.example>",
        "<faktura@danfoss.dk:x@nordic-pay.example>",
        // encoded words (RFC 2047 §5: never in an addr-spec)
        "=?utf-8?q?faktura=40danfoss.dk?= <x@nordic-pay.example>",
        "=?utf-8?q?faktura=40danfoss.dk?=@nordic-pay.example",
        "=?utf-8?q?Danfoss_=3Cfaktura=40danfoss.dk=3E?= <x@nordic-pay.example>",
        // missing brackets, unbalanced quotes and comments, trailing garbage
        "Danfoss faktura@danfoss.dk",
        "Danfoss <faktura@danfoss.dk",
        "faktura@danfoss.dk>",
        "x@nordic-pay.example <faktura@danfoss.dk>",
        "faktura@danfoss.dk <x@nordic-pay.example>",
        "\"Danfoss <faktura@danfoss.dk>",
        "Danfoss (faktura@danfoss.dk <x@nordic-pay.example>",
        "Danfoss <x@nordic-pay.example> (faktura@danfoss.dk",
        "faktura@danfoss.dk;",
        "<x@nordic-pay.example> faktura@danfoss.dk",
        "<x@nordic-pay.example>>",
        "<x@nordic-pay.example> <faktura@danfoss.dk>",
        "faktura@danfoss .dk",
        "faktura @ danfoss.dk",
        "faktura@danfoss.dk.",
        "faktura@[192.0.2.1]",
        "faktura@localhost",
        "faktura",
        "",
        // 8-bit and IDN domains: A-label and U-label spell one domain
        "faktura@tønder.dk",
        "Tønder Kommune <faktura@TØNDER.DK>",
        "faktura@xn--tnder-vua.dk",
        "faktura@danfoss\u3002dk",
        "x@xn--zz.danfoss.dk",
        "faktura@d\u0430nfoss.dk",
    })
    void theInvoiceInspectionReadsTheFromDmarcEvaluated(String from) {
        assertThat(invoiceReads(from)).as("From: %s (DMARC: %s)", from, AuthorDomain.extract(List.of(from)))
                .isEqualTo(dmarcReads(from));
    }

    @org.junit.jupiter.api.Test
    void aFromLongerThanDmarcParsesIsNoFromForTheInvoiceInspection() {
        String from = "\"" + "Danfoss ".repeat(2100) + "\" <x@nordic-pay.example>";
        assertThat(invoiceReads(from)).isEqualTo(dmarcReads(from));
    }

    private static final InvoiceConfig CFG = InvoiceConfig.parse(java.util.Map.of("domains.suppliers", "danfoss.dk",
            "domains.own", "aarhus.dk"));

    private static byte[] invoice(String from, String replyTo) {
        byte[] pdf = TestFiles.pdf(List.of("Faktura nr. 2026-118", "Danfoss A/S", "Beloeb: 12.400,00 DKK",
                "Betales til IBAN DK9520000123456789", "Betalingsfrist 14 dage"));
        TestMail m = TestMail.create().from(from).subject("Faktura 2026-118").text("Hermed faktura for november.")
                .attach("application/pdf", "faktura-2026-118.pdf", pdf);
        if (replyTo != null) {
            m = m.header("Reply-To", replyTo);
        }
        return m.bytes();
    }

    @org.junit.jupiter.api.Test
    void everyPartOfTheDecisionNamesTheDomainDmarcPassed() {
        // RFC 5322 §3.2.2: a comment may stand inside the angle-addr; the address is faktura@nordic-pay.example
        String from = "Danfoss Debitor <(faktura@danfoss.dk>)faktura@nordic-pay.example>";
        byte[] mail = invoice(from, null);
        org.spoofguard.core.verdict.SenderVerdict v = Verdicts.of("ip=203.0.113.9;mailfrom=faktura@nordic-pay.example;"
                + "spf=pass;dmarc=pass:nordic-pay.example:reject");
        SpoofSignals spoof = SpoofSignals.evaluate(v, from, null, null, CFG);
        assertThat(spoof.fromDomain()).isEqualTo("nordic-pay.example");
        assertThat(spoof.authenticated()).isTrue();
        assertThat(spoof.has(SignalNames.SUPPLIER_DOMAIN_UNAUTHENTICATED)).as(spoof.signals().toString()).isFalse();
        // the console's "release and trust" target (BankTrust) and the bank-details memory's key
        assertThat(SpoofSignals.evaluate(null, from, null, null, CFG, List.of(), "").fromDomain())
                .isEqualTo("nordic-pay.example");
        assertThat(InvoicePolicy.payeeOrganisation(spoof, CFG)).isEqualTo("nordic-pay.example");
        InvoiceVerdict verdict = new InvoiceInspector(CFG).inspect(new java.io.ByteArrayInputStream(mail), v,
                java.util.Set.of(), null);
        assertThat(verdict.reasons()).as(verdict.summary()).noneMatch(r -> r.evidence().contains("From danfoss.dk")
                || r.evidence().contains("supplier domain danfoss.dk"));
        assertThat(verdict.lesson() == null || verdict.lesson().orgDomain().equals("nordic-pay.example"))
                .as("lesson %s", verdict.lesson()).isTrue();
    }

    @org.junit.jupiter.api.Test
    void aFromDmarcFindsMalformedIsCreditedWithNothing() {
        // mime4j finds no address in "x@nordic-pay.example <faktura@danfoss.dk>"; JavaMail and mail programs show
        // faktura@danfoss.dk. DMARC is permerror (danfoss.dk publishes no policy), and the lenient reading took
        // danfoss.dk, whose SPF passed for the envelope: authenticated, a known supplier's mail, its account learned.
        String from = "x@nordic-pay.example <faktura@danfoss.dk>";
        org.spoofguard.core.verdict.SenderVerdict v = Verdicts.of("ip=203.0.113.9;mailfrom=faktura@danfoss.dk;"
                + "spf=pass;dmarc=permerror");
        SpoofSignals spoof = SpoofSignals.evaluate(v, from, null, null, CFG);
        assertThat(spoof.authenticated()).as(spoof.toString()).isFalse();
        assertThat(spoof.fromDomain()).isEmpty();
        assertThat(spoof.has(SignalNames.FROM_MISSING)).isTrue();
        InvoiceVerdict verdict = new InvoiceInspector(CFG).inspect(new java.io.ByteArrayInputStream(invoice(from,
                null)), v, java.util.Set.of(), null);
        assertThat(verdict.lesson()).as(verdict.summary()).isNull();
        assertThat(verdict.has(SignalNames.AUTHENTICATED_SENDER)).as(verdict.summary()).isFalse();
        assertThat(SpoofSignals.evaluate(null, from, null, null, CFG, List.of(), "").fromDomain()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aReplyToIsReadAsTheFromIs() {
        // the known supplier's own, authenticated mailbox; answers go to the free-mail box behind the comment
        String replyTo = "Danfoss Debitor <(debitor@danfoss.dk>)danfoss.debitor@gmail.com>";
        org.spoofguard.core.verdict.SenderVerdict v = Verdicts.of("ip=203.0.113.9;mailfrom=faktura@danfoss.dk;"
                + "spf=pass;dmarc=pass:danfoss.dk:reject");
        SpoofSignals spoof = SpoofSignals.evaluate(v, "faktura@danfoss.dk", replyTo, null, CFG);
        assertThat(spoof.has(SignalNames.REPLY_TO_MISMATCH)).as(spoof.signals().toString()).isTrue();
        // a Reply-To DMARC would find no address in leads wherever a mail program reads it
        SpoofSignals malformed = SpoofSignals.evaluate(v, "faktura@danfoss.dk",
                "danfoss.debitor@gmail.com <debitor@danfoss.dk>", null, CFG);
        assertThat(malformed.has(SignalNames.REPLY_TO_MISMATCH)).as(malformed.signals().toString()).isTrue();
    }

    @org.junit.jupiter.api.Test
    void aFromInInvalidUtf8IsReadAsDmarcReadsIt() {
        // SenderAuthenticator reads a From's bytes as UTF-8 (0xF8 alone is no UTF-8: U+FFFD, no valid domain);
        // the invoice scan kept invalid UTF-8 as Latin-1 and read tønder.dk
        byte[] head = "From: faktura@t".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] rest = "nder.dk\r\nSubject: Faktura\r\n\r\nHermed faktura.\r\n"
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] mail = new byte[head.length + 1 + rest.length];
        System.arraycopy(head, 0, mail, 0, head.length);
        mail[head.length] = (byte) 0xF8;
        System.arraycopy(rest, 0, mail, head.length + 1, rest.length);
        InvoiceSignals s = InvoiceSignals.extract(new java.io.ByteArrayInputStream(mail), CFG);
        String dmarc = dmarcReads(new String(s.from().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
                java.nio.charset.StandardCharsets.UTF_8));
        assertThat(invoiceReads(s.from())).as(s.from()).isEqualTo(dmarc).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aSecondFromFieldLeavesNoSingleFrom() {
        // DMARC evaluates both fields (RFC 7489 §6.6.1); the scan kept the first and credited it alone
        byte[] mail = ("From: x@nordic-pay.example\r\nFrom: Danfoss <faktura@danfoss.dk>\r\nSubject: Faktura\r\n\r\n"
                + "Hermed faktura.\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        InvoiceSignals s = InvoiceSignals.extract(new java.io.ByteArrayInputStream(mail), CFG);
        assertThat(AuthorDomain.extract(List.of("x@nordic-pay.example", "Danfoss <faktura@danfoss.dk>")).domains())
                .hasSize(2);
        assertThat(invoiceReads(s.from())).as(s.from()).isEmpty();
        // the same address twice is still one From
        byte[] twice = ("From: x@nordic-pay.example\r\nFrom: X <x@nordic-pay.example>\r\nSubject: Faktura\r\n\r\n"
                + "Hermed faktura.\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(invoiceReads(InvoiceSignals.extract(new java.io.ByteArrayInputStream(twice), CFG).from()))
                .isEqualTo("nordic-pay.example");
    }
}
