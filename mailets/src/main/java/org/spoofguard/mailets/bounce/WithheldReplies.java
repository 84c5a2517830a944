package org.spoofguard.mailets.bounce;

import javax.mail.MessagingException;

import org.apache.james.core.MailAddress;
import org.apache.james.lifecycle.api.LifecycleUtil;
import org.apache.james.mailrepository.api.MailRepositoryStore;
import org.apache.james.mailrepository.api.MailRepositoryUrl;
import org.apache.james.server.core.MailImpl;
import org.apache.mailet.Attribute;
import org.apache.mailet.AttributeName;
import org.apache.mailet.AttributeValue;
import org.apache.mailet.Mail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spoofguard.mailets.HeldRepository;
import org.spoofguard.mailets.RepositoryParameter;
import org.spoofguard.core.bounce.BounceCause;
import org.spoofguard.core.bounce.BounceDecision;
import org.spoofguard.core.bounce.BounceRecord;
import org.spoofguard.james.BounceGuardServices;
import org.spoofguard.james.SpoofGuardAttributes;

/**
 * Keeps what a withheld Sieve {@code reject} would have refused: the user's copy of the mail, with the decision, in
 * the suppressed-bounces repository, linked from the backscatter report (cause {@code auto-reply}). Without it the
 * mail would vanish: the user refused it and the sender is never told. Released through WebAdmin into
 * {@code bounce-release}, {@code DSNBounce} tells the sender (RFC 3464 failure, the reject reason as diagnostic).
 */
final class WithheldReplies {
    private static final Logger LOGGER = LoggerFactory.getLogger(WithheldReplies.class);
    static final AttributeName RESPONDER = AttributeName.of("org.spoofguard.autoreply.responder");
    static final String METRIC_STORED = "spoofguard_autoreply_suppressed_stored";
    static final String METRIC_STORE_FAILED = "spoofguard_autoreply_store_failed";

    private final MailRepositoryStore store;
    private final MailRepositoryUrl url;
    private final HeldRepository held;
    private final BounceGuardServices services;

    WithheldReplies(MailRepositoryStore store, MailRepositoryUrl url, BounceGuardServices services) {
        this.store = store;
        this.url = url;
        this.held = new HeldRepository(store, url, java.time.Clock.systemUTC());
        this.services = services;
    }

    /** Stores the user's copy; false when it could not be kept (the caller then leaves the mail with the user). */
    boolean keep(Mail mail, MailAddress user, String responder, String reasonText, BounceDecision decision) {
        MailImpl copy = null;
        try {
            copy = MailImpl.builder()
                .name("withheld-" + responder + "-" + MailImpl.getId())
                .sender(mail.getMaybeSender())
                .addRecipient(user)
                .mimeMessage(mail.getMessage())
                .remoteAddr(mail.getRemoteAddr())
                .remoteHost(mail.getRemoteHost())
                .errorMessage("550 5.7.1 <" + user.asString() + "> refused this message (Sieve " + responder
                    + "): " + reasonText)
                .addAttribute(new Attribute(RESPONDER, AttributeValue.of("sieve-" + responder)))
                .build();
            SpoofGuardAttributes.writeBounce(copy, new BounceRecord(decision, BounceCause.AUTO_REPLY));
            String mailKey = held.keep(copy).asString();
            services.increment(METRIC_STORED);
            services.stats().recordStored(url.asString(), mailKey, BounceCause.AUTO_REPLY.code(), decision.code(),
                mail.getMaybeSender().asOptional().map(a -> a.getDomain().asString()).orElse(""));
            LOGGER.info("SpoofGuard auto-reply withheld and kept: mail={} sender={} responder=sieve-{} user={} reason={} stored={} key={}",
                mail.getName(), mail.getMaybeSender().asString("<>"), responder, user.asString(), decision.code(),
                url.asString(), mailKey);
            return true;
        } catch (Exception e) {
            services.increment(METRIC_STORE_FAILED);
            LOGGER.error("SpoofGuard auto-reply withheld but NOT kept (store into {} failed): mail={} user={}; the mail "
                + "stays with the user", url.asString(), mail.getName(), user.asString(), e);
            return false;
        } finally {
            if (copy != null) {
                LifecycleUtil.dispose(copy);
            }
        }
    }

    static MailRepositoryUrl url(String value) throws MessagingException {
        return RepositoryParameter.parse("", SuppressBounce.REPOSITORY_URL, value, "file://var/mail/suppressed-bounces/");
    }
}
