package org.spoofguard.core.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import org.spoofguard.core.CpuClock;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An attached UBL e-invoice's payee (cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:ID) however XML allows it to be
 * written, and after the embedded PDF OIOUBL and Peppol put before it: read with a hardened StAX parser over the whole
 * part, or the inspection is incomplete and the e-invoice earns no credit.
 */
class UblPayeeEvasionTest {
    private static final InvoiceConfig CFG = TestFiles.unhurried(InvoiceConfig.parse(Map.of("domains.suppliers",
            "danfoss.dk", "domains.own", "kommune.dk", "names.protected", "Aarhus Kommune")));
    private static final String NEW = "CY02005001210000001200339001";

    private static InvoiceVerdict fromKnownSupplier(byte[] mail) {
        return new InvoiceInspector(CFG).inspect(new ByteArrayInputStream(mail), Verdicts.of("ip=192.0.2.50;"
                + "mailfrom=bounce@danfoss.dk;spf=pass;dkim=pass:danfoss.dk;dmarc=pass:danfoss.dk:none"), Set.of(),
                TestFiles.usualAccount("danfoss.dk", "6695 2000123456"));
    }

    private static final String UBL = "<?xml version=\"1.0\"?>\n<Invoice xmlns=\"urn:oasis:names:specification:ubl:"
            + "schema:xsd:Invoice-2\" xmlns:cac=\"urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2\" "
            + "xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\"><cbc:ID>77</cbc:ID>%s"
            + "<cac:PaymentMeans><cbc:PaymentMeansCode>31</cbc:PaymentMeansCode><cac:PayeeFinancialAccount>"
            + "%s</cac:PayeeFinancialAccount></cac:PaymentMeans></Invoice>";

    private static byte[] ublMail(String beforePaymentMeans, String payeeId) {
        return ublMail(String.format(UBL, beforePaymentMeans, payeeId));
    }

    private static byte[] ublMail(String xml) {
        return TestMail.create().from("Bogholderi <bogholderi@danfoss.dk>").subject("Faktura 5521")
                .text("E-faktura vedhæftet.").attach("application/xml", "77.xml",
                        xml.getBytes(StandardCharsets.UTF_8)).bytes();
    }

    private static boolean incomplete(InvoiceVerdict v) {
        return v.reasons().stream().anyMatch(r -> r.name().equals(SignalNames.ERROR)
                && r.evidence().startsWith(InvoicePolicy.INCOMPLETE));
    }

    private static boolean credited(InvoiceVerdict v) {
        return v.reasons().stream().anyMatch(r -> r.name().equals(SignalNames.E_INVOICE) && r.weight() < 0);
    }

    @Test
    void baselineAPlainNewPayeeIsQuarantined() {
        InvoiceVerdict v = fromKnownSupplier(ublMail("", "<cbc:ID>" + NEW + "</cbc:ID>"));
        assertThat(v.has(SignalNames.BANK_ACCOUNT_NEW)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.QUARANTINE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<cbc:ID><![CDATA[CY02005001210000001200339001]]></cbc:ID>",
        "<cbc:ID>CY0200500121<!-- ref -->0000001200339001</cbc:ID>",
        "<cbc:ID\n  schemeID=\"IBAN\">CY02005001210000001200339001</cbc:ID>",
        "<cbc:ID\t>CY02005001210000001200339001</cbc:ID>",
        "<cbc:ID>CY0200500121<?pi x?>0000001200339001</cbc:ID>",
        "<b:ID xmlns:b=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\">"
                + "CY02005001210000001200339001</b:ID>"})
    void aUblPayeeWrittenAsXmlAllowsIsRead(String payeeId) {
        InvoiceVerdict v = fromKnownSupplier(ublMail("", payeeId));
        assertThat(v.has(SignalNames.BANK_ACCOUNT_NEW)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.QUARANTINE);
        assertThat(Ubl.payees(String.format(UBL, "", payeeId))).containsExactly(NEW);
    }

    private static final String EMBEDDED = "<cac:AdditionalDocumentReference><cbc:ID>Faktura 77</cbc:ID><cac:Attachment>"
            + "<cbc:EmbeddedDocumentBinaryObject mimeCode=\"application/pdf\" filename=\"77.pdf\">"
            + "JVBERi0xLjQK".repeat(6_000) + "</cbc:EmbeddedDocumentBinaryObject></cac:Attachment>"
            + "</cac:AdditionalDocumentReference>";

