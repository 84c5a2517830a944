package org.spoofguard.server.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watcher checks the admin's files and then tells James to reload "the files" (WebAdmin
 * reload-certificate re-reads {@code spoofguard.tls.key.url} / {@code .certificates.url}, which point at the admin's
 * own paths). Whatever the ACME client writes between the check and James's read is loaded unchecked: an ACME
 * client that starts the next write (key first, chain after) in that window makes James serve a key that does not
 * belong to the certificate (every handshake fails) until the next stable poll. The same holds at start
 * (TlsSettings.prepare checks, James reads seconds later). What James reads should be a copy of the bytes that were
 * checked (e.g. written atomically to var/tls/active/ and pointed at by the *.url properties).
 */
class CertificateSnapshotTest {
    @TempDir
    Path dir;

    @AfterEach
    void clear() {
        for (String p : List.of(TlsSettings.KEY, TlsSettings.CHAIN, TlsSettings.KEY_URL, TlsSettings.CHAIN_URL, TlsSettings.ENABLED)) {
            System.clearProperty(p);
        }
    }

    @Test
    void whatJamesReadsOnReloadIsThePairThatWasChecked() throws Exception {
        Path one = Files.createDirectories(dir.resolve("one"));
        Path two = Files.createDirectories(dir.resolve("two"));
        Path three = Files.createDirectories(dir.resolve("three"));
        TlsMaterial.selfSigned(one, "mail-one.test", Clock.systemUTC());
        TlsMaterial.selfSigned(two, "mail-two.test", Clock.systemUTC());
        TlsMaterial.selfSigned(three, "mail-three.test", Clock.systemUTC());
        Path live = Files.createDirectories(dir.resolve("live"));
        Path key = Files.copy(one.resolve(TlsMaterial.KEY_FILE), live.resolve("privkey.pem"));
        Path chain = Files.copy(one.resolve(TlsMaterial.CHAIN_FILE), live.resolve("fullchain.pem"));
        System.setProperty(TlsSettings.KEY, key.toString());
        System.setProperty(TlsSettings.CHAIN, chain.toString());
        TlsSettings.prepare(dir.resolve("data"));

        // renewal two, written completely and left alone for a poll interval
        Files.copy(two.resolve(TlsMaterial.KEY_FILE), key, StandardCopyOption.REPLACE_EXISTING);
        Files.copy(two.resolve(TlsMaterial.CHAIN_FILE), chain, StandardCopyOption.REPLACE_EXISTING);

        List<String> jamesLoaded = new ArrayList<>();
        try (CertificateWatcher watcher = new CertificateWatcher(TlsSettings.prepared().orElseThrow(), () -> {
            // the ACME client begins the next renewal: the key is written, the chain not yet ...
            Files.copy(three.resolve(TlsMaterial.KEY_FILE), key, StandardCopyOption.REPLACE_EXISTING);
            // ... while James re-reads the files its configuration names
            Path jamesKey = Path.of(System.getProperty(TlsSettings.KEY_URL).substring("file://".length()));
            Path jamesChain = Path.of(System.getProperty(TlsSettings.CHAIN_URL).substring("file://".length()));
            try {
                TlsMaterial.check(jamesKey, jamesChain, false);
                jamesLoaded.add("a checked pair");
            } catch (Exception e) {
                jamesLoaded.add("an unchecked pair: " + e.getMessage());
            }
        })) {
            assertThat(watcher.poll()).isFalse();
            assertThat(watcher.poll()).isTrue();
        }
        assertThat(jamesLoaded).containsExactly("a checked pair");
    }
}
