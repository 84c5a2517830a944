package org.spoofguard.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.reflect.Field;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoofguard.core.invoice.InvoiceAction;
import org.spoofguard.core.invoice.InvoiceConfig;
import org.spoofguard.core.invoice.InvoiceDecisionCodec;
import org.spoofguard.core.invoice.InvoiceInspector;
import org.spoofguard.james.SpoofGuardAttributes;
import org.spoofguard.james.invoice.InvoiceInspection;

/**
 * "Release and trust this supplier's bank details" (ConsoleServer.trust) in an in-process console. It called
 * InvoiceInspection.trustAccount, which saves bank-details.txt in the background, not trustAccountSaved (what
 * WebAdmin's PUT uses): the console told the admin (and the audit log) "released and trusted" before the trust was
 * on disk, and also when it could never be written; after a crash or restart the account the admin verified by
 * phone was "new" again and the supplier's next genuine invoice was held again.
 */
class ReleaseAndTrustTest {
    static final String KEY = "mail-trust-1";
    static final String MAIL = """
        From: "Danfoss Okonomi" <faktura@danfoss.dk>
        To: kreditor@aarhus.dk
        Subject: Faktura 10234
        Message-ID: <t1@danfoss.dk>
        MIME-Version: 1.0
        Content-Type: text/plain; charset=utf-8

        Kaere kunde

        Faktura 10234 er forfalden. Bemaerk vores nye bankoplysninger: betal venligst til IBAN DK95 2000 0123 4567 89.

        Med venlig hilsen
        Danfoss Okonomi
        """;

    @TempDir
    Path dir;
    InProcessConsole console;
    InvoiceInspection invoices;

    @AfterEach
    void stop() {
        if (console != null) {
            console.close();
        }
        if (invoices != null) {
            invoices.close();
        }
    }

    private void start(File bankFile) throws Exception {
        invoices = new InvoiceInspection(new InvoiceInspector(InvoiceConfig.defaults()), "mx.aarhus.dk", null, Set::of, bankFile);
        console = new InProcessConsole(dir, Map.of());
        Field f = ConsoleServer.class.getDeclaredField("invoices");
        f.setAccessible(true);
        f.set(console.console, invoices);
        console.store(KEY, MAIL, mail -> SpoofGuardAttributes.writeInvoice(mail, new InvoiceDecisionCodec.Carried(
            InvoiceAction.QUARANTINE, "invoice score=70 action=quarantine", List.of("bank-account-new(+40): DK95…6789"), "")));
    }

    private HttpResponse<String> releaseAndTrust() throws Exception {
        String token = console.login();
        String detail = console.get("/held/quarantine/mail?key=" + KEY).body();
        assertThat(detail).as("the offer is shown").contains("id=\"release-trust\"").contains("DK95…6789");
        return console.post("/held/quarantine/act", List.of(Map.entry("csrf", token), Map.entry("action", "trust"),
            Map.entry("key", KEY)));
    }

