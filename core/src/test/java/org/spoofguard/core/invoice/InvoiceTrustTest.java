package org.spoofguard.core.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoofguard.core.verdict.SenderVerdict;

/**
 * Issue 11, items 1-3: authenticated invoice mail without risk is left alone, our domains come from the server,
 * and the bank-details memory turns "known supplier, new account" into a strong, explained signal.
 */
class InvoiceTrustTest {
    static final String OLD = "DK5000400440116243";
    static final String NEW = "DK9520000123456789";
    private static final InvoiceConfig CFG = InvoiceConfig.parse(Map.of("domains.suppliers", "danfoss.dk",
            "domains.own", "aarhus.dk"));
    private static final InvoiceConfig EIO = CFG.withProfile(InvoiceProfile.ELECTRONIC_INVOICES_ONLY);
    static final SenderVerdict DMARC_PASS = Verdicts.of(
            "ip=198.51.100.7;mailfrom=faktura@danfoss.dk;spf=pass;dkim=pass:danfoss.dk;dmarc=pass:danfoss.dk:reject");
    /** Forwarded without SRS: SPF fails at our MX, the supplier's DKIM signature still verifies; no DMARC record. */
    static final SenderVerdict FORWARDED_DKIM = Verdicts.of(
            "ip=192.0.2.55;mailfrom=faktura@danfoss.dk;spf=fail;dkim=pass:danfoss.dk;dmarc=none");
    static final SenderVerdict FORGED = Verdicts.of(
            "ip=203.0.113.9;mailfrom=faktura@danfoss.dk;spf=fail;dkim=none;dmarc=fail:danfoss.dk:reject");

    static byte[] invoice(String iban, String extraText) {
        byte[] pdf = TestFiles.pdf(List.of("Faktura nr. 2026-118", "Danfoss A/S", "Beloeb: 12.400,00 DKK",
                "Betales til IBAN " + iban, "Betalingsfrist 14 dage"));
        return TestMail.create().from("Danfoss Debitor <faktura@danfoss.dk>").subject("Faktura 2026-118")
                .text("Hermed faktura for november. " + extraText)
                .attach("application/pdf", "faktura-2026-118.pdf", pdf).bytes();
    }

    static InvoiceVerdict inspect(InvoiceConfig cfg, byte[] mail, SenderVerdict v, BankMemory memory,
                                  Set<String> local) {
        return new InvoiceInspector(cfg).inspect(new ByteArrayInputStream(mail), v, local, memory);
    }

    // ------------------------------------------------------------------ 1. precision on authenticated mail

    @Test
    void genuineDmarcPassingSupplierInvoiceWithPdfIsDeliveredUntouchedInStandard() {
        for (SenderVerdict v : List.of(DMARC_PASS, FORWARDED_DKIM)) {
            InvoiceVerdict verdict = inspect(CFG, invoice(OLD, ""), v, null, Set.of());
            assertThat(verdict.action()).as(verdict.summary()).isEqualTo(InvoiceAction.DELIVER);
            assertThat(verdict.has(SignalNames.AUTHENTICATED_SENDER)).isTrue();
            assertThat(verdict.has(SignalNames.INVOICE_PDF_TEXT)).as("still inspected").isTrue();
            assertThat(verdict.lesson()).isEqualTo(new InvoiceVerdict.Lesson("danfoss.dk", List.of(OLD)));
        }
    }

    @Test
    void electronicInvoicesOnlyTagsTheSameMailAsOutOfChannelOnly() {
        InvoiceVerdict verdict = inspect(EIO, invoice(OLD, ""), DMARC_PASS, null, Set.of());
        assertThat(verdict.action()).isEqualTo(InvoiceAction.TAG);
        assertThat(verdict.has(SignalNames.OUT_OF_CHANNEL_INVOICE)).isTrue();
        assertThat(verdict.has(SignalNames.AUTHENTICATED_SENDER)).isTrue();
    }

