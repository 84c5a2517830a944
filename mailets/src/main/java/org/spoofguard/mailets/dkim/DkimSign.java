package org.spoofguard.mailets.dkim;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.inject.Inject;
import javax.mail.Address;
import javax.mail.MessagingException;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeMessage;

import org.apache.james.core.Domain;
import org.apache.james.domainlist.api.DomainList;
import org.apache.james.filesystem.api.FileSystem;
import org.apache.james.metrics.api.MetricFactory;
import org.apache.james.server.core.MimeMessageWrapper;
import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMailet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spoofguard.core.config.Bilingual;
import org.spoofguard.core.dkim.DkimKeyStore;
import org.spoofguard.core.dkim.DkimSigner;
import org.spoofguard.core.dkim.DkimSigningConfig;
import org.spoofguard.core.domain.OrganizationalDomain;
import org.spoofguard.core.net.DomainName;
import org.spoofguard.core.verdict.SenderVerdict;
import org.spoofguard.core.verdict.VerdictRecord;
import org.spoofguard.james.MailBounceInputs;
import org.spoofguard.james.MailetParameters;
import org.spoofguard.james.SpoofGuardAttributes;
import org.spoofguard.james.SpoofGuardSettings;

/**
 * DKIM-signs (RFC 6376; Ed25519 per RFC 8463) outgoing mail whose From header is in one of our domains, with
 * {@code d=} the From domain so the signature is DMARC-aligned (RFC 7489 §3.1.1): a receiver can then tell
 * our mail from a forgery even where SPF breaks (forwarding). Place it right before RemoteDelivery, after
 * every header edit (a later edit of a signed header breaks the signature).
 *
 * <p>Settings: {@code dkim.*} in {@code spoofguard.properties} (docs/dkim-signing.md); no mailet parameters
 * besides James's standard ones. Keys live under the data directory ({@code dkim.keyDirectory}); a missing
 * key pair is generated at start for every local domain signed, and for a domain added later when it is added
 * ({@link DkimKeyOnDomainAdd}; else at its first signed mail); the log says where it is and which TXT record to
 * publish.
 *
 * <p>We only vouch for mail we know to be ours: submitted with SMTP AUTH or from an authorised network, made
 * by James itself (notices, DSNs: no sender verdict), or, for mail that came in from outside and is forwarded
 * (an alias to a remote address), only when its own sender verdict says DMARC pass for its From domain. A
 * forgery of our domain that arrives from outside and leaves again through a forward is NOT signed: a DKIM
 * signature of ours would make it pass DMARC everywhere.
 *
 * <p>A mail that cannot be signed (key unreadable) goes out unsigned, logged and counted: a missing signature
 * costs less than a lost mail, and never makes a forgery pass anything.
 */
public class DkimSign extends GenericMailet {
    public static final String METRIC_SIGNED = "spoofguard_dkim_signed";
    public static final String METRIC_FAILED = "spoofguard_dkim_sign_failed";
    public static final String METRIC_NOT_VOUCHED = "spoofguard_dkim_not_vouched";
    private static final Logger LOGGER = LoggerFactory.getLogger(DkimSign.class);

    private final SpoofGuardSettings settings;
    private final FileSystem fileSystem;
    private final DomainList domains;
    private final MetricFactory metrics;
    private final DkimKeyring keyring;
    private DkimSigningConfig config;

    @Inject
    public DkimSign(SpoofGuardSettings settings, FileSystem fileSystem, DomainList domains, MetricFactory metrics,
                    DkimKeyring keyring) {
        this.settings = settings;
        this.fileSystem = fileSystem;
        this.domains = domains;
        this.metrics = metrics;
        this.keyring = keyring;
    }

    @Override
    public void init() throws MessagingException {
        MailetParameters.requireKnown(getMailetConfig(), Set.of());
        try {
            config = DkimSigningConfig.parse(settings.section("dkim."));
        } catch (IllegalArgumentException e) {
            throw new MessagingException(Bilingual.prefixed(SpoofGuardSettings.FILE + ".properties: ", e.getMessage()));
        }
        if (!config.enabled()) {
            LOGGER.info("SpoofGuard DKIM: signing is off (dkim.enabled=false)");
            return;
        }
        Path dir;
        try {
            dir = fileSystem.getFile("file://" + config.keyDirectory()).toPath();
        } catch (IOException e) {
            throw new MessagingException("SpoofGuard DKIM: cannot resolve dkim.keyDirectory " + config.keyDirectory(), e);
        }
        // started before the loop: a domain added meanwhile (WebAdmin) gets its key from DkimKeyOnDomainAdd
        keyring.start(config, new DkimKeyStore(dir));
        try {
            for (Domain d : domains.getDomains()) {
                keyring.prepare(d);
            }
        } catch (DkimKeyStore.UnreadableKeyException e) {
            // An empty or cut-short key file (a crash right after the first start, its record maybe published from
            // the log) stops the start: a new key would fail every receiver's check, and unsigned mail from a domain
            // whose DMARC counts on our signature could be rejected; only the admin knows which key was published.
            throw new MessagingException("SpoofGuard DKIM: " + e.getMessage(), e);
        } catch (Exception e) {
            // Any other problem (a key directory that cannot be written) must not stop James: those mails go out
            // unsigned, and the log says why.
            LOGGER.error("SpoofGuard DKIM: could not prepare signing keys in {}", dir, e);
        }
    }