    /**
     * The background writer is kept busy (it waits for the memory file's lock, as it does behind any other save)
     * while the admin clicks: the console answers "trusted" at once, and the account is not in bank-details.txt.
     */
    @Test
    void whenTheConsoleSaysTrustedTheAccountIsOnDisk() throws Exception {
        File bank = dir.resolve("bank-details.txt").toFile();
        start(bank);
        Field mf = InvoiceInspection.class.getDeclaredField("memoryFile");
        mf.setAccessible(true);
        Object memoryFile = mf.get(invoices);
        CountDownLatch held = new CountDownLatch(1);
        Thread busy = new Thread(() -> {
            synchronized (memoryFile) {
                held.countDown();
                try {
                    Thread.sleep(3000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        busy.start();
        held.await();

        HttpResponse<String> r = releaseAndTrust();
        String onDisk = Files.exists(bank.toPath()) ? Files.readString(bank.toPath()) : "";
        busy.join();

        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location").orElseThrow()).contains("a=trust&n=1&g=0");
        assertThat(console.releases.get()).isEqualTo(1);
        assertThat(onDisk).as("bank-details.txt when the console reported the trust done").contains("DK9520000123456789");
    }

    /** bank-details.txt cannot be written (its directory is a file): the console still reports the trust as done. */
    @Test
    void aTrustThatCannotBeSavedIsNotReportedAsDone() throws Exception {
        Path notADirectory = Files.writeString(dir.resolve("spoofguard"), "x");
        start(notADirectory.resolve("bank-details.txt").toFile());

        HttpResponse<String> r = releaseAndTrust();

        String location = r.headers().firstValue("Location").orElse("");
        assertThat(r.statusCode() == 303 && location.endsWith("?a=trust&n=1&g=0&k=" + KEY))
            .as("the console answered %s %s: 'released and trusted', but the trust is not saved", r.statusCode(), location)
            .isFalse();
    }

    /**
     * A From domain the offer accepted (BankTrust.offer: the organisational domain contains a dot) but the memory
     * refuses (InvoiceInspection.adminDomain: DomainName.configured refuses a label ending in '-'): the button was
     * offered, the click released the mail into the spool, then trustAccount threw, the page was a 500, and the
     * release was in no audit line (HeldMailService.releaseAndTrust appended only after the trust loop).
     */
    @Test
    void aReleaseAndTrustThatCannotTrustIsNotAnUnauditedRelease() throws Exception {
        invoices = new InvoiceInspection(new InvoiceInspector(InvoiceConfig.defaults()), "mx.aarhus.dk", null, Set::of,
            dir.resolve("bank-details.txt").toFile());
        console = new InProcessConsole(dir, Map.of());
        Field f = ConsoleServer.class.getDeclaredField("invoices");
        f.setAccessible(true);
        f.set(console.console, invoices);
        console.store(KEY, MAIL.replace("<faktura@danfoss.dk>", "<faktura@danfoss-.dk>"), mail -> SpoofGuardAttributes.writeInvoice(mail,
            new InvoiceDecisionCodec.Carried(InvoiceAction.QUARANTINE, "invoice score=70 action=quarantine",
                List.of("bank-details(+30): DK95…6789"), "")));

        String token = console.login();
        String detail = console.get("/held/quarantine/mail?key=" + KEY).body();
        HttpResponse<String> r = detail.contains("id=\"release-trust\"")
            ? console.post("/held/quarantine/act", List.of(Map.entry("csrf", token), Map.entry("action", "trust"), Map.entry("key", KEY)))
            : null;

        boolean released = console.releases.get() > 0;
        String audit = Files.exists(console.audit.file()) ? Files.readString(console.audit.file()) : "";
        assertThat(!released || audit.contains(" quarantine " + KEY + " "))
            .as("released (answer %s) but no audit line for %s:%n%s", r == null ? "-" : r.statusCode(), KEY, audit)
            .isTrue();
    }

    /** Not saved: the mail stays released, and the admin (in English and Danish) and the audit log are told. */
    @Test
    void aTrustThatCannotBeSavedKeepsTheReleaseAndSaysSo() throws Exception {
        Path notADirectory = Files.writeString(dir.resolve("spoofguard"), "x");
        start(notADirectory.resolve("bank-details.txt").toFile());

        HttpResponse<String> r = releaseAndTrust();

        assertThat(r.statusCode()).isEqualTo(303);
        String location = r.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("a=trust-unsaved&n=1&g=0");
        assertThat(console.releases.get()).isEqualTo(1);
        assertThat(console.held(KEY)).isFalse();
        List<String> lines = Files.readAllLines(console.audit.file());
        assertThat(lines).filteredOn(l -> l.contains(" release-trust quarantine " + KEY + " ")).singleElement().asString()
            .contains("danfoss.dk").contains("DK95%E2%80%A66789");
        assertThat(lines).filteredOn(l -> l.contains(" trust quarantine " + KEY + " ")).singleElement().asString()
            .contains("released%3B+trust+NOT+saved");
        assertThat(console.get(location).body()).contains("class=\"flash warn\" id=\"flash\"")
            .contains("bank details were NOT saved").doesNotContain("bank details trusted");
        assertThat(console.get(location + "&lang=da").statusCode()).isEqualTo(303);
        assertThat(console.get(location).body()).contains("kontooplysninger blev IKKE gemt");
    }

    /** Saved: the release line is written at once, the trust's result as a line of its own. */
    @Test
    void aSavedTrustIsAuditedAfterTheRelease() throws Exception {
        File bank = dir.resolve("bank-details.txt").toFile();
        start(bank);

        HttpResponse<String> r = releaseAndTrust();

        assertThat(r.headers().firstValue("Location").orElseThrow()).contains("a=trust&n=1&g=0");
        assertThat(Files.readString(bank.toPath())).contains("danfoss.dk\tDK9520000123456789");
        List<AuditLog.Entry> entries = console.audit.all();
        assertThat(entries).extracting(AuditLog.Entry::action).containsSubsequence("release-trust", "trust");
        assertThat(entries.get(entries.size() - 1).detail()).isEqualTo("trusted and saved for danfoss.dk: DK95…6789");
    }
}