    @Test
    void anAuthenticatedMailWithARiskIsScoredAsUsualAndTeachesNothing() {
        InvoiceVerdict change = inspect(CFG, invoice(OLD, "Bemaerk: vi har nyt kontonummer."), DMARC_PASS, null,
                Set.of());
        assertThat(change.has(SignalNames.BANK_CHANGE)).isTrue();
        assertThat(change.action()).isEqualTo(InvoiceAction.TAG);
        assertThat(change.has(SignalNames.AUTHENTICATED_SENDER)).isFalse();
        assertThat(change.lesson()).isNull();

        byte[] js = TestMail.create().from("Danfoss <faktura@danfoss.dk>").subject("Faktura 7").text("Se vedhaeftet")
                .attach("application/pdf", "faktura.pdf", TestFiles.pdf(List.of("Faktura 7"),
                        new TestFiles.PdfOptions("app.alert(1)", null, null, null, 1))).bytes();
        InvoiceVerdict active = inspect(CFG, js, DMARC_PASS, null, Set.of());
        assertThat(active.has(SignalNames.PDF_JAVASCRIPT)).isTrue();
        assertThat(active.action()).isNotEqualTo(InvoiceAction.DELIVER);
    }

    @Test
    void unauthenticatedMailNeverTeachesTheMemory() {
        InvoiceVerdict v = inspect(CFG, invoice(OLD, ""), FORGED, null, Set.of());
        assertThat(v.action()).isEqualTo(InvoiceAction.QUARANTINE);
        assertThat(v.lesson()).isNull();
        assertThat(inspect(CFG, invoice(OLD, ""), Verdicts.of("ip=192.0.2.1;mailfrom=x@danfoss.dk;spf=none;"
                + "dkim=none;dmarc=none"), null, Set.of()).lesson()).isNull();
    }

    // ------------------------------------------------------------------ 2. defaults

    @Test
    void serverLocalDomainsAreOurDomainsWithoutAnyInvoiceSetting() {
        byte[] mail = TestMail.create().from("Aarhus Kommune <okonomi@aarhus-kommune.dk>").subject("Faktura")
                .text("Betal venligst").attach("application/pdf", "faktura.pdf", TestFiles.pdf(List.of("Faktura")))
                .bytes();
        SenderVerdict v = Verdicts.of("ip=203.0.113.9;mailfrom=x@aarhus-kommune.dk;spf=none;dkim=none;dmarc=none");
        InvoiceVerdict without = inspect(InvoiceConfig.defaults(), mail, v, null, Set.of());
        assertThat(without.has(SignalNames.EMBEDDED_DOMAIN)).isFalse();
        InvoiceVerdict with = inspect(InvoiceConfig.defaults(), mail, v, null, Set.of("aarhus.dk"));
        assertThat(with.has(SignalNames.EMBEDDED_DOMAIN)).as(with.summary()).isTrue();
        assertThat(with.action()).isEqualTo(InvoiceAction.QUARANTINE);
    }

    @Test
    void suppliersLearnedFromTheMemoryAreKnownSuppliers() {
        BankMemory memory = new BankMemory(null);
        memory.learn("danfoss.dk", List.of(OLD), Instant.parse("2026-01-05T10:00:00Z"));
        memory.learn("danfoss.dk", List.of(OLD), Instant.parse("2026-02-05T10:00:00Z"));
        SenderVerdict forged = Verdicts.of("ip=203.0.113.9;mailfrom=x@danfoss.dk;spf=none;dkim=none;dmarc=none");
        InvoiceVerdict v = inspect(InvoiceConfig.defaults(), invoice(OLD, ""), forged, memory, Set.of());
        assertThat(v.has(SignalNames.SUPPLIER_DOMAIN_UNAUTHENTICATED)).as(v.summary()).isTrue();
        byte[] lookalike = TestMail.create().from("Danfoss <faktura@danfosss.dk>").subject("Faktura").text("x")
                .bytes();
        assertThat(inspect(InvoiceConfig.defaults(), lookalike, forged, memory, Set.of())
                .has(SignalNames.LOOKALIKE_DOMAIN)).isTrue();
    }

