package org.spoofguard.server.tls;

import java.nio.file.Path;
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
 * unchanged for one more poll (an ACME client writes key and chain one after the other) and belong together
 * ({@link TlsMaterial#check}) before {@code reload} runs. A pair that does not check out is logged and retried;
 * the servers keep the certificate they have. Only new connections get the new certificate.
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
    private String inUse;
    private String candidate;
    private ScheduledExecutorService executor;

    /**
     * @param loaded the pair James was started with ({@link TlsSettings#prepared()}): its fingerprint, taken before
     *               James read the files, is the certificate in use, so a renewal while James started (before this
     *               watcher existed) is seen as a change and loaded, not taken as the certificate already served
     */
    public CertificateWatcher(TlsMaterial.Pair loaded, Reload reload) {
        this.key = loaded.key();
        this.chain = loaded.chain();
        this.reload = reload;
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
        TlsMaterial.Pair pair = TlsMaterial.check(key, chain, false);
        reload.reload();
        inUse = now;
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
