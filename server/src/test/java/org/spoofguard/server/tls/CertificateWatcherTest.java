package org.spoofguard.server.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificateWatcherTest {
    @TempDir
    Path dir;
    Path key;
    Path chain;
    Path renewed;

    @BeforeEach
    void acmeFiles() throws Exception {
        Path first = Files.createDirectories(dir.resolve("first"));
        renewed = Files.createDirectories(dir.resolve("renewed"));
        TlsMaterial.selfSigned(first, "mail-one.test", Clock.systemUTC());
        TlsMaterial.selfSigned(renewed, "mail-two.test", Clock.systemUTC());
        key = Files.copy(first.resolve(TlsMaterial.KEY_FILE), dir.resolve("privkey.pem"));
        chain = Files.copy(first.resolve(TlsMaterial.CHAIN_FILE), dir.resolve("fullchain.pem"));
    }

    private void renew() throws Exception {
        Files.copy(renewed.resolve(TlsMaterial.KEY_FILE), key, StandardCopyOption.REPLACE_EXISTING);
        Files.copy(renewed.resolve(TlsMaterial.CHAIN_FILE), chain, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * The watcher starts after James has started, seconds to minutes after the files were read: a renewal in between
     * was taken as the certificate in use, and the old one was served until the next renewal (or its expiry).
     */
    @Test
    void aRenewalBetweenLoadingAndWatchingIsReloaded() throws Exception {
        TlsMaterial.Pair loaded = TlsMaterial.check(key, chain, false);
        renew();
        AtomicInteger reloads = new AtomicInteger();
        try (CertificateWatcher watcher = new CertificateWatcher(loaded, reloads::incrementAndGet)) {
            assertThat(watcher.poll()).as("first sight of a change: wait one more poll").isFalse();
            assertThat(watcher.poll()).as("stable and matching: reloaded").isTrue();
            assertThat(watcher.poll()).isFalse();
        }
        assertThat(reloads).hasValue(1);
    }

    @Test
    void unchangedFilesAreNotReloaded() throws Exception {
        AtomicInteger reloads = new AtomicInteger();
        try (CertificateWatcher watcher = new CertificateWatcher(TlsMaterial.check(key, chain, false),
                reloads::incrementAndGet)) {
            assertThat(watcher.poll()).isFalse();
            assertThat(watcher.poll()).isFalse();
        }
        assertThat(reloads).hasValue(0);
    }

    /** A failed reload (WebAdmin timed out) is not taken as done: the next poll tries again. */
    @Test
    void aFailedReloadIsTriedAgain() throws Exception {
        TlsMaterial.Pair loaded = TlsMaterial.check(key, chain, false);
        AtomicInteger calls = new AtomicInteger();
        try (CertificateWatcher watcher = new CertificateWatcher(loaded, () -> {
            if (calls.incrementAndGet() == 1) {
                throw new java.net.http.HttpTimeoutException("request timed out");
            }
        })) {
            renew();
            assertThat(watcher.poll()).isFalse();
            assertThatThrownBy(watcher::poll).hasMessageContaining("timed out");
            assertThat(watcher.poll()).isTrue();
        }
        assertThat(calls).hasValue(2);
    }
}
