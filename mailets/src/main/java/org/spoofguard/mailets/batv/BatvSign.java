package org.spoofguard.mailets.batv;

import java.util.Optional;
import java.util.Set;

import javax.inject.Inject;
import javax.mail.MessagingException;

import org.apache.james.core.Domain;
import org.apache.james.core.MailAddress;
import org.apache.james.metrics.api.MetricFactory;
import org.apache.james.server.core.MailImpl;
import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMailet;
import org.spoofguard.core.batv.BatvAddress;
import org.spoofguard.core.batv.BatvSigner;
import org.spoofguard.core.verdict.ProvenSender;
import org.spoofguard.core.verdict.VerdictRecord;
import org.spoofguard.james.BatvSettings;
import org.spoofguard.james.MailBounceInputs;
import org.spoofguard.james.MailetParameters;
import org.spoofguard.james.SpoofGuardAttributes;

/**
 * Signs the envelope sender of outgoing mail from our own domains with BATV (draft-levine-smtp-batv-01),
 * so that only bounces to addresses we really used are accepted back
 * ({@code org.spoofguard.smtp.batv.BatvRcptHook}). Put it in the processor that runs RemoteDelivery,
 * before it. Only the envelope changes: the message (From header, DKIM signatures) is untouched.
 * No parameter; keys and domains come from {@code batv.*} in spoofguard.properties (BATV off: no-op).
 *
 * <p>Only a return path we vouch for is signed: our users' submissions (SMTP AUTH or an authorised network), mail
 * James makes itself (no sender record), and mail whose return path its record proves. A forged "ceo@ours" that a
 * forward (a redirect, a Sieve rule) sends on out is not: a tag on it would let the bounces of the forgery back in
 * to our own user. A tagged address that would break RFC 5321 (a local part over 64 octets, a quoted local part)
 * is left unsigned rather than sent broken or into the error processor.
 */
public class BatvSign extends GenericMailet {
    private final BatvSettings settings;
    private final MetricFactory metrics;

    @Inject
    public BatvSign(BatvSettings settings, MetricFactory metrics) {
        this.settings = settings;
        this.metrics = metrics;
    }

    /** No parameters of its own: James's standard ones pass, anything else (a typo) stops the start naming it. */
    @Override
    public void init() throws MessagingException {
        MailetParameters.requireKnown(getMailetConfig(), Set.of());
    }

    @Override
    public void service(Mail mail) throws MessagingException {
        Optional<BatvSigner> signer = settings.signer();
        Optional<MailAddress> sender = mail.getMaybeSender().asOptional();
        if (signer.isEmpty() || sender.isEmpty() || !isOurs(sender.get().getDomain())) {
            return;
        }
        if (!(mail instanceof MailImpl impl)) {
            // The Mail API of James 3.8 has no setter for the envelope sender; every mail the spooler
            // hands us is a MailImpl, so this only guards against foreign implementations.
            return;
        }
        if (!vouchedFor(mail)) {
            metrics.generate("spoofguard_batv_not_vouched").increment();
            return;
        }
        Optional<MailAddress> tagged = tagged(signer.get(), sender.get());
        if (tagged.isEmpty()) {
            metrics.generate("spoofguard_batv_not_signed").increment();
            return;
        }
        impl.setSender(tagged.get());
        metrics.generate("spoofguard_batv_signed").increment();
    }

    private static boolean vouchedFor(Mail mail) {
        if (!MailBounceInputs.submittedBy(mail, "").isEmpty()) {
            return true;
        }
        // no record: made here; a record vouches when it proves the return path (ProvenSender, fail closed)
        Optional<VerdictRecord> record = SpoofGuardAttributes.read(mail);
        return record.isEmpty() || ProvenSender.returnPath(record.get()).isPresent();
    }

    /** The tagged address, if it is still one RFC 5321 allows (§4.5.3.1.1: a local part of at most 64 octets). */
    static Optional<MailAddress> tagged(BatvSigner signer, MailAddress sender) {
        if (!BatvAddress.taggable(sender.asString())) {
            return Optional.empty();
        }
        try {
            MailAddress tagged = new MailAddress(signer.sign(sender.asString()));
            return tagged.getLocalPart().getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 64
                ? Optional.of(tagged) : Optional.empty();
        } catch (javax.mail.internet.AddressException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private boolean isOurs(Domain domain) throws MessagingException {
        if (!settings.domains().isEmpty()) {
            return settings.listed(domain.asString());
        }
        return getMailetContext().isLocalServer(domain);
    }

    @Override
    public String getMailetInfo() {
        return "SpoofGuard BatvSign";
    }

}
