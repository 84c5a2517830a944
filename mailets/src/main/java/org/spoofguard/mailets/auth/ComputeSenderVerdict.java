package org.spoofguard.mailets.auth;

import java.io.InputStream;
import java.util.Optional;
import java.util.Set;

import javax.inject.Inject;
import javax.mail.MessagingException;
import javax.mail.internet.MimeMessage;

import org.apache.james.metrics.api.MetricFactory;
import org.apache.james.server.core.MimeMessageInputStream;
import org.apache.mailet.AttributeName;
import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMailet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spoofguard.core.net.IpLiteral;
import org.spoofguard.core.session.SessionContext;
import org.spoofguard.core.spf.ReceivedSpf;
import org.spoofguard.core.verdict.SenderAuthenticator;
import org.spoofguard.core.verdict.SenderVerdict;
import org.spoofguard.james.MailetParameters;
import org.spoofguard.james.SenderAuthentication;
import org.spoofguard.james.VerdictAttributes;

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
 * <p>A mail without any session context but with our own {@code Authentication-Results} (LocalDelivery
 * failure mails: new mails without attributes) gets its attributes back from that header. Otherwise the
 * mail is left alone. No parameter. Never fails the mail: our own exception is logged and counted
 * ({@code spoofguard_auth_errors}).
 */
public class ComputeSenderVerdict extends GenericMailet {
    private static final Logger LOGGER = LoggerFactory.getLogger(ComputeSenderVerdict.class);
    private static final AttributeName SESSION = AttributeName.of(SessionContext.ATTRIBUTE);
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
        if (VerdictAttributes.hasAttribute(mail)) {
            return;
        }
        try {
            Optional<SessionContext> context = sessionContext(mail);
            MimeMessage message = mail.getMessage();
            if (context.isEmpty()) {
                Optional<SenderVerdict> fromHeader = VerdictAttributes.fromMessage(message, authentication.authservId());
                fromHeader.ifPresent(v -> VerdictAttributes.write(mail, v, authentication.authservId()));
                LOGGER.debug("ComputeSenderVerdict: {} has no session context; verdict {}", mail.getName(),
                    fromHeader.isPresent() ? "restored from our Authentication-Results" : "unknown");
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
            String receivedSpf = IpLiteral.parse(ctx.clientIp())
                .map(ip -> ReceivedSpf.format(verdict.spfMailFrom(), ip, ctx.mailFrom(), ctx.helo(), authentication.authservId()))
                .orElse(null);
            // No saveChanges(): James tracks header edits (see SenderVerdictHook); here it would only parse a
            // multipart body.
            int forged = VerdictAttributes.stampHeaders(message, verdict, authentication.authservId(), receivedSpf);
            VerdictAttributes.write(mail, verdict, authentication.authservId());
            LOGGER.info("Sender verdict (recomputed) mail={} client-ip={} helo={} mail-from=<{}> spf-mailfrom={} spf-helo={}"
                    + " dkim={} dmarc={} forged-ar-removed={}", mail.getName(), ctx.clientIp(), ctx.helo(), ctx.mailFrom(),
                verdict.spfMailFrom().result().keyword(), verdict.spfHelo().result().keyword(),
                VerdictAttributes.dkimSummary(verdict), verdict.dmarc().result().keyword(), forged);
        } catch (Exception | StackOverflowError e) {
            LOGGER.error("ComputeSenderVerdict: internal error for {}; mail continues without a verdict", mail.getName(), e);
            metrics.generate(ERRORS).increment();
        }
    }

    private static Optional<SessionContext> sessionContext(Mail mail) throws MessagingException {
        Optional<SessionContext> fromAttribute = mail.getAttribute(SESSION)
            .flatMap(a -> a.getValue().valueAs(String.class))
            .flatMap(SessionContext::parseHeaderValue);
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