    @Test
    void aFullMemoryOfLearnedSuppliersProtectsEachOfThemInLinksToo() {
        BankMemory memory = new BankMemory(null);
        Instant t = Instant.parse("2026-01-05T10:00:00Z");
        for (int i = 0; i < InvoiceConfig.BankLimits.defaults().domains() - 1; i++) {
            memory.learn("leverandoer" + i + ".dk", List.of(OLD), t);
            memory.learn("leverandoer" + i + ".dk", List.of(OLD), t.plusSeconds(60));
        }
        memory.learn("danfoss.dk", List.of(OLD), t);
        memory.learn("danfoss.dk", List.of(OLD), t.plusSeconds(60));
        StringBuilder html = new StringBuilder("<p>Se fakturaen her:</p>");
        for (int i = 0; i < 40; i++) {
            html.append("<a href=\"https://cdn").append(i).append(".example.org/x\">").append(i).append("</a>");
        }
        html.append("<a href=\"https://danfosss.dk/betal\">betal</a>");
        byte[] mail = TestMail.create().from("Nyhed <info@example.org>").subject("Faktura").html(html.toString())
                .bytes();
        InvoiceVerdict v = inspect(InvoiceConfig.defaults(), mail, Verdicts.of(
                "ip=192.0.2.1;mailfrom=x@example.org;spf=pass;dkim=none;dmarc=pass:example.org:none"), memory, Set.of());
        // 40 decoy links do not hide the look-alike
        assertThat(v.reasons()).filteredOn(r -> r.name().equals(SignalNames.LOOKALIKE_LINK))
                .extracting(Reason::evidence).singleElement().asString().contains("danfosss.dk imitates danfoss.dk");
    }

    // ------------------------------------------------------------------ 3. bank-details memory

    @Test
    void knownSupplierAskingForANewAccountIsQuarantinedWithBothAccountsMasked() {
        BankMemory memory = new BankMemory(null);
        InvoiceVerdict first = inspect(CFG, invoice(OLD, ""), DMARC_PASS, memory, Set.of());
        memory.learn(first.lesson().orgDomain(), first.lesson().ids(), Instant.parse("2026-01-05T10:00:00Z"));
        // the same account again: untouched, and a known account (reg.nr. + kontonr. form) is the same account
        InvoiceVerdict again = inspect(CFG, invoice("0040 0440 1162 43 (Reg. 0040 konto 0440116243)", ""),
                DMARC_PASS, memory, Set.of());
        assertThat(again.action()).isEqualTo(InvoiceAction.DELIVER);
        assertThat(again.has(SignalNames.BANK_ACCOUNT_NEW)).isFalse();

        for (SenderVerdict v : List.of(DMARC_PASS, FORGED)) {
            InvoiceVerdict changed = inspect(CFG, invoice(NEW, ""), v, memory, Set.of());
            assertThat(changed.action()).as(changed.summary()).isEqualTo(InvoiceAction.QUARANTINE);
            Reason r = changed.reasons().stream().filter(x -> x.name().equals(SignalNames.BANK_ACCOUNT_NEW))
                    .findFirst().orElseThrow();
            assertThat(r.evidence()).startsWith("DK50…6243 → DK95…6789").contains("danfoss.dk")
                    .doesNotContain(OLD).doesNotContain(NEW);
            assertThat(changed.lesson()).isNull();
        }
    }

