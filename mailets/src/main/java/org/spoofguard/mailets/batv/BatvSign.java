package org.spoofguard.mailets.batv;

import java.util.Locale;
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
import org.spoofguard.core.batv.BatvSigner;
import org.spoofguard.james.BatvSettings;
import org.spoofguard.james.MailetParameters;

/**
 * Signs the envelope sender of outgoing mail from our own domains with BATV (draft-levine-smtp-batv-01),
 * so that only bounces to addresses we really used are accepted back
 * ({@code org.spoofguard.smtp.batv.BatvRcptHook}). Put it in the processor that runs RemoteDelivery,
 * before it. Only the envelope changes: the message (From header, DKIM signatures) is untouched.
 * No parameter; keys and domains come from {@code batv.*} in spoofguard.properties (BATV off: no-op).
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
        impl.setSender(new MailAddress(signer.get().sign(sender.get().asString())));
        metrics.generate("spoofguard_batv_signed").increment();
    }

    private boolean isOurs(Domain domain) throws MessagingException {
        if (!settings.domains().isEmpty()) {
            return settings.domains().contains(domain.asString().toLowerCase(Locale.ROOT));
        }
        return getMailetContext().isLocalServer(domain);
    }

    @Override
    public String getMailetInfo() {
        return "SpoofGuard BatvSign";
    }

}
