package org.spoofguard.smtp.tls;

import java.util.ArrayList;
import java.util.List;

import org.apache.james.protocols.lib.handler.HandlersPackage;
import org.apache.james.protocols.smtp.core.ReceivedDataLineFilter;
import org.apache.james.protocols.smtp.core.esmtp.AuthCmdHandler;
import org.apache.james.protocols.smtp.core.esmtp.StartTlsCmdHandler;
import org.apache.james.smtpserver.AddDefaultAttributesMessageHook;
import org.apache.james.smtpserver.CoreCmdHandlerLoader;
import org.spoofguard.smtp.ClientAttributesHook;

/**
 * James's {@link CoreCmdHandlerLoader} with three TLS changes, used in {@code conf/smtpserver.xml} in its place:
 * {@link RequireTlsForAuthHandler} answers {@code AUTH} before James's {@link AuthCmdHandler},
 * {@link ForgetfulStartTlsCmdHandler} replaces {@link StartTlsCmdHandler} (the EHLO is forgotten, RFC 3207 §4.2), and
 * {@link TlsReceivedDataLineFilter} replaces {@link ReceivedDataLineFilter} (one {@code Received} header, with
 * the TLS clause); and {@link ClientAttributesHook} replaces {@link AddDefaultAttributesMessageHook}, so that neither
 * the header nor the mail's remote host asks the JVM's unbounded system resolver for the client's name.
 * Everything else is James's list, in James's order, so a James upgrade that changes the core
 * handlers is followed automatically.
 */
public final class SpoofGuardCmdHandlerLoader implements HandlersPackage {
    private final List<String> handlers;

    public SpoofGuardCmdHandlerLoader() {
        List<String> core = new CoreCmdHandlerLoader().getHandlers();
        List<String> ours = new ArrayList<>(core.size() + 1);
        boolean authSeen = false;
        boolean receivedSeen = false;
        boolean startTlsSeen = false;
        boolean attributesSeen = false;
        for (String handler : core) {
            if (handler.equals(AuthCmdHandler.class.getName())) {
                ours.add(RequireTlsForAuthHandler.class.getName());
                authSeen = true;
            }
            if (handler.equals(ReceivedDataLineFilter.class.getName())) {
                ours.add(TlsReceivedDataLineFilter.class.getName());
                receivedSeen = true;
            } else if (handler.equals(StartTlsCmdHandler.class.getName())) {
                ours.add(ForgetfulStartTlsCmdHandler.class.getName());
                startTlsSeen = true;
            } else if (handler.equals(AddDefaultAttributesMessageHook.class.getName())) {
                ours.add(ClientAttributesHook.class.getName());
                attributesSeen = true;
            } else {
                ours.add(handler);
            }
        }
        if (!authSeen || !receivedSeen || !startTlsSeen || !attributesSeen) {
            // Fail the start rather than silently allowing clear-text AUTH (or unbounded DNS) after a James upgrade.
            throw new IllegalStateException("James's CoreCmdHandlerLoader no longer lists AuthCmdHandler,"
                + " ReceivedDataLineFilter, StartTlsCmdHandler and AddDefaultAttributesMessageHook;"
                + " SpoofGuardCmdHandlerLoader must be updated");
        }
        this.handlers = List.copyOf(ours);
    }

    @Override
    public List<String> getHandlers() {
        return handlers;
    }
}
