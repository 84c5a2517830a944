package org.spoofguard.james.webadmin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.apache.james.metrics.tests.RecordingMetricFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoofguard.core.invoice.InvoiceConfig;
import org.spoofguard.core.invoice.InvoiceInspector;
import org.spoofguard.james.invoice.InvoiceInspection;

import spark.Service;

/**
 * Review (area config): WebAdmin's "trust this account" must not answer 204 for a change that is not on disk.
 */
class BankRoutesTest {
    private static final String IBAN = "DK5000400440116243";

    @TempDir
    Path dir;
    private Service service;

    @AfterEach
    void stop() {
        if (service != null) {
            service.stop();
            service.awaitStop();
        }
    }

    private int start(InvoiceInspection inspection) {
        service = Service.ignite().port(0);
        new InvoiceBankRoutes(inspection).define(service);
        service.init();
        service.awaitInitialization();
        return service.port();
    }

    /**
     * The data directory cannot take the file (read-only, full disk, wrong owner after a restore: here its parent
     * is a regular file). PUT still answers 204 ("trusted"), the failure is only a WARN in the log, and after the
     * next restart the account is unknown again: the admin who phoned the supplier to verify it was told a lie,
     * and the supplier's next invoice is flagged "new account" again. The route must report a 5xx (or the save
     * must happen before the 204).
     */
    @Test
    void aTrustThatCannotBeSavedIsNotAnswered204() throws Exception {
        Path notADirectory = Files.writeString(dir.resolve("var"), "x");
        File bank = notADirectory.resolve("bank-details.txt").toFile();
        InvoiceInspection inspection = new InvoiceInspection(new InvoiceInspector(InvoiceConfig.defaults()), "",
            new RecordingMetricFactory(), Set::of, bank);
        int port = start(inspection);

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + InvoiceBankRoutes.BASE_PATH + "/supplier.dk/accounts/" + IBAN))
            .PUT(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        inspection.close();

        assertThat(response.statusCode())
            .as("204 promised a trust that is on disk; the file %s does not exist", bank)
            .isNotEqualTo(204);
    }

    /** Spark decodes path parameters: a hostile id reaches the parser decoded; it must be a 400, not a 500. */
    @Test
    void hostileIdsGetA4xx() throws Exception {
        InvoiceInspection inspection = new InvoiceInspection(new InvoiceInspector(InvoiceConfig.defaults()),
            new RecordingMetricFactory());
        int port = start(inspection);
        for (String path : new String[] {"/..%2F..%2Fetc/accounts/" + IBAN, "/supplier.dk/accounts/%00",
            "/" + "a.".repeat(3000) + "dk/accounts/" + IBAN, "/t%C3%B8nder.dk/accounts/DK5000400440116244",
            "/xn--.dk/accounts/" + IBAN}) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + InvoiceBankRoutes.BASE_PATH + path))
                .PUT(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path.substring(0, Math.min(60, path.length())) + "... (" + path.length()
                + " chars) -> " + response.body()).isBetween(400, 499);
        }
    }

    private static int put(int port, String rawPath) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + InvoiceBankRoutes.BASE_PATH + rawPath))
            .PUT(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    /**
     * A domain path segment with an encoded line break or tab ("ev%0Ail.dk") is accepted (204): the org-domain
     * fallback keeps what IDNA refuses. The memory file is line- and tab-separated, so the next save writes a
     * broken line; at the next start the whole file is "damaged" and set aside: every supplier account learned
     * over months is forgotten, and each supplier's next genuine invoice is a "new account" again.
     */
    @Test
    void oneBadDomainDoesNotCostTheWholeMemoryAtTheNextStart() throws Exception {
        File bank = dir.resolve("bank-details.txt").toFile();
        InvoiceInspection inspection = new InvoiceInspection(new InvoiceInspector(InvoiceConfig.defaults()), "",
            new RecordingMetricFactory(), Set::of, bank);
        int port = start(inspection);
        assertThat(put(port, "/supplier.dk/accounts/" + IBAN)).isEqualTo(204);
        int hostile = put(port, "/ev%0Ail.dk/accounts/" + IBAN);
        inspection.close();

        InvoiceInspection restarted = new InvoiceInspection(new InvoiceInspector(InvoiceConfig.defaults()), "",
            new RecordingMetricFactory(), Set::of, bank);
        assertThat(restarted.bankMemory().snapshot())
            .as("after PUT of a domain with a line break (answered %d), the restart kept %s", hostile,
                restarted.bankMemory().snapshot().keySet())
            .containsKey("supplier.dk");
    }
}
