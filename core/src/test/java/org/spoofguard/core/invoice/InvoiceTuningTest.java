package org.spoofguard.core.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.spoofguard.core.verdict.SenderVerdict;

/**
 * The engine changes made while tuning on the corpus's tuning half (docs/invoice.md, "Tuning"): each is a general
 * rule, tested here on its own mails, not on corpus files.
 */
class InvoiceTuningTest {
    private static final InvoiceConfig CFG = InvoiceConfig.parse(Map.of("domains.suppliers", "danfoss.dk",
            "domains.own", "aarhus.dk", "names.protected", "Aarhus Kommune"));
    static final String DANISH = "DK5000400440116243";

    static InvoiceVerdict inspect(byte[] mail, SenderVerdict v, BankMemory memory) {
        return new InvoiceInspector(CFG).inspect(new ByteArrayInputStream(mail), v, Set.of(), memory);
    }

    // ------------------------------------------------------------------ mailing lists (RFC 2919 / RFC 7960)

    static byte[] listPost(String from) {
        return TestMail.create().from(from).subject("[okonomi-net] Faktura med nye bankoplysninger")
                .header("List-Id", "Okonomi-net <okonomi-net.lists.example.dk>")
                .text("Hej alle. Vi har faaet en faktura, hvor leverandoeren beder om betaling til en ny konto: "
                        + "aendrede bankoplysninger, IBAN DK95 2000 0123 4567 89. Hvordan kontrollerer I det?")
                .bytes();
    }

    /** The list's server sent it (SPF pass for the list's bounce address); the author's signature is broken. */
    static SenderVerdict viaList(String author, String policy) {
        return Verdicts.of("ip=192.0.2.40;mailfrom=okonomi-net-bounces@lists.example.dk;spf=pass;dkim=fail:"
                + author + ";dmarc=fail:" + author + ":" + policy);
    }

    @Test
    void aPostThatAListAuthenticatedIsNotAForgeryOfItsAuthor() {
        InvoiceVerdict v = inspect(listPost("Marianne Holt <mh@kl-example.dk>"), viaList("kl-example.dk", "reject"),
                null);
        assertThat(v.has(SignalNames.MAILING_LIST)).as(v.summary()).isTrue();
        assertThat(v.has(SignalNames.DMARC_FAIL)).isFalse();
        assertThat(v.has(SignalNames.FROM_UNAUTHENTICATED)).isFalse();
        assertThat(v.action()).as(v.summary()).isNotEqualTo(InvoiceAction.QUARANTINE);
        assertThat(v.lesson()).isNull();
    }

