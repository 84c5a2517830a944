package org.spoofguard.smtp.auth;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.inject.Inject;
import javax.mail.internet.MimeMessage;

import org.apache.commons.configuration2.Configuration;
import org.apache.commons.configuration2.ex.ConfigurationException;
import org.apache.james.metrics.api.MetricFactory;
import org.apache.james.protocols.api.ProtocolSession;
import org.apache.james.protocols.api.handler.ProtocolHandler;
import org.apache.james.protocols.smtp.SMTPSession;
import org.apache.james.protocols.smtp.hook.HookResult;
import org.apache.james.protocols.smtp.hook.HookReturnCode;
import org.apache.james.server.core.MimeMessageInputStream;
import org.apache.james.smtpserver.JamesMessageHook;
import org.apache.mailet.Mail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spoofguard.core.dmarc.DmarcPolicy;
import org.spoofguard.core.dmarc.DmarcResult;
import org.spoofguard.core.dmarc.DmarcResultCode;
import org.spoofguard.core.net.IpLiteral;
import org.spoofguard.core.spf.ReceivedSpf;
import org.spoofguard.core.verdict.SenderAuthenticator;
import org.spoofguard.core.verdict.SenderVerdict;
import org.spoofguard.core.verdict.VerdictRecord;
import org.spoofguard.james.SenderAuthentication;
import org.spoofguard.james.SpoofGuardAttributes;
import org.spoofguard.smtp.HandlerParameters;
import org.spoofguard.smtp.tls.TlsState;
import org.spoofguard.core.config.Bilingual;

/**
 * Decides the sender verdict at the end of DATA: SPF (from {@link SpfHook} when it ran in this
 * transaction, else computed now), DKIM over the message in one streaming pass, DMARC. Then records it once,
 * through {@link SpoofGuardAttributes}: the {@code org.spoofguard.verdict} attribute (the carrier every matcher
 * and mailet reads) and, in the message, our record header, {@code Authentication-Results} (forged ones claiming
 * our authserv-id removed, RFC 8601 §5) and {@code Received-SPF} (RFC 7208 §9.1). An SMTP AUTH session's user is
 * part of the record (and shown as {@code auth=pass smtp.auth=<user>}, RFC 8601 §2.7.4).
 *
 * <p>Parameter {@code <dmarcReject>} (default false): when true, a DMARC {@code fail} whose applicable
 * policy is {@code reject} is refused in the session with {@code 550 5.7.1} (RFC 7489 §10.3: better than
 * accepting and bouncing), and a DMARC {@code temperror} gets {@code 451 4.7.1}. Never for SMTP AUTH or
 * relay-allowed sessions. Our own exception: logged, counted ({@code spoofguard_auth_errors}), DECLINED,
 * the mail goes on with a record that proves nothing and {@code X-SpoofGuard-Error} (fail closed).
 */
public class SenderVerdictHook implements JamesMessageHook, ProtocolHandler {
    private static final Logger LOGGER = LoggerFactory.getLogger(SenderVerdictHook.class);
    static final String DMARC_PREFIX = "spoofguard_dmarc_";

    private final SenderAuthentication authentication;
    private final MetricFactory metrics;
    private volatile boolean dmarcReject;

    @Inject
    public SenderVerdictHook(SenderAuthentication authentication, MetricFactory metrics) {
        this.authentication = authentication;
        this.metrics = metrics;
    }

    @Override
    public void init(Configuration configuration) throws ConfigurationException {
        HandlerParameters.requireKnown("SenderVerdictHook", configuration, java.util.Set.of("dmarcReject"));
        String value = configuration.getString("dmarcReject", "false").trim().toLowerCase(Locale.ROOT);
        if (!value.equals("true") && !value.equals("false")) {
            throw new ConfigurationException(Bilingual.of(
                "SenderVerdictHook: dmarcReject must be true or false, got '" + value + "'",
                "SenderVerdictHook: dmarcReject skal være true eller false, ikke '" + value + "'"));
        }
        dmarcReject = Boolean.parseBoolean(value);
        LOGGER.info("SenderVerdictHook: authserv-id={}, dmarcReject={}", authentication.authservId(), dmarcReject);
    }

    boolean dmarcReject() {
        return dmarcReject;
    }