    @Test
    void aUblPayeeAfterAnEmbeddedPdfIsRead() {
        InvoiceVerdict v = fromKnownSupplier(ublMail(EMBEDDED, "<cbc:ID>" + NEW + "</cbc:ID>"));
        assertThat(v.has(SignalNames.BANK_ACCOUNT_NEW)).as(v.summary()).isTrue();
        assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.QUARANTINE);
    }

    @Test
    void theUsualAccountAfterAnEmbeddedPdfStaysClean() {
        // reg. 6695 konto 2000123456 the OIOUBL way (branch + ID) and as its IBAN: as before, a clean e-invoice
        String domestic = "<cbc:ID>2000123456</cbc:ID><cac:FinancialInstitutionBranch><cbc:ID>6695</cbc:ID>"
                + "</cac:FinancialInstitutionBranch>";
        String iban = "<cbc:ID>" + BankDetails.danishIban("6695", "2000123456") + "</cbc:ID>";
        for (String payee : new String[] {domestic, iban}) {
            for (String before : new String[] {"", EMBEDDED}) {
                InvoiceVerdict v = fromKnownSupplier(ublMail(before, payee));
                assertThat(v.has(SignalNames.BANK_ACCOUNT_NEW)).as(v.summary()).isFalse();
                assertThat(incomplete(v)).as(v.summary()).isFalse();
                assertThat(credited(v)).as(v.summary()).isTrue();
                assertThat(v.action()).as(v.summary()).isEqualTo(InvoiceAction.DELIVER);
            }
        }
        assertThat(Ubl.payees(String.format(UBL, EMBEDDED, domestic)))
                .containsExactly(BankDetails.danishIban("6695", "2000123456"));
    }

    @Test
    void aUblWithADoctypeIsNeverResolvedAndNotACleanEInvoice() throws Exception {
        java.nio.file.Path secret = java.nio.file.Files.createTempFile("ubl-xxe", ".txt");
        try {
            java.nio.file.Files.writeString(secret, NEW);
            String xxe = String.format(UBL, "", "<cbc:ID>&xxe;</cbc:ID>").replace("<?xml version=\"1.0\"?>\n",
                    "<?xml version=\"1.0\"?>\n<!DOCTYPE Invoice [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n");
            InvoiceVerdict v = fromKnownSupplier(ublMail(xxe));
            // the file was not read: its account is not a payee, and the e-invoice is neither credited nor clean
            assertThat(v.summary()).doesNotContain(BankDetails.mask(NEW));
            assertThat(Ubl.payees(xxe)).isEmpty();
            assertThat(incomplete(v)).as(v.summary()).isTrue();
            assertThat(credited(v)).as(v.summary()).isFalse();
            // an internal subset only (a billion laughs): the same
            String laughs = String.format(UBL, "", "<cbc:ID>&c;</cbc:ID>").replace("<?xml version=\"1.0\"?>\n",
                    "<?xml version=\"1.0\"?>\n<!DOCTYPE Invoice [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;"
                            + "&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>\n");
            InvoiceVerdict w = fromKnownSupplier(ublMail(laughs));
            assertThat(incomplete(w)).as(w.summary()).isTrue();
            assertThat(credited(w)).as(w.summary()).isFalse();
        } finally {
            java.nio.file.Files.deleteIfExists(secret);
        }
    }

    @Test
    void aBrokenOrCutUblIsAnIncompleteInspectionNotACleanEInvoice() {
        String usual = "<cbc:ID>" + BankDetails.danishIban("6695", "2000123456") + "</cbc:ID>";
        for (String xml : new String[] {
                String.format(UBL, "", usual).replace("</cac:PaymentMeans>", ""),    // not well-formed
                String.format(UBL, "", usual).replace("</Invoice>", "")}) {          // cut off
            InvoiceVerdict v = fromKnownSupplier(ublMail(xml));
            assertThat(incomplete(v)).as(v.summary()).isTrue();
            assertThat(credited(v)).as(v.summary()).isFalse();
            assertThat(v.action()).as(v.summary()).isNotEqualTo(InvoiceAction.DELIVER);
        }
    }

    @Test
    void aHugeOrDeepUblStaysBounded() {
        // 10 000 nested elements before the payee: read to a fixed depth, then incomplete, not a clean e-invoice
        String deep = "<cac:X>".repeat(10_000) + "</cac:X>".repeat(10_000);
        long start = CpuClock.threadNanos();
        InvoiceVerdict v = fromKnownSupplier(ublMail(deep, "<cbc:ID>" + NEW + "</cbc:ID>"));
        assertThat(incomplete(v)).as(v.summary()).isTrue();
        assertThat(credited(v)).as(v.summary()).isFalse();
        assertThat(v.action()).as(v.summary()).isNotEqualTo(InvoiceAction.DELIVER);
        // an embedded document larger than the part's budget: the payee behind it is unseen, so incomplete
        String huge = "<cac:AdditionalDocumentReference><cac:Attachment><cbc:EmbeddedDocumentBinaryObject>"
                + "JVBERi0xLjQK".repeat(1_000_000) + "</cbc:EmbeddedDocumentBinaryObject></cac:Attachment>"
                + "</cac:AdditionalDocumentReference>";
        InvoiceVerdict h = fromKnownSupplier(ublMail(huge, "<cbc:ID>" + NEW + "</cbc:ID>"));
        assertThat(h.has(SignalNames.BANK_ACCOUNT_NEW) || incomplete(h)).as(h.summary()).isTrue();
        assertThat(credited(h)).as(h.summary()).isFalse();
        assertThat(h.action()).as(h.summary()).isNotEqualTo(InvoiceAction.DELIVER);
        assertThat((CpuClock.threadNanos() - start) / 1_000_000).as("CPU ms").isLessThan(20_000);
    }
}