    @Test
    void aListPostThatOnlyDiscussesADemandIsDeliveredOneThatQuotesAnAccountOrAttachesIsTagged() {
        TestMail discussion = TestMail.create().from("Martin Brandt <mb@indkoeb-example.dk>")
                .subject("[okonomi-net] Faktura for teleskoprens - ukendt leverandoer")
                .header("List-Id", "Okonomi-net <okonomi-net.lists.example.dk>")
                .text("Hej. Et museum fik en faktura for rens af et teleskop med et nyt kontonummer og aendrede "
                        + "bankoplysninger. Deres faste vaerksted kendte ikke til den. Har andre set det?");
        InvoiceVerdict v = inspect(discussion.bytes(), viaList("indkoeb-example.dk", "quarantine"), null);
        assertThat(v.has(SignalNames.MAILING_LIST)).as(v.summary()).isTrue();
        assertThat(v.has(SignalNames.LIST_DISCUSSION)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.DELIVER);
        // the account a clerk could copy, or a document to open, keeps the tag
        InvoiceVerdict quoted = inspect(listPost("Marianne Holt <mh@kl-example.dk>"), viaList("kl-example.dk", "reject"),
                null);
        assertThat(quoted.has(SignalNames.LIST_DISCUSSION)).as(quoted.summary()).isFalse();
        assertThat(quoted.action()).as(quoted.summary()).isEqualTo(InvoiceAction.TAG);
        InvoiceVerdict attached = inspect(discussion.attach("application/pdf", "faktura.pdf",
                TestFiles.pdf(List.of("FAKTURA 118", "Teleskoprens 12.400 kr."))).bytes(),
                viaList("indkoeb-example.dk", "quarantine"), null);
        assertThat(attached.has(SignalNames.LIST_DISCUSSION)).as(attached.summary()).isFalse();
        assertThat(attached.action()).as(attached.summary()).isNotEqualTo(InvoiceAction.DELIVER);
        // the list's footer appended raw to a quoted-printable post ("-- " keeps its blank) is still a discussion;
        // a post whose encoding is broken is no discussion (what the clerk sees is not what was scanned)
        String raw = "From: Martin Brandt <mb@indkoeb-example.dk>\r\nTo: okonomi-net@lists.example.dk\r\n"
                + "Subject: [okonomi-net] Faktura for teleskoprens\r\nList-Id: Okonomi-net <okonomi-net.lists.example.dk>"
                + "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
                + "Content-Transfer-Encoding: quoted-printable\r\n\r\nHej. Et museum fik en faktura med =C3=A6ndrede "
                + "bankoplysninger. Har andre set det?\r\n-- \r\nokonomi-net: indstillinger p=C3=A5 nettet\r\n";
        InvoiceVerdict footer = inspect(raw.getBytes(StandardCharsets.US_ASCII),
                viaList("indkoeb-example.dk", "quarantine"), null);
        assertThat(footer.has(SignalNames.LIST_DISCUSSION)).as(footer.summary()).isTrue();
        InvoiceVerdict broken = inspect(raw.replace("=C3=A6ndrede", "=Q3=A6ndrede").getBytes(StandardCharsets.US_ASCII),
                viaList("indkoeb-example.dk", "quarantine"), null);
        assertThat(broken.has(SignalNames.MIME_MALFORMED)).as(broken.summary()).isTrue();
        assertThat(broken.has(SignalNames.LIST_DISCUSSION)).as(broken.summary()).isFalse();
        // a List-Id nothing authenticated is no list, so no discussion either
        SenderVerdict forged = Verdicts.of("ip=203.0.113.9;mailfrom=x@evil.example;spf=pass;dkim=none;"
                + "dmarc=fail:indkoeb-example.dk:quarantine");
        InvoiceVerdict unproven = inspect(TestMail.create().from("Martin Brandt <mb@indkoeb-example.dk>")
                .subject("[okonomi-net] Faktura for teleskoprens")
                .header("List-Id", "Okonomi-net <okonomi-net.lists.example.dk>")
                .text("Et museum fik en faktura med aendrede bankoplysninger. Har andre set det?").bytes(), forged, null);
        assertThat(unproven.has(SignalNames.LIST_DISCUSSION)).as(unproven.summary()).isFalse();
    }

    @Test
    void aListIdThatNothingAuthenticatedIsJustAHeader() {
        SenderVerdict forged = Verdicts.of("ip=203.0.113.9;mailfrom=x@evil.example;spf=pass;dkim=none;"
                + "dmarc=fail:kl-example.dk:reject");
        InvoiceVerdict v = inspect(listPost("Marianne Holt <mh@kl-example.dk>"), forged, null);
        assertThat(v.has(SignalNames.MAILING_LIST)).isFalse();
        assertThat(v.has(SignalNames.DMARC_FAIL)).as(v.summary()).isTrue();
        assertThat(v.action()).isEqualTo(InvoiceAction.QUARANTINE);
    }