    @Override
    public HookResult onMessage(SMTPSession session, Mail mail) {
        try {
            String ip = SmtpIdentity.clientIp(session);
            String helo = SmtpIdentity.helo(session);
            String from = SmtpIdentity.mailFrom(session);
            Optional<SmtpIdentity.SpfAtMailFrom> atMail = session.getAttachment(SmtpIdentity.SPF, ProtocolSession.State.Transaction)
                .filter(s -> s.clientIp().equals(ip) && s.helo().equals(helo) && s.mailFrom().equals(from));
            SenderAuthenticator.SpfPair spf = atMail.map(SmtpIdentity.SpfAtMailFrom::spf).orElse(null);

            SenderAuthenticator.Outcome outcome;
            MimeMessage message = mail.getMessage();
            try (InputStream in = new MimeMessageInputStream(message)) {
                outcome = authentication.authenticator().authenticate(ip, helo, from, spf, in);
            }
            SenderVerdict verdict = outcome.verdict();
            if (outcome.hadInternalError()) {
                LOGGER.error("SenderVerdictHook: internal error while authenticating <{}> from {}: {}", from, ip,
                    outcome.internalError().get());
                metrics.generate(SpfHook.ERRORS).increment();
            }
            if (spf == null) {
                metrics.generate(SpfHook.METRIC_PREFIX + verdict.spfMailFrom().result().keyword()).increment();
            }
            metrics.generate(DMARC_PREFIX + verdict.dmarc().result().keyword()).increment();

            String receivedSpf = IpLiteral.parse(ip)
                .map(addr -> ReceivedSpf.format(verdict.spfMailFrom(), addr, from, helo, authentication.authservId()))
                .orElse(null);
            // saveChanges() first: it inserts a missing Date / MIME-Version at JavaMail's preset positions,
            // which after stampHeaders would land above our trace fields (RFC 8601 §4: ours go on top).
            // The message stays "saved", so James does not redo it when writing (JAMES-1320).
            message.saveChanges();
            // SMTP AUTH only (RFC 8601 §2.7.4): relay-allowed clients without AUTH are not claimed as auth=pass.
            VerdictRecord record = new VerdictRecord(verdict, SmtpIdentity.authUser(session).orElse(""),
                outcome.internalError().map(e -> List.of("sender authentication: " + e)).orElse(List.of()));
            int forged = SpoofGuardAttributes.stamp(message, record, authentication.authservId(), receivedSpf);
            SpoofGuardAttributes.write(mail, record);

            boolean trusted = SmtpIdentity.trusted(session);
            // Our own failure never refuses mail, not even with a 4xx.
            HookResult result = outcome.hadInternalError() ? HookResult.DECLINED : decide(verdict.dmarc(), trusted);
            LOGGER.info("Sender verdict client-ip={} helo={} mail-from=<{}> spf-mailfrom={} spf-helo={} dkim={} dmarc={}"
                    + " policy={} header.from={} forged-ar-removed={} tls={} action={}",
                ip, helo, from, verdict.spfMailFrom().result().keyword(), verdict.spfHelo().result().keyword(),
                SpoofGuardAttributes.dkimSummary(verdict), verdict.dmarc().result().keyword(),
                verdict.dmarc().policy().keyword(), verdict.dmarc().fromDomain(), forged, TlsState.logValue(session),
                result == HookResult.DECLINED ? (trusted ? "accept(trusted)" : "accept") : result.getSmtpRetCode());
            return result;
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            LOGGER.error("SenderVerdictHook: internal error; mail accepted as unauthenticated (X-SpoofGuard-Error)", e);
            metrics.generate(SpfHook.ERRORS).increment();
            failClosed(session, mail, e);
            return HookResult.DECLINED;
        }
    }

    /**
     * Our own failure never refuses the mail, and never lets it pass as checked either: it carries a record that
     * proves nothing ("unauthenticated, with an error"), so the bounce guard, the auto-reply guard and the invoice
     * check all treat it as unproven, and {@code X-SpoofGuard-Error} tells the reader.
     */
    private void failClosed(SMTPSession session, Mail mail, Throwable cause) {
        try {
            VerdictRecord record = VerdictRecord.unauthenticated(SmtpIdentity.clientIp(session), SmtpIdentity.helo(session),
                SmtpIdentity.mailFrom(session), "sender authentication failed: " + cause.getClass().getSimpleName());
            record = new VerdictRecord(record.verdict(), SmtpIdentity.authUser(session).orElse(""), record.errors());
            SpoofGuardAttributes.write(mail, record);
            SpoofGuardAttributes.stamp(mail.getMessage(), record, authentication.authservId(), null);
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            // The attribute, if written, is the carrier; a message we cannot even edit keeps its old headers, and
            // any incoming record header there is ignored because the attribute wins.
            LOGGER.error("SenderVerdictHook: could not mark {} as unauthenticated", mail.getName(), e);
        }
    }

    HookResult decide(DmarcResult dmarc, boolean trusted) {
        if (!dmarcReject || trusted) {
            return HookResult.DECLINED;
        }
        if (dmarc.result() == DmarcResultCode.FAIL && dmarc.policy() == DmarcPolicy.REJECT) {
            return HookResult.builder().hookReturnCode(HookReturnCode.deny()).smtpReturnCode("550")
                .smtpDescription("5.7.1 Rejected by DMARC policy of " + SpfHook.sanitize(dmarc.policyDomain().isEmpty()
                    ? dmarc.fromDomain() : dmarc.policyDomain()) + ": the From domain " + SpfHook.sanitize(dmarc.fromDomain())
                    + " is not authenticated (no aligned SPF or DKIM pass)")
                .build();
        }
        if (dmarc.result() == DmarcResultCode.TEMPERROR) {
            return HookResult.builder().hookReturnCode(HookReturnCode.denySoft()).smtpReturnCode("451")
                .smtpDescription("4.7.1 DMARC temporary error for " + SpfHook.sanitize(dmarc.fromDomain()) + ", try again later")
                .build();
        }
        return HookResult.DECLINED;
    }
}
