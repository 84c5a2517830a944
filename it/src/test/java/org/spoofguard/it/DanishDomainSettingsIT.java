package org.spoofguard.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spoofguard.it.support.JamesHarness;
import org.spoofguard.it.support.SmtpSender;
import org.spoofguard.testing.dns.LoopbackDnsServer;

/**
 * A Danish municipality whose domain has an ø (tønder.dk, A-label xn--tnder-vua.dk) writes it as it is spelt in
 * spoofguard.properties. Before, {@code invoice.domains.own=tønder.dk} and {@code dkim.domains=tønder.dk} stopped
 * James at start; now every domain setting reads it by the one rule (DomainName.configured), and mail forging the
 * A-label From is caught as our own domain used from outside unauthenticated.
 */
class DanishDomainSettingsIT {
    static final String DOMAIN = "aarhus.dk";
    static final String PASSWORD = "secret";
    static final String QUARANTINE = "file://var/mail/quarantine/";
    static final String FORGER_IP = "127.0.0.62";

    static LoopbackDnsServer dns;
    static JamesHarness james;

    @BeforeAll
    static void start() throws Exception {
        dns = LoopbackDnsServer.start();
        dns.addZone("dk.", "$TTL 300\n");
        james = new JamesHarness().dns(dns)
            .property("invoice.domains.own", "tønder.dk")
            .property("dkim.domains", "TØNDER.DK. " + DOMAIN)
            .patch("mailetcontainer.xml", xml -> xml.replace("<postmaster>postmaster</postmaster>",
                "<postmaster>postmaster@" + DOMAIN + "</postmaster>"))
            .start();
        james.addDomain(DOMAIN);
        james.addUser("postmaster@" + DOMAIN, PASSWORD);
        james.addUser("kreditor@" + DOMAIN, PASSWORD);
    }

    @AfterAll
    static void stop() throws Exception {
        if (james != null) {
            james.close();
        }
        if (dns != null) {
            dns.close();
        }
    }

    static List<String> quarantineKeys() {
        return james.repositoryKeys(QUARANTINE);
    }

    @Test
    void anInvoiceForgingTheALabelOfOurUnicodeDomainIsHeldAsOurOwnDomainUnauthenticated() throws Exception {
        String rcpt = "kreditor@" + DOMAIN;
        String from = "faktura@xn--tnder-vua.dk";
        SmtpSender.from(FORGER_IP, "mail.example.net").sendAccepted(james.smtpPort(), from, rcpt,
            InvoiceBankDetailsIT.invoice(from, rcpt, "4711", "DK95 2000 0123 4567 89", false));
        await().atMost(Duration.ofSeconds(30)).until(() -> quarantineKeys().size() == 1);
        String details = james.heldMailDetails(QUARANTINE, quarantineKeys().get(0), "attributes");
        assertThat(details).contains("own-domain-unauthenticated");
    }
}
