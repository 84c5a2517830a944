package org.spoofguard.mailets.dkim;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.inject.Singleton;

import org.apache.james.core.Domain;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spoofguard.core.dkim.DkimKeyStore;
import org.spoofguard.core.dkim.DkimSigningConfig;
import org.spoofguard.core.net.DomainName;

/**
 * The signing keys of this server, one per domain, shared by {@link DkimSign} (which starts it with its settings) and
 * {@link DkimKeyOnDomainAdd} (which asks for a domain's key as soon as the domain is added). A domain added on the
 * running server (WebAdmin, {@code --demo}) otherwise got its key only at the next restart or with its first signed
 * mail: its DNS record could not be published before mail went out that receivers cannot verify yet.
 */
@Singleton
public class DkimKeyring {
    private static final Logger LOGGER = LoggerFactory.getLogger(DkimKeyring.class);

    private final Map<String, DkimKeyStore.SigningKey> keys = new ConcurrentHashMap<>();
    private volatile DkimSigningConfig config;
    private volatile DkimKeyStore store;

    /** Signing is on with these settings and keys (DkimSign's start); until then a domain added gets no key here. */
    void start(DkimSigningConfig config, DkimKeyStore store) {
        this.store = store;
        this.config = config;
    }

    /**
     * A domain James's list now holds (its own spelling, a U-label as the admin added it): its key is made under the
     * A-label we sign with, when we sign for it; the autodetected localhost and IP addresses get none. Throws what
     * the key store throws.
     */
    void prepare(Domain domain) {
        DkimSigningConfig c = config;
        Optional<String> name = DomainName.ofDomainList(domain.asString());
        if (c != null && name.isPresent() && c.signs(name.get(), true)) {
            key(name.get());
        }
    }

    /** Called after James added {@code domain}: never throws, a key that cannot be made now is made at first use. */
    public void domainAdded(Domain domain) {
        try {
            prepare(domain);
        } catch (RuntimeException e) {
            LOGGER.error("SpoofGuard DKIM: could not prepare the signing key of the new domain {} (tried again at its first"
                + " signed mail)", domain.asString(), e);
        }
    }

    DkimKeyStore.SigningKey key(String domain) {
        DkimSigningConfig c = config;
        return keys.computeIfAbsent(domain, d -> {
            DkimKeyStore.SigningKey k = store.loadOrCreate(d, c.selector(), c.algorithm(), c.rsaBits());
            if (k.created()) {
                LOGGER.warn("SpoofGuard DKIM: created a new {} signing key for {} in {} (mode 600). Publish this DNS TXT "
                    + "record, or receivers cannot verify our mail: {} IN TXT \"{}\"  (bin/spoofguard-posture {} prints it too)",
                    k.algorithm().tag(), d, k.file(), k.dnsName(), k.txtRecord(), d);
            } else {
                LOGGER.info("SpoofGuard DKIM: signing mail from {} with {} ({}, key {})", d, k.dnsName(), k.algorithm().tag(), k.file());
            }
            return k;
        });
    }
}
