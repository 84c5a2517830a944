package org.spoofguard.smtp.auth;

import java.util.Locale;

import javax.inject.Inject;

import org.apache.commons.configuration2.Configuration;
import org.apache.commons.configuration2.ex.ConfigurationException;
import org.apache.james.core.MaybeSender;
import org.apache.james.metrics.api.MetricFactory;
import org.apache.james.protocols.api.ProtocolSession;
import org.apache.james.protocols.api.handler.ProtocolHandler;
import org.apache.james.protocols.smtp.SMTPSession;
import org.apache.james.protocols.smtp.hook.HookResult;
import org.apache.james.protocols.smtp.hook.HookReturnCode;
import org.apache.james.protocols.smtp.hook.MailHook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spoofguard.core.spf.SpfEvaluation;
import org.spoofguard.core.spf.SpfResult;
import org.spoofguard.core.spf.SpfResultCode;
import org.spoofguard.core.verdict.SenderAuthenticator;
import org.spoofguard.james.SenderAuthentication;
import org.spoofguard.smtp.ConnectionReverse;
import org.spoofguard.smtp.HandlerParameters;
import org.spoofguard.smtp.tls.TlsState;
import org.spoofguard.core.config.Bilingual;

/**
 * SPF at MAIL FROM (RFC 7208 §2.4, and §2.3 for the HELO identity), once per transaction. The results are
 * kept in the transaction for {@link SenderVerdictHook}, which writes them into the mail.
 * The client's PTR ({@code ptr}, {@code %{p}}) is asked once per connection ({@link ConnectionReverse}).
 *
 * <p>Parameter {@code <spfPolicy>}: {@code record} (default) only records; {@code reject} answers
 * {@code 550 5.7.23} (RFC 7372 §3.2) to a {@code fail}, quoting the domain's explanation (RFC 7208 §6.2,
 * §8.4), and {@code 451 4.7.24} to a {@code temperror} (§8.6). softfail, neutral, none and permerror are
 * never refused here (RFC 7208 §8.5 / §8.3: they do not prove forgery). Sessions with SMTP AUTH or
 * relaying rights are never refused. Our own failure: logged, counted, DECLINED.
 */
public class SpfHook implements MailHook, ProtocolHandler {
    private static final Logger LOGGER = LoggerFactory.getLogger(SpfHook.class);
    static final String METRIC_PREFIX = "spoofguard_spf_";
    static final String ERRORS = "spoofguard_auth_errors";
    private static final int MAX_EXPLANATION = 200;

    enum Policy { RECORD, REJECT }

    private final SenderAuthentication authentication;
    private final MetricFactory metrics;
    private volatile Policy policy = Policy.RECORD;

    @Inject
    public SpfHook(SenderAuthentication authentication, MetricFactory metrics) {
        this.authentication = authentication;
        this.metrics = metrics;
    }

    @Override
    public void init(Configuration configuration) throws ConfigurationException {
        HandlerParameters.requireKnown("SpfHook", configuration, java.util.Set.of("spfPolicy"));
        String value = configuration.getString("spfPolicy", "record").trim().toLowerCase(Locale.ROOT);
        switch (value) {
            case "record" -> policy = Policy.RECORD;
            case "reject" -> policy = Policy.REJECT;
            default -> throw new ConfigurationException(Bilingual.of(
                "SpfHook: spfPolicy must be record or reject, got '" + value + "'",
                "SpfHook: spfPolicy skal være record eller reject, ikke '" + value + "'"));
        }
        LOGGER.info("SpfHook: spfPolicy={}", policy.name().toLowerCase(Locale.ROOT));
    }

    Policy policy() {
        return policy;
    }

    @Override
    public HookResult doMail(SMTPSession session, MaybeSender sender) {
        try {
            String ip = SmtpIdentity.clientIp(session);
            String helo = SmtpIdentity.helo(session);
            String from = SmtpIdentity.mailFrom(sender);
            SenderAuthenticator.SpfPair spf = authentication.authenticator().checkSpf(ip, helo, from,
                ConnectionReverse.of(session).orElse(null));
            session.setAttachment(SmtpIdentity.SPF, new SmtpIdentity.SpfAtMailFrom(ip, helo, from, spf),
                ProtocolSession.State.Transaction);
            SpfResult mf = spf.mailFrom().result();
            metrics.generate(METRIC_PREFIX + mf.result().keyword()).increment();
            boolean trusted = SmtpIdentity.trusted(session);
            boolean ours = mf.reason().startsWith("internal error") || mf.reason().contains("not an IP literal");
            if (ours) {
                LOGGER.error("SpfHook: SPF not evaluated for <{}> from {}: {}", from, ip, mf.reason());
                metrics.generate(ERRORS).increment();
            }
            // Our own failure never refuses mail, not even with a 4xx.
            HookResult result = ours ? HookResult.DECLINED : decide(spf.mailFrom(), trusted);
            LOGGER.info("SPF client-ip={} helo={} mail-from=<{}> spf-mailfrom={} spf-helo={} tls={} action={} reason={}",
                ip, helo, from, mf.result().keyword(), spf.helo().result().result().keyword(), TlsState.logValue(session),
                result == HookResult.DECLINED ? (trusted ? "accept(trusted)" : "accept") : result.getSmtpRetCode(),
                mf.reason());
            return result;
        } catch (RuntimeException e) {
            LOGGER.error("SpfHook: internal error; MAIL FROM accepted without SPF", e);
            metrics.generate(ERRORS).increment();
            return HookResult.DECLINED;
        }
    }

    HookResult decide(SpfEvaluation mailFrom, boolean trusted) {
        if (policy != Policy.REJECT || trusted) {
            return HookResult.DECLINED;
        }
        SpfResult r = mailFrom.result();
        if (r.result() == SpfResultCode.FAIL) {
            String who = r.sender().isEmpty() ? r.domain() : r.sender();
            String text = mailFrom.hasExplanation()
                ? sanitize(mailFrom.explanation())
                : "SPF fail: " + sanitize(who) + " does not designate your IP address as a permitted sender";
            return HookResult.builder().hookReturnCode(HookReturnCode.deny()).smtpReturnCode("550")
                .smtpDescription("5.7.23 " + text).build();
        }
        if (r.result() == SpfResultCode.TEMPERROR) {
            return HookResult.builder().hookReturnCode(HookReturnCode.denySoft()).smtpReturnCode("451")
                .smtpDescription("4.7.24 SPF temporary error for " + sanitize(r.domain()) + ", try again later").build();
        }
        return HookResult.DECLINED;
    }

    /** The explanation comes from the sender's DNS: printable ASCII only, bounded, no CR/LF injection. */
    static String sanitize(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length() && sb.length() < MAX_EXPLANATION; i++) {
            char c = s.charAt(i);
            sb.append(c >= 0x20 && c < 0x7f ? c : ' ');
        }
        return sb.toString().trim();
    }
}
