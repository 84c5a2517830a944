package org.spoofguard.smtp.auth;

import org.apache.james.core.MaybeSender;
import org.apache.james.protocols.smtp.SMTPSession;
import org.apache.james.protocols.smtp.hook.HookResult;
import org.apache.james.protocols.smtp.hook.HookReturnCode;
import org.apache.james.protocols.smtp.hook.MailHook;
import org.spoofguard.smtp.ClientAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * For the submission ports only: MAIL without SMTP AUTH gets 530 5.7.0 (RFC 6409 §4.3: a message submission agent
 * MUST by default refuse MAIL from a session that has not been authenticated or otherwise authorised; RFC 4954 §6
 * for the code). Without it the submission port was a second MX open to anyone for our local users, without the MX's
 * refusals (BATV, SPF reject): whoever the MX refused connected to 587. A client in {@code authorizedAddresses}
 * (this host) is "otherwise authorised".
 */
public class SubmissionAuthHook implements MailHook {
    /** No parameter: a child of the {@code <handler>} element (a typo, a key meant for another hook) stops the start. */
    @Override
    public void init(org.apache.commons.configuration2.Configuration config)
        throws org.apache.commons.configuration2.ex.ConfigurationException {
        org.spoofguard.smtp.HandlerParameters.requireKnown("SubmissionAuthHook", config, java.util.Set.of());
    }

    private static final Logger LOGGER = LoggerFactory.getLogger(SubmissionAuthHook.class);

    @Override
    public HookResult doMail(SMTPSession session, MaybeSender sender) {
        if (session.getUsername() != null || session.isRelayingAllowed()) {
            return HookResult.DECLINED;
        }
        LOGGER.info("SpoofGuard submission: 530 5.7.0 to {} for MAIL FROM {}: not authenticated",
            ClientAddress.text(session), sender.asString());
        return HookResult.builder()
            .hookReturnCode(HookReturnCode.deny())
            .smtpReturnCode("530")
            .smtpDescription("5.7.0 Authentication required")
            .build();
    }
}
