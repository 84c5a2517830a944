package org.spoofguard.core.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Precision and recall of "quarantine" on the labelled corpus (spoof = should be quarantined). */
class InvoiceCorpusTest {
    private static final Map<String, Map<String, String>> ENTRIES = new LinkedHashMap<>();
    private static InvoiceInspector inspector;

    @BeforeAll
    static void load() throws IOException {
        Properties p = new Properties();
        try (InputStream in = InvoiceCorpusTest.class.getResourceAsStream("/invoice/corpus/corpus.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, String> cfg = new LinkedHashMap<>();
        for (String k : p.stringPropertyNames()) {
            if (k.startsWith("config.")) {
                cfg.put(k.substring("config.".length()), p.getProperty(k));
            } else {
                ENTRIES.put(k, Verdicts.parse(p.getProperty(k)));
            }
        }
        inspector = new InvoiceInspector(InvoiceConfig.parse(cfg));
    }

    private static InvoiceVerdict run(String file) throws IOException {
        try (InputStream in = InvoiceCorpusTest.class.getResourceAsStream("/invoice/corpus/" + file)) {
            assertThat(in).as(file).isNotNull();
            return inspector.inspect(in, Verdicts.of(ENTRIES.get(file)));
        }
    }

    @Test
    void corpusIsBigEnough() {
        long spoof = ENTRIES.values().stream().filter(m -> m.get("label").equals("spoof")).count();
        long legit = ENTRIES.values().stream().filter(m -> m.get("label").equals("legit")).count();
        assertThat(spoof).isGreaterThanOrEqualTo(12);
        assertThat(legit).isGreaterThanOrEqualTo(12);
    }

    @Test
    void quarantinePrecisionAndRecall() throws IOException {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        List<String> report = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> e : ENTRIES.entrySet()) {
            InvoiceVerdict v = run(e.getKey());
            boolean spoof = e.getValue().get("label").equals("spoof");
            boolean quarantined = v.action() == InvoiceAction.QUARANTINE;
            assertThat(v.isError()).as(e.getKey() + " " + v.summary()).isFalse();
            if (spoof && quarantined) {
                tp++;
            } else if (!spoof && quarantined) {
                fp++;
            } else if (spoof) {
                fn++;
            }
            report.add((spoof == quarantined ? "ok   " : "MISS ") + e.getKey() + " -> " + v.summary());
        }
        report.forEach(System.out::println);
        double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        System.out.printf("quarantine precision=%.3f recall=%.3f (tp=%d fp=%d fn=%d)%n", precision, recall, tp, fp, fn);
        assertThat(precision).as(String.join("\n", report)).isGreaterThanOrEqualTo(0.95);
        assertThat(recall).as(String.join("\n", report)).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void electronicInvoicesOnlyProfileActions() throws IOException {
        // authenticated supplier mailing a PDF invoice: out of channel, tagged, not quarantined
        InvoiceVerdict pdf = run("legit/01-dk-authenticated-supplier-pdf.eml");
        assertThat(pdf.action()).isEqualTo(InvoiceAction.TAG);
        assertThat(pdf.has(SignalNames.OUT_OF_CHANNEL_INVOICE)).isTrue();
        // OIOUBL from an authenticated sender: delivered even with a PDF rendering attached
        InvoiceVerdict ubl = run("legit/02-dk-oioubl-xml.eml");
        assertThat(ubl.action()).as(ubl.summary()).isEqualTo(InvoiceAction.DELIVER);
        assertThat(ubl.has(SignalNames.E_INVOICE)).isTrue();
        assertThat(ubl.has(SignalNames.OUT_OF_CHANNEL_INVOICE)).isFalse();
        assertThat(run("legit/03-en-peppol-bis-xml.eml").action()).isEqualTo(InvoiceAction.DELIVER);
        // ordinary mail that only mentions an invoice
        assertThat(run("legit/05-dk-colleague-mentions-faktura.eml").action()).isEqualTo(InvoiceAction.DELIVER);
    }

    @Test
    void spoofReasonsAreTheExpectedOnes() throws IOException {
        assertThat(run("spoof/01-dk-forged-danfoss-dmarc-fail.eml").reasons()).extracting(Reason::name)
                .contains(SignalNames.DMARC_FAIL, SignalNames.BANK_CHANGE, SignalNames.INVOICE_PDF_TEXT,
                        SignalNames.FOREIGN_IBAN);
        assertThat(run("spoof/03-dk-lookalike-danfos-authenticated.eml").has(SignalNames.LOOKALIKE_DOMAIN)).isTrue();
        assertThat(run("spoof/04-dk-homoglyph-idn-ramboll.eml").has(SignalNames.HOMOGLYPH_DOMAIN)).isTrue();
        assertThat(run("spoof/05-en-embedded-domain-kmd.eml").has(SignalNames.EMBEDDED_DOMAIN)).isTrue();
        assertThat(run("spoof/06-dk-display-name-address-gmail.eml").has(SignalNames.DISPLAY_NAME_ADDRESS)).isTrue();
        assertThat(run("spoof/07-dk-own-domain-from-outside.eml").has(SignalNames.OWN_DOMAIN_UNAUTHENTICATED))
                .isTrue();
        assertThat(run("spoof/08-dk-html-attachment.eml").has(SignalNames.HTML_ATTACHMENT)).isTrue();
        InvoiceVerdict zip = run("spoof/09-dk-zip-with-double-extension.eml");
        assertThat(zip.has(SignalNames.ARCHIVE_ATTACHMENT)).isTrue();
        assertThat(zip.has(SignalNames.DOUBLE_EXTENSION)).isTrue();
        assertThat(run("spoof/10-en-password-zip.eml").has(SignalNames.ENCRYPTED_ARCHIVE)).isTrue();
        assertThat(run("spoof/11-dk-double-extension.eml").has(SignalNames.DOUBLE_EXTENSION)).isTrue();
        assertThat(run("spoof/13-dk-reply-to-freemail.eml").has(SignalNames.REPLY_TO_MISMATCH)).isTrue();
        assertThat(run("spoof/14-en-iso-disk-image.eml").has(SignalNames.DISK_IMAGE)).isTrue();
        assertThat(run("spoof/15-en-pdf-javascript-launch.eml").has(SignalNames.PDF_JAVASCRIPT)).isTrue();
        InvoiceVerdict rfc2231 = run("spoof/16-dk-rfc2231-name-lookalike.eml");
        assertThat(rfc2231.reasons()).extracting(Reason::name)
                .contains(SignalNames.INVOICE_ATTACHMENT_NAME, SignalNames.BANK_CHANGE, SignalNames.EMBEDDED_DOMAIN);
    }

    @Test
    void summaryIsOneAsciiLine() throws IOException {
        for (String file : ENTRIES.keySet()) {
            String s = run(file).summary();
            assertThat(s).doesNotContain("\r", "\n").matches("[\\x20-\\x7e]+");
        }
    }
}
