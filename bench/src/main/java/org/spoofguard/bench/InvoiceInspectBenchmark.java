package org.spoofguard.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.spoofguard.core.dkim.DkimResult;
import org.spoofguard.core.dkim.DkimResultCode;
import org.spoofguard.core.dmarc.DmarcPolicy;
import org.spoofguard.core.dmarc.DmarcResult;
import org.spoofguard.core.dmarc.DmarcResultCode;
import org.spoofguard.core.invoice.InvoiceConfig;
import org.spoofguard.core.invoice.InvoiceInspector;
import org.spoofguard.core.invoice.InvoiceVerdict;
import org.spoofguard.core.spf.SpfResult;
import org.spoofguard.core.spf.SpfResultCode;
import org.spoofguard.core.verdict.SenderVerdict;

/**
 * The invoice check of one typical mail, as the spooler runs it ({@link InvoiceInspector#inspect} with the sender
 * verdict recorded at SMTP time: SPF and DMARC pass for the From domain), for three mails held in memory:
 * <ul>
 * <li>{@code plain}: the 4 KB text mail of {@code LoadComparisonIT} (the load whose profile is in bench/README.md);</li>
 * <li>{@code pdf}: a Danish supplier invoice, short text body plus a one-page PDF (IBAN, amount, due date);</li>
 * <li>{@code html}: a newsletter, multipart/alternative text + about 20 KB of HTML with 40 links and images.</li>
 * </ul>
 * Run: {@code java -jar bench/target/benchmarks.jar InvoiceInspect}; {@code java -cp bench/target/benchmarks.jar
 * org.spoofguard.bench.InvoiceInspectBenchmark} prints each mail's verdict (to compare two builds' decisions).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class InvoiceInspectBenchmark {
    @Param({"plain", "pdf", "html"})
    public String mail;

    private InvoiceInspector inspector;
    private byte[] bytes;
    private SenderVerdict verdict;

    @Setup(Level.Trial)
    public void setup() throws IOException {
        inspector = new InvoiceInspector(InvoiceConfig.defaults());
        bytes = mail(mail);
        verdict = passFor(domainOf(mail));
    }

    @Benchmark
    public InvoiceVerdict inspect() {
        return inspector.inspect(new ByteArrayInputStream(bytes), verdict);
    }

    public static void main(String[] args) throws IOException {
        for (String m : List.of("plain", "pdf", "html")) {
            InvoiceVerdict v = new InvoiceInspector(InvoiceConfig.defaults()).inspect(new ByteArrayInputStream(mail(m)),
                passFor(domainOf(m)));
            System.out.println(m + " " + mail(m).length + " bytes: " + v.action().keyword() + " " + v.score() + " "
                + v.invoiceScore() + "/" + v.spoofScore() + " " + v.reasons());
        }
    }

    static String domainOf(String mail) {
        return switch (mail) {
            case "plain" -> "load.example";
            case "pdf" -> "danfoss.dk";
            default -> "kl.dk";
        };
    }

    /** The verdict SenderVerdictHook records for an aligned sender: SPF pass, DKIM pass, DMARC pass (p=reject). */
    static SenderVerdict passFor(String domain) {
        String mailFrom = "bounce@" + domain;
        return new SenderVerdict("198.51.100.7", "mail." + domain, mailFrom,
            new SpfResult(SpfResultCode.PASS, SpfResult.MAILFROM, domain, mailFrom, "bench"),
            new SpfResult(SpfResultCode.NONE, SpfResult.HELO, "mail." + domain, "", "bench"),
            List.of(new DkimResult(DkimResultCode.PASS, domain, "s1", "rsa-sha256", "bench")),
            new DmarcResult(DmarcResultCode.PASS, domain, domain, DmarcPolicy.REJECT, false, false, "bench"));
    }

    static byte[] mail(String kind) throws IOException {
        return switch (kind) {
            case "plain" -> plain();
            case "pdf" -> pdfInvoice();
            case "html" -> newsletter();
            default -> throw new IllegalArgumentException(kind);
        };
    }

    /** The message of LoadComparisonIT. */
    static byte[] plain() {
        StringBuilder text = new StringBuilder("From: Sender <sender@load.example>\r\nTo: load@spoofguard.test\r\n"
            + "Subject: load test\r\nMessage-ID: <load@load.example>\r\n\r\n");
        while (text.length() < 4096) {
            text.append("The quick brown fox jumps over the lazy dog, again and again and again.\r\n");
        }
        return text.toString().getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] pdfInvoice() throws IOException {
        byte[] pdf;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                cs.setLeading(14);
                cs.newLineAtOffset(50, 740);
                for (String line : List.of("Danfoss A/S", "Nordborgvej 81, 6430 Nordborg", "CVR 20165715",
                        "Faktura nr. 2026-118", "Fakturadato 01.12.2026", "Kunde: Aarhus Kommune",
                        "Ventilkomponenter 40 stk a 310,00 DKK", "Beloeb i alt: 12.400,00 DKK inkl. moms",
                        "Betalingsfrist 14 dage netto", "Betales til IBAN DK50 0040 0440 1162 43",
                        "Ved betaling angives fakturanummer")) {
                    cs.showText(line);
                    cs.newLine();
                }
                cs.endText();
            }
            doc.save(out);
            pdf = out.toByteArray();
        }
        StringBuilder m = new StringBuilder("From: Danfoss Debitor <faktura@danfoss.dk>\r\nTo: kreditor@aarhus.dk\r\n"
            + "Subject: Faktura 2026-118 fra Danfoss A/S\r\nDate: Mon, 1 Dec 2026 09:14:00 +0100\r\n"
            + "Message-ID: <2026-118@danfoss.dk>\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
            + "--b1\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
            + "Kære kunde,\r\n\r\nVedhæftet finder I faktura 2026-118 for leverancen i november.\r\n"
            + "Beløbet forfalder til betaling om 14 dage. Spørgsmål til fakturaen kan rettes til debitor@danfoss.dk.\r\n\r\n"
            + "Med venlig hilsen\r\nDanfoss A/S, Debitorbogholderiet\r\n\r\n"
            + "--b1\r\nContent-Type: application/pdf; name=\"Faktura_2026-118.pdf\"\r\n"
            + "Content-Disposition: attachment; filename=\"Faktura_2026-118.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n");
        m.append(Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(pdf));
        m.append("\r\n--b1--\r\n");
        return m.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] newsletter() {
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>"
            + "body{font-family:Arial} .c{color:#333}</style></head><body><table width=\"600\">");
        String[] topics = {"ny vejledning om e-fakturering", "budgetaftale for 2027", "digitalisering i kommunerne",
            "klimaplaner og energi", "ældreområdet", "beskæftigelsesindsatsen", "skoleområdet", "sundhedsreformen"};
        for (int i = 0; i < 40; i++) {
            String topic = topics[i % topics.length];
            String url = "https://click.mailer.kl.dk/t/" + (1000 + i) + "?u=https%3A%2F%2Fwww.kl.dk%2Fnyheder%2F" + i;
            html.append("<tr><td class=\"c\"><h2>Nyhed ").append(i + 1).append(": ").append(topic).append("</h2>")
                .append("<img src=\"https://img.kl.dk/nyhed").append(i).append(".jpg\" alt=\"\" width=\"560\">")
                .append("<p>KL har i dag offentliggjort nyt materiale om ").append(topic)
                .append(". Læs mere om, hvad det betyder for din kommune, og hvordan I kommer i gang.</p>")
                .append("<p><a href=\"").append(url).append("\">Læs hele artiklen</a></p></td></tr>");
            text.append("Nyhed ").append(i + 1).append(": ").append(topic).append("\r\nKL har i dag offentliggjort nyt ")
                .append("materiale om ").append(topic).append(".\r\nLæs mere: ").append(url).append("\r\n\r\n");
        }
        html.append("<tr><td><p>Du modtager dette nyhedsbrev, fordi du er tilmeldt. <a href=\"https://kl.dk/afmeld\">"
            + "Afmeld</a> | <a href=\"https://www.facebook.com/kommunerneslandsforening\">Facebook</a> | "
            + "<a href=\"https://www.linkedin.com/company/kl\">LinkedIn</a></p></td></tr></table></body></html>");
        text.append("Afmeld: https://kl.dk/afmeld\r\n");
        String m = "From: KL Nyhedsbrev <nyhedsbrev@kl.dk>\r\nTo: ledelse@aarhus.dk\r\n"
            + "List-Unsubscribe: <https://kl.dk/afmeld>\r\nList-Id: KL nyheder <nyheder.kl.dk>\r\n"
            + "Subject: Ugens nyheder fra KL\r\nDate: Mon, 1 Dec 2026 09:14:00 +0100\r\nMessage-ID: <n-48@kl.dk>\r\n"
            + "MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=\"alt\"\r\n\r\n"
            + "--alt\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + text
            + "\r\n--alt\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + html
            + "\r\n--alt--\r\n";
        return m.getBytes(StandardCharsets.UTF_8);
    }
}