    @Override
    public void service(Mail mail) throws MessagingException {
        if (!config.enabled()) {
            return;
        }
        MimeMessage message = mail.getMessage();
        Optional<String> domain = fromDomain(message);
        if (domain.isEmpty() || !config.signs(domain.get(), isLocal(domain.get()))) {
            return;
        }
        if (!vouchedFor(mail, domain.get())) {
            metrics.generate(METRIC_NOT_VOUCHED).increment();
            LOGGER.info("SpoofGuard DKIM: {} From {} came from outside unauthenticated: not signed", mail.getName(), domain.get());
            return;
        }
        try {
            DkimKeyStore.SigningKey key = keyring.key(domain.get());
            if (alreadySigned(message, key)) {
                return;
            }
            // Let JavaMail add what it adds on save (Message-ID, MIME-Version) BEFORE signing, so the bytes
            // RemoteDelivery sends are the bytes we signed.
            message.saveChanges();
            if (!(message instanceof MimeMessageWrapper)) {
                // A plain JavaMail message (made by some mailet) would get a NEW Message-ID at the next save,
                // breaking the signature: James's own kind keeps it. Its copy spills to a temp file past a small
                // threshold and is deleted with the mail, so a big mail is not held in heap once more.
                mail.setMessage(new MimeMessageWrapper(message));
                message = mail.getMessage();
            }
            // The signer reads what writeTo writes (the bytes that go on the wire), streaming: only the header
            // section is held, never the body (every outgoing mail passes here; copies of 50 MB mails add up).
            DkimSigner.SigningStream signing = key.signer().signingStream();
            message.writeTo(signing);
            String field = signing.signatureField();
            // James's own messages keep their Message-ID on save and stream the unchanged body
            message.addHeader("DKIM-Signature", field.substring("DKIM-Signature: ".length(), field.length() - 2));
            message.saveChanges();
            metrics.generate(METRIC_SIGNED).increment();
        } catch (Exception e) {
            metrics.generate(METRIC_FAILED).increment();
            LOGGER.warn("SpoofGuard DKIM: {} goes out UNSIGNED: {}", mail.getName(), e.toString(), e);
        }
    }

    private boolean isLocal(String domain) {
        // James's domain list holds the spelling the admin added: an A-label From is ours under either spelling
        for (String spelling : new LinkedHashSet<>(List.of(domain, DomainName.unicode(domain).orElse(domain)))) {
            try {
                if (getMailetContext().isLocalServer(Domain.of(spelling))) {
                    return true;
                }
            } catch (RuntimeException e) {
                // not even a valid domain name: certainly not one of ours
            }
        }
        return false;
    }

    private boolean vouchedFor(Mail mail, String domain) {
        if (!MailBounceInputs.submittedBy(mail, settings.authservId()).isEmpty()) {
            return true;
        }
        // no record: made here (notices, DSNs); a record whose checks did not finish vouches for nothing. A DMARC
        // pass vouches only for the Author Domain DMARC evaluated (RFC 7489 §3.1): should this mailet's reading of
        // From (JavaMail) ever name our domain where DMARC's (mime4j) named the forger's passing one, his pass must
        // not buy him our signature.
        Optional<VerdictRecord> record = SpoofGuardAttributes.read(mail);
        return record.map(r -> r.complete() && r.verdict().fromDomainAuthenticated()
                && OrganizationalDomain.strictAligned(r.verdict().dmarc().fromDomain(), domain))
            .orElse(true);
    }

    /** Exactly one From address (RFC 5322 §3.6.2 with one author); anything else is not ours to vouch for. */
    static Optional<String> fromDomain(MimeMessage message) {
        try {
            Address[] from = message.getFrom();
            if (from == null || from.length != 1 || !(from[0] instanceof InternetAddress a) || a.getAddress() == null) {
                return Optional.empty();
            }
            // compared with dkim.domains and the key files: the same normal form (A-label, lower case)
            return DomainName.domainOf(a.getAddress());
        } catch (MessagingException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A mail reprocessed through relay must not collect a second signature of ours. */
    private static boolean alreadySigned(MimeMessage message, DkimKeyStore.SigningKey key) throws MessagingException {
        String[] existing = message.getHeader("DKIM-Signature");
        if (existing == null) {
            return false;
        }
        for (String s : existing) {
            if (key.madeThis(s)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String getMailetInfo() {
        return "SpoofGuard DkimSign: DKIM-sign outgoing mail from our domains";
    }
}
