package org.spoofguard.smtp.rcpt;

import java.util.Map;
import java.util.Optional;

import org.apache.james.core.MailAddress;
import org.apache.james.core.MaybeSender;
import org.apache.james.protocols.api.ProtocolSession;
import org.apache.james.protocols.api.handler.ProtocolHandler;
import org.apache.james.protocols.smtp.SMTPSession;
import org.apache.james.protocols.smtp.hook.HookResult;
import org.apache.james.protocols.smtp.hook.RcptHook;

/**
 * Grants James's relay permission to relay-domain recipients that {@link RecipientValidationHook} has
 * just confirmed by callout, and to nothing else.
 *
 * <p>Why a separate hook: James 3.8.1 has no notion of relay domains. Its relay check
 * ({@code AuthRequiredToRelayRcptHook}, loaded by {@code CoreCmdHandlerLoader}) refuses every non-local
 * recipient of an unauthenticated client, and the only way past it is a hook answering OK, which also
 * skips every RCPT hook after it. Answering OK from the validation hook itself would therefore silently
 * disable any SpoofGuard or custom RCPT check declared after it for exactly the recipients of a gateway.
 * Declared as the <em>last</em> handler before {@code CoreCmdHandlerLoader}, this hook answers OK only
 * after all of them have run and declined to refuse. The only core hooks it skips are the relay check
 * (intended), {@code SenderAuthIdentifyVerificationHook} (acts on authenticated sessions only, which never
 * get marked) and {@code PostmasterAbuseRcptHook} (local domains only).
 *
 * <p>Without this hook configured, callout-confirmed recipients are refused by James's relay check:
 * the safe failure (no open relay, no accept-then-bounce).
 */
public class RelayDomainAcceptHook implements RcptHook, ProtocolHandler {
    /** No parameter: a child of the {@code <handler>} element (a typo, a key meant for another hook) stops the start. */
    @Override
    public void init(org.apache.commons.configuration2.Configuration config)
        throws org.apache.commons.configuration2.ex.ConfigurationException {
        org.spoofguard.smtp.HandlerParameters.requireKnown("RelayDomainAcceptHook", config, java.util.Set.of());
    }

    @Override
    public HookResult doRcpt(SMTPSession session, MaybeSender sender, MailAddress rcpt, Map<String, String> parameters) {
        return doRcpt(session, sender, rcpt);
    }

    @Override
    public HookResult doRcpt(SMTPSession session, MaybeSender sender, MailAddress rcpt) {
        try {
            Optional<String> verified = session.removeAttachment(RecipientValidationHook.CALLOUT_VERIFIED,
                ProtocolSession.State.Transaction);
            if (rcpt == null || session.isRelayingAllowed() || verified.isEmpty()
                || !verified.get().equals(rcpt.asString())) {
                return HookResult.DECLINED;
            }
            return HookResult.OK;
        } catch (RuntimeException e) {
            // unsure: let James's relay check decide (it refuses, the sender retries or learns why)
            return HookResult.DECLINED;
        }
    }
}
