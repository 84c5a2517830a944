package org.spoofguard.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.cert.X509Certificate;
import java.time.Clock;

import javax.net.ssl.SSLContext;

import org.apache.james.utils.TestIMAPClient;
import org.junit.jupiter.api.Test;
import org.spoofguard.it.support.JamesHarness;
import org.spoofguard.server.Launcher;
import org.spoofguard.server.tls.CertificateWatcher;
import org.spoofguard.server.tls.TlsMaterial;
import org.spoofguard.server.tls.TlsSettings;
import org.spoofguard.testing.smtp.SmtpTestClient;
import org.spoofguard.testing.tls.TestTls;

/**
 * TLS settings that need a server of their own (one James per JVM at a time): PEM files the admin brings
 * (certbot's privkey.pem / fullchain.pem), renewed while the server runs; a key that does not match its
 * certificate; the {@code --no-tls} loopback demo switch. Store-independent: excluded from the PostgreSQL run.
 */
class TlsCertificateIT {
    static final String DOMAIN = TlsIT.DOMAIN;
    static final String ALICE = TlsIT.ALICE;
    static final String PASSWORD = TlsIT.PASSWORD;

    // ---- certificates the admin brings (certbot's PEM files), renewed while running ----

    @Test
    void renewedPemFilesAreServedWithoutRestart() throws Exception {
        Path acme = Files.createTempDirectory("acme-live");
        Path first = Files.createTempDirectory("acme-first");
        Path second = Files.createTempDirectory("acme-second");
        TlsMaterial.selfSigned(first, "mail-one.test", Clock.systemUTC());
        TlsMaterial.selfSigned(second, "mail-two.test", Clock.systemUTC());
        Path key = acme.resolve("privkey.pem");
        Path chain = acme.resolve("fullchain.pem");
        Files.copy(first.resolve(TlsMaterial.KEY_FILE), key);
        Files.copy(first.resolve(TlsMaterial.CHAIN_FILE), chain);
        System.setProperty(TlsSettings.KEY, key.toString());
        System.setProperty(TlsSettings.CHAIN, chain.toString());
        try (JamesHarness own = new JamesHarness()) {
            own.start();
            SSLContext trustFirst = TestTls.trusting(first.resolve(TlsMaterial.CHAIN_FILE));
            SSLContext trustSecond = TestTls.trusting(second.resolve(TlsMaterial.CHAIN_FILE));
            assertThat(TlsIT.peerName(own.submissionsPort(), trustFirst)).isEqualTo("CN=mail-one.test");
            assertThat(Files.exists(own.data().resolve("var/tls/fullchain.pem"))).as("no self-signed pair made").isFalse();

            int webadmin = own.webadminPort();
            try (CertificateWatcher watcher = new CertificateWatcher(TlsSettings.prepared().orElseThrow(),
                    () -> Launcher.reloadCertificates(webadmin))) {
                assertThat(watcher.poll()).as("nothing changed").isFalse();
                // certbot renews: the key first, then the chain
                Files.copy(second.resolve(TlsMaterial.KEY_FILE), key, StandardCopyOption.REPLACE_EXISTING);
                assertThat(watcher.poll()).as("first sight of a change: wait one more poll").isFalse();
                assertThatThrownBy(watcher::poll).as("half-renewed pair is not loaded").hasMessageContaining("does not belong");
                assertThat(TlsIT.peerName(own.submissionsPort(), trustFirst)).isEqualTo("CN=mail-one.test");
                Files.copy(second.resolve(TlsMaterial.CHAIN_FILE), chain, StandardCopyOption.REPLACE_EXISTING);
                assertThat(watcher.poll()).isFalse();
                assertThat(watcher.poll()).as("stable and matching: reloaded").isTrue();
            }
            assertThat(TlsIT.peerName(own.submissionsPort(), trustSecond)).isEqualTo("CN=mail-two.test");
            assertThat(TlsIT.peerName(own.imapsPort(), trustSecond)).isEqualTo("CN=mail-two.test");
            try (SmtpTestClient c = SmtpTestClient.connect(own.smtpPort(), "127.0.0.75")) {
                c.ehlo("mx.sender.example");
                assertThat(c.startTls(trustSecond).code()).isEqualTo(220);
                X509Certificate peer = (X509Certificate) c.tlsSession().orElseThrow().getPeerCertificates()[0];
                assertThat(peer.getSubjectX500Principal().getName()).isEqualTo("CN=mail-two.test");
            }
        } finally {
            System.clearProperty(TlsSettings.KEY);
            System.clearProperty(TlsSettings.CHAIN);
        }
    }

    @Test
    void mismatchedKeyAndCertificateStopTheStartWithAReason() throws Exception {
        Path one = Files.createTempDirectory("pair-one");
        Path two = Files.createTempDirectory("pair-two");
        TlsMaterial.selfSigned(one, "one.test", Clock.systemUTC());
        TlsMaterial.selfSigned(two, "two.test", Clock.systemUTC());
        System.setProperty(TlsSettings.KEY, one.resolve(TlsMaterial.KEY_FILE).toString());
        System.setProperty(TlsSettings.CHAIN, two.resolve(TlsMaterial.CHAIN_FILE).toString());
        try (JamesHarness own = new JamesHarness()) {
            assertThatThrownBy(own::start).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not belong to the first certificate");
        } finally {
            System.clearProperty(TlsSettings.KEY);
            System.clearProperty(TlsSettings.CHAIN);
        }
    }

    // ---- the loopback demo switch ----

    @Test
    void noTlsDemoSwitchKeepsPlainAuthOnLoopback() throws Exception {
        System.setProperty(TlsSettings.ENABLED, "false");
        try (JamesHarness own = new JamesHarness()) {
            own.start();
            own.addDomain(DOMAIN).addUser(ALICE, PASSWORD);
            assertThat(own.submissionsPort()).isEqualTo(-1);
            assertThat(own.imapsPort()).isEqualTo(-1);
            try (SmtpTestClient c = SmtpTestClient.connect(own.submissionPort(), "127.0.0.76")) {
                assertThat(c.ehlo("laptop.example").lines()).doesNotContain("STARTTLS");
                assertThat(c.authPlain(ALICE, PASSWORD).code()).isEqualTo(235);
            }
            try (TestIMAPClient imap = new TestIMAPClient()) {
                imap.connect("127.0.0.1", own.imapPort()).login(ALICE, PASSWORD);
                assertThat(imap.sendCommand("NOOP")).contains("OK");
            }
        } finally {
            System.clearProperty(TlsSettings.ENABLED);
        }
    }
}
