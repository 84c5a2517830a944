package org.spoofguard.server.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watcher checks only that the new key belongs to the new certificate. A "renewal" that is in fact
 * an expired certificate (an old backup copied over the live files, a stale archive link) replaces the valid
 * certificate in use: every client that verifies (submission and IMAP users; senders enforcing the domain's MTA-STS,
 * docs/tls.md) then refuses the server until someone notices. A new pair whose leaf is expired (or not yet valid)
 * should be logged and skipped like a mismatched pair, keeping the certificate in use.
 */
class ExpiredRenewalTest {
    @TempDir
    Path dir;

    @Test
    void anExpiredCertificateDoesNotReplaceAValidOne() throws Exception {
        Path valid = Files.createDirectories(dir.resolve("valid"));
        Path expired = Files.createDirectories(dir.resolve("expired"));
        TlsMaterial.selfSigned(valid, "mx.example.org", Clock.systemUTC());
        // made 900 days ago with the 825-day validity: expired 75 days ago
        TlsMaterial.selfSigned(expired, "mx.example.org",
            Clock.fixed(Instant.now().minus(Duration.ofDays(900)), ZoneOffset.UTC));
        Path key = Files.copy(valid.resolve(TlsMaterial.KEY_FILE), dir.resolve("privkey.pem"));
        Path chain = Files.copy(valid.resolve(TlsMaterial.CHAIN_FILE), dir.resolve("fullchain.pem"));
        TlsMaterial.Pair loaded = TlsMaterial.check(key, chain, false);

        Files.copy(expired.resolve(TlsMaterial.KEY_FILE), key, StandardCopyOption.REPLACE_EXISTING);
        Files.copy(expired.resolve(TlsMaterial.CHAIN_FILE), chain, StandardCopyOption.REPLACE_EXISTING);
        AtomicInteger reloads = new AtomicInteger();
        try (CertificateWatcher watcher = new CertificateWatcher(loaded, reloads::incrementAndGet)) {
            for (int i = 0; i < 3; i++) {
                try {
                    watcher.poll();
                } catch (Exception refused) {
                    // logged and retried by the real watcher: fine
                }
            }
        }
        assertThat(reloads).as("reloads of an expired certificate").hasValue(0);
    }
}
