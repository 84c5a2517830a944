package org.spoofguard.core.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.spoofguard.core.dmarc.DmarcResultCode;
import org.spoofguard.core.dns.DnsAnswer;
import org.spoofguard.core.dns.DnsStatus;
import org.spoofguard.core.dns.DnsType;
import org.spoofguard.core.verdict.SenderAuthenticator;
import org.spoofguard.core.verdict.SenderVerdict;

/**
 * DMARC judges the From domains mime4j's address parser finds (AuthorDomain). A DMARC pass for the forger's own domain
 * must not prove another domain read out of the same field: that would deliver his invoice untouched as the
 * supplier's and teach the bank-details memory his account for the supplier. (The invoice inspection's Addresses read
 * the field on their own until they took DMARC's reading; OneFromReadingTest.)
 */
class ProvenFromDomainTest {
    private static final InvoiceConfig CFG = InvoiceConfig.parse(Map.of("domains.suppliers", "danfoss.dk",
            "domains.own", "aarhus.dk"));

    /** The forger's own domain: SPF names his host, DMARC p=reject; every other name is NXDOMAIN. */
    private static DnsAnswer dns(String name, DnsType type) {
        String n = name.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
        if (type == DnsType.TXT && n.equals("nordic-pay.example")) {
            return DnsAnswer.ok(List.of("v=spf1 ip4:203.0.113.9 -all"));
        }
        if (type == DnsType.TXT && n.equals("_dmarc.nordic-pay.example")) {
            return DnsAnswer.ok(List.of("v=DMARC1; p=reject"));
        }
        return DnsAnswer.of(DnsStatus.NXDOMAIN, "nxdomain");
    }

    @Test
    void aCommentInsideTheAngleBracketsDoesNotTurnTheForgersDmarcPassIntoTheSuppliers() {
        // RFC 5322 §3.4 / §3.2.2: CFWS may stand inside angle-addr; the real address is faktura@nordic-pay.example
        String from = "Danfoss Debitor <(faktura@danfoss.dk>)faktura@nordic-pay.example>";
        byte[] pdf = TestFiles.pdf(List.of("Faktura nr. 2026-118", "Danfoss A/S", "Beloeb: 12.400,00 DKK",
                "Betales til IBAN DK9520000123456789", "Betalingsfrist 14 dage"));
        byte[] mail = TestMail.create().from(from).subject("Faktura 2026-118").text("Hermed faktura for november.")
                .attach("application/pdf", "faktura-2026-118.pdf", pdf).bytes();

        SenderVerdict v = new SenderAuthenticator(ProvenFromDomainTest::dns).authenticate("203.0.113.9",
                "mail.nordic-pay.example", "faktura@nordic-pay.example", new ByteArrayInputStream(mail)).verdict();
        assertThat(v.dmarc().result()).isEqualTo(DmarcResultCode.PASS);
        assertThat(v.dmarc().fromDomain()).isEqualTo("nordic-pay.example");

        SpoofSignals spoof = SpoofSignals.evaluate(v, from, null, null, CFG);
        // whichever domain the inspection names, it is proven only if it is the one DMARC passed
        assertThat(spoof.authenticated() && !spoof.fromDomain().equals("nordic-pay.example"))
                .as("authenticated=%s fromDomain=%s", spoof.authenticated(), spoof.fromDomain()).isFalse();

        InvoiceVerdict verdict = new InvoiceInspector(CFG).inspect(new ByteArrayInputStream(mail), v, Set.of(), null);
        assertThat(verdict.lesson() == null || !verdict.lesson().orgDomain().equals("danfoss.dk"))
                .as("lesson %s, %s", verdict.lesson(), verdict.summary()).isTrue();
        assertThat(verdict.has(SignalNames.AUTHENTICATED_SENDER) && verdict.summary().contains("danfoss.dk"))
                .as(verdict.summary()).isFalse();
        // before: delivered untouched as the supplier's own invoice
        assertThat(verdict.action()).as(verdict.summary()).isNotEqualTo(InvoiceAction.DELIVER);
    }

}
