package org.spoofguard.server.tls;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reloads the TLS certificate when an ACME client (certbot, acme.sh, ...) renews the PEM files, without a restart.
 *
 * <p>Each poll reads both files; when their content changed since the certificate in use, the new pair must stay
 * unchanged for one more poll (an ACME client writes key and chain one after the other), belong together
 * ({@link TlsMaterial#check}) and hold a leaf valid now (an expired backup copied over the live files must not
 * replace a valid certificate) before {@code reload} runs. The checked bytes are first copied to
 * {@code var/tls/active/} ({@link TlsMaterial#activate}), which is what James re-reads: a write by the ACME client
 * after the check cannot reach James unchecked. A pair that does not check out is logged (WARN) and retried; the
 * servers keep the certificate they have. Only new connections get the new certificate.
 */
public final class CertificateWatcher implements AutoCloseable {
    private static final Logger LOGGER = LoggerFactory.getLogger(CertificateWatcher.class);

    /** What to do with a checked new pair: James's WebAdmin {@code POST /servers?reload-certificate} in the launcher. */
    @FunctionalInterface
    public interface Reload {
        void reload() throws Exception;
    }

    private final Path key;
    private final Path chain;
    private final Reload reload;
    private final boolean selfSigned;
    private final Path active;
    private final Clock clock;
    private String inUse;
    private String candidate;
    private ScheduledExecutorService executor;

    /**
     * @param loaded the pair James was started with ({@link TlsSettings#prepared()}): its fingerprint, taken before
     *               James read the files, is the certificate in use, so a renewal while James started (before this
     *               watcher existed) is seen as a change and loaded, not taken as the certificate already served
     */
    public CertificateWatcher(TlsMaterial.Pair loaded, Reload reload) {
        this(loaded, reload, Clock.systemUTC());
    }

    CertificateWatcher(TlsMaterial.Pair loaded, Reload reload, Clock clock) {
        this.key = loaded.key();
        this.chain = loaded.chain();
        this.selfSigned = loaded.selfSigned();
        this.active = loaded.active();
        this.reload = reload;
        this.clock = clock;
        this.inUse = loaded.fingerprint();
    }

    /** Polls every {@code interval} on a daemon thread until {@link #close()}. */
    public CertificateWatcher start(Duration interval) {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "spoofguard-certificate-watcher");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::pollQuietly, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** One poll; true when the certificate was reloaded. */
    public synchronized boolean poll() throws Exception {
        String now = TlsMaterial.fingerprint(key, chain);
        if (now.equals(inUse)) {
            candidate = null;
            return false;
        }
        if (!now.equals(candidate)) {
            candidate = now;
            return false;
        }
        TlsMaterial.Pair pair;
        if (active != null) {
            pair = TlsMaterial.activate(key, chain, selfSigned, active, clock.instant());
        } else {
            // no copy to point James at (a pair not prepared by TlsSettings): at least the same checks
            pair = TlsMaterial.check(key, chain, selfSigned);
            if (!pair.validAt(clock.instant())) {
                throw new GeneralSecurityException(pair.validity() + ", not now; keeping the certificate in use");
            }
        }
        reload.reload();
        // the bytes checked and copied, which may already differ from the files again: then the next polls reload
        inUse = pair.fingerprint();
        candidate = null;
        LOGGER.info("TLS: reloaded {} from {} and {}", pair.describe(), key, chain);
        return true;
    }

    private void pollQuietly() {
        try {
            poll();
        } catch (Exception e) {
            // a pair that does not check out yet, or a reload WebAdmin did not confirm (error, timeout): tried again
            // at the next poll
            LOGGER.warn("TLS: new certificate files {} / {} not used yet (still serving the previous certificate): {}",
                key, chain, e.toString());
        }
    }

    @Override
    public void close() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