    @Test
    void aKnownSuppliersAnswerThatItsAccountIsUnchangedAboveTheQuotedFraudIsTaggedNotHeld() {
        // the clerk asked "have you changed bank?"; the supplier answers above the fraudster's mail it quotes
        BankMemory memory = new BankMemory(null);
        memory.learn("danfoss.dk", List.of(OLD), Instant.parse("2026-01-05T10:00:00Z"));
        String quoted = "\n\n-----Oprindelig meddelelse-----\nFra: Lise Madsen <lima@aarhus.dk>\nSendt: 3. marts 2026"
                + "\nEmne: Ny bank?\n\nVi har faaet en mail om, at I har faaet ny bank, og at faktura 118 skal betales"
                + " til IBAN DK95 2000 0123 4567 89. Er det korrekt?";
        for (String answer : List.of("Nej, vi har ikke skiftet bank. Betal som altid til reg. 0040 konto 0440116243.",
                "Det er ikke os. Vi har samme konto som altid.")) {
            byte[] mail = TestMail.create().from("Danfoss Debitor <faktura@danfoss.dk>").subject("SV: Ny bank?")
                    .text(answer + quoted).bytes();
            InvoiceVerdict v = inspect(CFG, mail, DMARC_PASS, memory, Set.of());
            assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.TAG);
            Reason r = v.reasons().stream().filter(x -> x.name().equals(SignalNames.BANK_ACCOUNT_NEW)).findFirst()
                    .orElseThrow();
            assertThat(r.weight()).isZero();
            assertThat(r.evidence()).contains("quotes");
            assertThat(v.lesson()).as("the quoted account is never learned").isNull();
        }
        // the same words above a new account of its own, or with a document to pay, are the fraud itself
        byte[] own = TestMail.create().from("Danfoss Debitor <faktura@danfoss.dk>").subject("SV: Faktura 118")
                .text("Vores konto er uaendret, men faktura 118 bedes betalt til IBAN DK95 2000 0123 4567 89." + quoted)
                .bytes();
        assertThat(inspect(CFG, own, DMARC_PASS, memory, Set.of()).action()).isEqualTo(InvoiceAction.QUARANTINE);
        byte[] withPdf = TestMail.create().from("Danfoss Debitor <faktura@danfoss.dk>").subject("SV: Ny bank?")
                .text("Vi har samme konto som altid." + quoted)
                .attach("application/pdf", "faktura-118.pdf", TestFiles.pdf(List.of("Faktura 118", "Betales til IBAN "
                        + "DK95 2000 0123 4567 89"))).bytes();
        assertThat(inspect(CFG, withPdf, DMARC_PASS, memory, Set.of()).action()).isEqualTo(InvoiceAction.QUARANTINE);
        // and from a forger the answer proves nothing
        byte[] forged = TestMail.create().from("Danfoss Debitor <faktura@danfoss.dk>").subject("SV: Ny bank?")
                .text("Vi har samme konto som altid." + quoted).bytes();
        assertThat(inspect(CFG, forged, FORGED, memory, Set.of()).action()).isEqualTo(InvoiceAction.QUARANTINE);
    }

    @Test
    void aForeignIbanFromASenderWhoseHistoryIsDanishIsASignalOfItsOwn() {
        BankMemory memory = new BankMemory(null);
        memory.learn("danfoss.dk", List.of(OLD), Instant.parse("2026-01-05T10:00:00Z"));
        InvoiceVerdict v = inspect(CFG, invoice("DE89 3704 0044 0532 0130 00", ""), DMARC_PASS, memory, Set.of());
        assertThat(v.has(SignalNames.BANK_ACCOUNT_NEW)).isTrue();
        assertThat(v.has(SignalNames.BANK_COUNTRY_NEW)).isTrue();
        // without a Danish history there is nothing to compare with
        BankMemory german = new BankMemory(null);
        german.learn("danfoss.dk", List.of("DE89370400440532013000"), Instant.now());
        assertThat(inspect(CFG, invoice("DE89 3704 0044 0532 0130 00", ""), DMARC_PASS, german, Set.of())
                .action()).isEqualTo(InvoiceAction.DELIVER);
    }

    @Test
    void memoryCountsBoundsAndTrust() {
        BankMemory m = new BankMemory(new InvoiceConfig.BankLimits(2, 2));
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        m.learn("a.dk", List.of(OLD), t0);
        m.learn("a.dk", List.of(OLD), t0.plusSeconds(60));
        assertThat(m.accounts("a.dk")).containsExactly(new BankMemory.Account(OLD, t0, t0.plusSeconds(60), 2));
        m.learn("a.dk", List.of(NEW), t0.plusSeconds(120));
        m.learn("a.dk", List.of("DK6530000006789012"), t0.plusSeconds(180));
        assertThat(m.accounts("a.dk")).extracting(BankMemory.Account::id)
                .containsExactlyInAnyOrder(NEW, "DK6530000006789012");
        m.learn("b.dk", List.of(OLD), t0);
        m.learn("c.dk", List.of(OLD), t0);
        assertThat(m.domains()).as("one clean mail: compared with, but no protected name yet").isEmpty();
        m.learn("b.dk", List.of(OLD), t0.plusSeconds(30));
        assertThat(m.domains()).containsExactly("b.dk");
        assertThat(m.trust("c.dk", "3000 6789012", t0.plusSeconds(1))).isTrue();
        assertThat(m.domains()).as("an admin's trust establishes the account").containsExactlyInAnyOrder("b.dk", "c.dk");
        assertThat(m.accounts("c.dk")).extracting(BankMemory.Account::id).containsExactly(OLD, "DK6530000006789012");
        assertThat(m.trust("c.dk", "FI+71:12345678", t0.plusSeconds(2))).isTrue();
        assertThat(m.accounts("c.dk")).extracting(BankMemory.Account::id).as("least recently seen forgotten")
                .containsExactly("DK6530000006789012", "FI+71:12345678");
        assertThatThrownBy(() -> m.trust("c.dk", "DK00 1234", t0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(m.forget("c.dk", "FI+71:12345678")).isTrue();
        assertThat(m.forget("c.dk", "FI+71:12345678")).isFalse();
        assertThat(BankMemory.canonical("dk50 0040 0440 1162 43")).isEqualTo(OLD);
        assertThat(BankMemory.canonical("0040-0440116243")).isEqualTo(OLD);
        assertThat(BankMemory.canonical("DK51 0040 0440 1162 43")).isEmpty();
    }

    @Test
    void aVersionOneFileReadsAsVouchedAndAVouchedAccountIsNeverDemoted() {
        Instant t = Instant.parse("2026-03-01T08:00:00Z");
        BankMemory v1 = BankMemory.parse("# SpoofGuard bank-details memory v1: domain, identifier, first seen, last seen,"
                + " count\ndanfoss.dk\t" + OLD + "\t" + t + "\t" + t + "\t3\n", null);
        assertThat(v1.domains()).containsExactly("danfoss.dk");
        v1.learn("danfoss.dk", List.of(OLD), t.plusSeconds(60), true);
        assertThat(v1.accounts("danfoss.dk")).singleElement().satisfies(a -> {
            assertThat(a.provisional()).isFalse();
            assertThat(a.count()).isEqualTo(4);
        });
        assertThatThrownBy(() -> BankMemory.parse(BankMemory.HEADER + "\ndanfoss.dk\t" + OLD + "\t" + t + "\t" + t
                + "\t3\tmaybe\n", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2");
    }

    @Test
    void memoryFileRoundTripsAndADamagedLineIsLeftOut(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("var/spoofguard/bank-details.txt");
        BankMemoryFile file = new BankMemoryFile(f, null);
        assertThat(file.load().ok()).isTrue();
        assertThat(file.load().memory().size()).isZero();
        BankMemory m = new BankMemory(null);
        Instant t = Instant.parse("2026-03-01T08:00:00Z");
        m.learn("danfoss.dk", List.of(OLD, "FI+71:12345678"), t);
        m.learn("danfoss.dk", List.of(OLD), t.plusSeconds(1));
        m.learn("kmd.dk", List.of(NEW), t.plusSeconds(5));
        m.learn("kmd.dk", List.of(NEW), t.plusSeconds(6));
        m.learn("nordisk-kontor.dk", List.of("SE4550000000058398257466"), t.plusSeconds(9), true);
        m.learn("nordisk-kontor.dk", List.of("SE4550000000058398257466"), t.plusSeconds(10), true);
        file.save(m);
        BankMemoryFile.Loaded back = file.load();
        assertThat(back.ok()).isTrue();
        assertThat(back.memory().snapshot()).isEqualTo(m.snapshot());
        assertThat(back.memory().format()).isEqualTo(m.format());
        assertThat(back.memory().domains()).as("a provisional account stays provisional across a restart")
                .containsExactlyInAnyOrder("danfoss.dk", "kmd.dk");
        assertThat(back.memory().accounts("nordisk-kontor.dk")).singleElement()
                .satisfies(a -> assertThat(a.provisional()).isTrue());

        Files.writeString(f, m.format() + "danfoss.dk\tnot-an-iban\t2026\tx\t1\n", StandardCharsets.UTF_8);
        BankMemoryFile.Loaded broken = file.load();
        assertThat(broken.ok()).isFalse();
        assertThat(broken.problem()).contains("line 6").contains("copied to");
        // the damaged line costs that line only (BankMemoryDamagedLineTest)
        assertThat(broken.memory().snapshot()).isEqualTo(m.snapshot());
        assertThat(Files.exists(f)).isTrue();
        try (var s = Files.list(f.getParent())) {
            assertThat(s.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("bank-details.txt.corrupt-"));
        }
    }
}
