package org.spoofguard.mailets.auth;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.inject.Inject;
import javax.mail.MessagingException;
import javax.mail.internet.MimeMessage;

import org.apache.james.metrics.api.MetricFactory;
import org.apache.james.server.core.MimeMessageInputStream;
import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMailet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spoofguard.core.net.IpLiteral;
import org.spoofguard.core.session.SessionContext;
import org.spoofguard.core.spf.ReceivedSpf;
import org.spoofguard.core.verdict.SenderAuthenticator;
import org.spoofguard.core.verdict.SenderVerdict;
import org.spoofguard.core.verdict.VerdictRecord;
import org.spoofguard.james.MailetParameters;
import org.spoofguard.james.SenderAuthentication;
import org.spoofguard.james.SpoofGuardAttributes;

/**
 * Gives a sender verdict to mails that have none ({@code org.spoofguard.verdict} missing): mails
 * reprocessed from a repository, mails from an SMTP server without {@code SenderVerdictHook}, mails whose
 * SMTP-time evaluation failed.
 *
 * <p>The verdict is computed from the <em>recorded</em> session context ({@code org.spoofguard.session}
 * attribute, else our {@code X-SpoofGuard-Session} header written by {@code StampSessionContext}), never
 * from James's own idea of the remote address: for mails that James re-injects that is 127.0.0.1, which
 * would make SPF judge our own host. It writes the same headers and attributes as the SMTP hook.
 *
 * <p>A mail without any session context but with our record header (LocalDelivery failure mails: new
 * mails without attributes) gets its attribute back from that header, through {@link SpoofGuardAttributes}.
 * Otherwise the mail is left alone. No parameter. Never fails the mail: our own exception is logged and
 * counted ({@code spoofguard_auth_errors}), and the mail goes on with a record that proves nothing plus
 * {@code X-SpoofGuard-Error} (fail closed).
 */
public class ComputeSenderVerdict extends GenericMailet {
    private static final Logger LOGGER = LoggerFactory.getLogger(ComputeSenderVerdict.class);
    static final String ERRORS = "spoofguard_auth_errors";

    private final SenderAuthentication authentication;
    private final MetricFactory metrics;

    @Inject
    public ComputeSenderVerdict(SenderAuthentication authentication, MetricFactory metrics) {
        this.authentication = authentication;
        this.metrics = metrics;
    }

    /** No parameters of its own: James's standard ones pass, anything else (a typo) stops the start naming it. */
    @Override
    public void init() throws MessagingException {
        MailetParameters.requireKnown(getMailetConfig(), Set.of());
    }