    @Test
    void ourAndOurSuppliersDomainsGetNoListExemption() {
        for (String from : List.of("Danfoss <faktura@danfoss.dk>", "Aarhus Kommune <okonomi@aarhus.dk>")) {
            String domain = from.substring(from.indexOf('@') + 1, from.length() - 1);
            InvoiceVerdict v = inspect(listPost(from), viaList(domain, "reject"), null);
            assertThat(v.has(SignalNames.MAILING_LIST)).as(v.summary()).isFalse();
            assertThat(v.has(SignalNames.DMARC_FAIL)).isTrue();
            assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.QUARANTINE);
        }
    }

    @Test
    void authenticatedListIsReadFromTheListIdAndTheVerdictOnly() {
        SenderVerdict dkimByList = Verdicts.of("ip=192.0.2.40;mailfrom=b@bounce.other.example;spf=none;"
                + "dkim=fail:kl-example.dk,pass:example.dk;dmarc=fail:kl-example.dk:reject");
        assertThat(SpoofSignals.authenticatedList("<okonomi-net.lists.example.dk>", dkimByList, "kl-example.dk"))
                .isEqualTo("example.dk");
        assertThat(SpoofSignals.authenticatedList("<a.lists.elsewhere.dk>", dkimByList, "kl-example.dk")).isEmpty();
        assertThat(SpoofSignals.authenticatedList("", dkimByList, "kl-example.dk")).isEmpty();
        assertThat(SpoofSignals.authenticatedList("<no spaces allowed.example.dk>", dkimByList, "kl-example.dk"))
                .isEmpty();
        // the author's own domain as "list": that is just the author, and DMARC has spoken
        assertThat(SpoofSignals.authenticatedList("<x.example.dk>", dkimByList, "example.dk")).isEmpty();
    }

    // ------------------------------------------------------------------ which mail names a payee

    static final SenderVerdict BANK = Verdicts.of("ip=192.0.2.60;mailfrom=noreply@bankexample.dk;spf=pass;"
            + "dkim=pass:bankexample.dk;dmarc=pass:bankexample.dk:reject");

    @Test
    void aBanksNoticeNamesItsCustomersAccountsNotItsOwn() {
        BankMemory memory = new BankMemory(null);
        memory.learn("bankexample.dk", List.of(DANISH), Instant.parse("2026-09-01T10:00:00Z"));
        byte[] advice = TestMail.create().from("Banken <noreply@bankexample.dk>").subject("Betalingsadvisering")
                .text("Der er indgaaet en betaling paa DKK 125.400,00 fra Aarhus Kommune til Reg.nr. 3000 "
                        + "Kontonr. 4471120398.").bytes();
        InvoiceVerdict v = inspect(advice, BANK, memory);
        assertThat(v.has(SignalNames.BANK_DETAILS)).as(v.summary()).isTrue();
        assertThat(v.has(SignalNames.BANK_ACCOUNT_NEW)).isFalse();
        assertThat(v.action()).isEqualTo(InvoiceAction.DELIVER);
        assertThat(v.lesson()).as("nothing to learn: no payment asked").isNull();

        byte[] invoice = TestMail.create().from("Banken <noreply@bankexample.dk>").subject("Faktura for gebyrer")
                .text("Betal fakturaen til Reg.nr. 3000 Kontonr. 4471120398.").bytes();
        InvoiceVerdict asks = inspect(invoice, BANK, memory);
        assertThat(asks.has(SignalNames.BANK_ACCOUNT_NEW)).as(asks.summary()).isTrue();
    }

    @Test
    void ourOwnColleaguesNeverBecomePayees() {
        SenderVerdict own = Verdicts.of("ip=192.0.2.10;mailfrom=pia@aarhus.dk;spf=pass;dkim=pass:aarhus.dk;"
                + "dmarc=pass:aarhus.dk:reject");
        byte[] fwd = TestMail.create().from("Pia <pia@aarhus.dk>").subject("VS: Faktura 118 fra Danfoss")
                .text("Kan I bogfoere den? Betales til IBAN DK50 0040 0440 1162 43.").bytes();
        InvoiceVerdict first = inspect(fwd, own, null);
        assertThat(first.action()).isEqualTo(InvoiceAction.DELIVER);
        assertThat(first.lesson()).as(first.summary()).isNull();

        BankMemory memory = new BankMemory(null);
        memory.learn("aarhus.dk", List.of(DANISH), Instant.parse("2026-09-01T10:00:00Z")); // an older file
        byte[] newSupplier = TestMail.create().from("Pia <pia@aarhus.dk>").subject("Ny leverandoer oprettet")
                .text("Malerfirma Jensen er oprettet med nye bankoplysninger: Reg.nr. 9180 Kontonr. 0044556677.")
                .bytes();
        InvoiceVerdict v = inspect(newSupplier, own, memory);
        assertThat(v.has(SignalNames.BANK_ACCOUNT_NEW)).as(v.summary()).isFalse();
        assertThat(v.action()).isNotEqualTo(InvoiceAction.QUARANTINE);
    }

    // ------------------------------------------------------------------ display names of authenticated outsiders

    static final SenderVerdict PLATFORM = Verdicts.of("ip=192.0.2.70;mailfrom=noreply@platform.example;spf=pass;"
            + "dkim=pass:platform.example;dmarc=pass:platform.example:reject");

    static byte[] platformInvoice(String name) {
        return TestMail.create().from(name + " <noreply@platform.example>").subject("Faktura 2211")
                .text("Hermed faktura 2211. Se den online.")
                .attach("application/pdf", "faktura-2211.pdf", TestFiles.pdf(List.of("Faktura 2211",
                        "Rengøring af kontorer, oktober", "DKK 900")))
                .bytes();
    }

    @Test
    void theTownsNameInALocalBusinessIsNotOurOrganisation() {
        InvoiceVerdict local = inspect(platformInvoice("Aarhus Rengoering ApS"), PLATFORM, null);
        assertThat(local.has(SignalNames.DISPLAY_NAME_ORGANISATION)).as(local.summary()).isFalse();
        assertThat(local.action()).as(local.summary()).isEqualTo(InvoiceAction.DELIVER);

        // unquoted, "@" in the display name leaves no address DMARC reads (RFC 5322 §3.4: a phrase holds no "@"), so
        // the inspection reads none either (Addresses): no usable From, never delivered
        InvoiceVerdict unquoted = inspect(platformInvoice("okonomi@aarhus.dk"), PLATFORM, null);
        assertThat(unquoted.has(SignalNames.FROM_MISSING)).as(unquoted.summary()).isTrue();
        assertThat(unquoted.action()).isNotEqualTo(InvoiceAction.DELIVER);
        for (String name : List.of("Aarhus Kommune Indkoeb", "\"okonomi@aarhus.dk\"", "Danfoss Debitor")) {
            InvoiceVerdict v = inspect(platformInvoice(name), PLATFORM, null);
            // our own organisation's name is impersonation (fifth round), a supplier's a platform's customer name
            assertThat(v.has(SignalNames.DISPLAY_NAME_ORGANISATION) || v.has(SignalNames.DISPLAY_NAME_ADDRESS)
                    || v.has(SignalNames.DISPLAY_NAME_IMPERSONATION)).as(name + ": " + v.summary()).isTrue();
            assertThat(v.action()).isNotEqualTo(InvoiceAction.DELIVER);
        }
        // without names.protected the bare town name is all we know of our organisation's name: it counts
        InvoiceVerdict unnamed = new InvoiceInspector(InvoiceConfig.parse(Map.of("domains.own", "aarhus.dk")))
                .inspect(new ByteArrayInputStream(platformInvoice("Aarhus Kommune")), PLATFORM, Set.of(), null);
        assertThat(unnamed.has(SignalNames.DISPLAY_NAME_ORGANISATION)).as(unnamed.summary()).isTrue();
        // from free mail or unauthenticated, the bare town name still counts
        SenderVerdict gmail = Verdicts.of("ip=192.0.2.80;mailfrom=x@gmail.com;spf=pass;dkim=pass:gmail.com;"
                + "dmarc=pass:gmail.com:none");
        byte[] free = TestMail.create().from("Aarhus Indkoeb <x@gmail.com>").subject("Faktura").text("Betal").bytes();
        assertThat(inspect(free, gmail, null).has(SignalNames.DISPLAY_NAME_IMPERSONATION)).isTrue();
    }

    // ------------------------------------------------------------------ an invoice packed in an archive

    static byte[] zip(String name, byte[] data) {
        try (ByteArrayOutputStream b = new ByteArrayOutputStream(); ZipOutputStream z = new ZipOutputStream(b)) {
            z.putNextEntry(new ZipEntry(name));
            z.write(data);
            z.closeEntry();
            z.finish();
            return b.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anInvoiceInsideAnArchiveKeepsAnAuthenticatedStrangerInTheScoring() {
        byte[] pdf = TestFiles.pdf(List.of("FAKTURA 4471", "Betales til IBAN DK95 2000 0123 4567 89"));
        byte[] zipped = TestMail.create().from("Fakturaservice <faktura@stranger.example>").subject("Dokumenter")
                .text("Se vedhaeftede faktura.").attach("application/zip", "dokumenter.zip", zip("f4471.pdf", pdf))
                .bytes();
        SenderVerdict auth = Verdicts.of("ip=192.0.2.90;mailfrom=faktura@stranger.example;spf=pass;"
                + "dkim=pass:stranger.example;dmarc=pass:stranger.example:none");
        InvoiceVerdict v = inspect(zipped, auth, null);
        assertThat(v.has(SignalNames.ARCHIVED_INVOICE)).as(v.summary()).isTrue();
        assertThat(v.has(SignalNames.AUTHENTICATED_SENDER)).isFalse();
        assertThat(v.action()).isEqualTo(InvoiceAction.TAG);
        assertThat(v.lesson()).isNull();

        // a ZIP of drawings is not an invoice: no signal, the authenticated sender is left alone
        byte[] drawings = TestMail.create().from("Arkitekt <ida@stranger.example>").subject("Tegninger")
                .text("Her er tegningerne.").attach("application/zip", "tegninger.zip",
                        zip("plan.pdf", TestFiles.pdf(List.of("Plan 1:100", "Stueetage")))).bytes();
        InvoiceVerdict plain = inspect(drawings, auth, null);
        assertThat(plain.has(SignalNames.ARCHIVED_INVOICE)).as(plain.summary()).isFalse();
        assertThat(plain.action()).isEqualTo(InvoiceAction.DELIVER);
    }
}
