package org.spoofguard.smtp;

import javax.inject.Inject;

import org.apache.james.protocols.smtp.SMTPSession;
import org.apache.james.protocols.smtp.hook.HookResult;
import org.apache.james.smtpserver.AddDefaultAttributesMessageHook;
import org.apache.mailet.Mail;
import org.spoofguard.core.dns.DnsResolver;
import org.spoofguard.james.SpoofGuardSettings;

/**
 * James's {@link AddDefaultAttributesMessageHook} (remote host and address, session id, HELO, AUTH user, relay
 * right on the mail), with the remote host from our resolver ({@link ClientHostName}) instead of the JVM's
 * unbounded system resolver. Used in its place by {@code SpoofGuardCmdHandlerLoader}.
 */
public class ClientAttributesHook extends AddDefaultAttributesMessageHook {
    private final DnsResolver resolver;

    @Inject
    public ClientAttributesHook(SpoofGuardSettings settings) {
        this(settings.resolver());
    }

    public ClientAttributesHook(DnsResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public HookResult onMessage(SMTPSession session, Mail mail) {
        return super.onMessage(ClientHostName.named(session, resolver), mail);
    }
}