    @Override
    public void service(Mail mail) {
        if (SpoofGuardAttributes.hasAttribute(mail)) {
            return;
        }
        Optional<SessionContext> context = Optional.empty();
        try {
            context = sessionContext(mail);
            MimeMessage message = mail.getMessage();
            if (context.isEmpty()) {
                Optional<VerdictRecord> fromHeader = SpoofGuardAttributes.fromMessage(message);
                fromHeader.ifPresent(r -> SpoofGuardAttributes.write(mail, r));
                LOGGER.debug("ComputeSenderVerdict: {} has no session context; record {}", mail.getName(),
                    fromHeader.isPresent() ? "restored from our record header" : "unknown");
                return;
            }
            SessionContext ctx = context.get();
            SenderAuthenticator.Outcome outcome;
            try (InputStream in = new MimeMessageInputStream(message)) {
                outcome = authentication.authenticator().authenticate(ctx.clientIp(), ctx.helo(), ctx.mailFrom(), in);
            }
            if (outcome.hadInternalError()) {
                LOGGER.error("ComputeSenderVerdict: internal error for {}: {}", mail.getName(), outcome.internalError().get());
                metrics.generate(ERRORS).increment();
            }
            SenderVerdict verdict = outcome.verdict();
            VerdictRecord record = new VerdictRecord(verdict, submitterOfOurCopy(mail, message, ctx),
                outcome.internalError().map(e -> List.of("sender authentication: " + e)).orElse(List.of()));
            String receivedSpf = IpLiteral.parse(ctx.clientIp())
                .map(ip -> ReceivedSpf.format(verdict.spfMailFrom(), ip, ctx.mailFrom(), ctx.helo(), authentication.authservId()))
                .orElse(null);
            // No saveChanges(): James tracks header edits (see SenderVerdictHook); here it would only parse a
            // multipart body.
            int forged = SpoofGuardAttributes.stamp(message, record, authentication.authservId(), receivedSpf);
            SpoofGuardAttributes.write(mail, record);
            LOGGER.info("Sender verdict (recomputed) mail={} client-ip={} helo={} mail-from=<{}> spf-mailfrom={} spf-helo={}"
                    + " dkim={} dmarc={} forged-removed={}", mail.getName(), ctx.clientIp(), ctx.helo(), ctx.mailFrom(),
                verdict.spfMailFrom().result().keyword(), verdict.spfHelo().result().keyword(),
                SpoofGuardAttributes.dkimSummary(verdict), verdict.dmarc().result().keyword(), forged);
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            LOGGER.error("ComputeSenderVerdict: internal error for {}; mail continues as unauthenticated", mail.getName(), e);
            metrics.generate(ERRORS).increment();
            // Fail closed: a record that proves nothing, and X-SpoofGuard-Error, never "no verdict".
            SessionContext ctx = context.orElse(new SessionContext("", "", mail.getMaybeSender().asString("")));
            VerdictRecord record = VerdictRecord.unauthenticated(ctx.clientIp(), ctx.helo(), ctx.mailFrom(),
                "sender authentication failed: " + e.getClass().getSimpleName());
            try {
                SpoofGuardAttributes.write(mail, record);
                SpoofGuardAttributes.stamp(mail.getMessage(), record, authentication.authservId(), null);
            } catch (Exception | StackOverflowError | OutOfMemoryError again) {
                LOGGER.error("ComputeSenderVerdict: could not mark {} as unauthenticated", mail.getName(), again);
            }
        }
    }

    /**
     * The SMTP AUTH submitter of a copy James made of a mail we already judged (a Sieve redirect, a LocalDelivery
     * failure mail: new mails without attributes around the same message). The session header does not say who
     * submitted; our record header, written for the same session, does. Without it our own user's forwarded copy
     * would be judged an unauthenticated mail from our own domain: not BATV-tagged, not DKIM-signed, its DSN
     * suppressed. Only when the context came from the header (no session attribute: a mail that came in over SMTP
     * was stamped at DATA, and a forged record header was removed there) and only when that record describes the
     * same session; anything else submitted nobody.
     */
    private static String submitterOfOurCopy(Mail mail, MimeMessage message, SessionContext ctx) {
        if (SpoofGuardAttributes.readSession(mail).isPresent()) {
            return "";
        }
        try {
            return SpoofGuardAttributes.fromMessage(message)
                .filter(r -> r.verdict().clientIp().equals(ctx.clientIp()) && r.verdict().helo().equals(ctx.helo())
                    && r.verdict().mailFrom().equalsIgnoreCase(ctx.mailFrom()))
                .map(VerdictRecord::submittedBy)
                .orElse("");
        } catch (MessagingException | RuntimeException e) {
            return "";
        }
    }

    private static Optional<SessionContext> sessionContext(Mail mail) throws MessagingException {
        Optional<SessionContext> fromAttribute = SpoofGuardAttributes.readSession(mail);
        if (fromAttribute.isPresent()) {
            return fromAttribute;
        }
        String[] headers = mail.getMessage() == null ? null : mail.getMessage().getHeader(SessionContext.HEADER);
        if (headers == null || headers.length != 1) {
            return Optional.empty(); // none, or ambiguous: do not guess
        }
        return SessionContext.parseHeaderValue(headers[0].replace("\r\n", "").trim());
    }

    @Override
    public String getMailetInfo() {
        return "SpoofGuard ComputeSenderVerdict";
    }
}
