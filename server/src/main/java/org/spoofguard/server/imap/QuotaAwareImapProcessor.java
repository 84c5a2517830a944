package org.spoofguard.server.imap;

import org.apache.james.imap.api.ImapConfiguration;
import org.apache.james.imap.api.ImapMessage;
import org.apache.james.imap.api.process.ImapProcessor;
import org.apache.james.imap.api.process.ImapSession;
import org.apache.james.imap.message.request.CopyRequest;

import reactor.core.publisher.Mono;

/**
 * James's IMAP processor chain with COPY answered by {@link OverQuotaCopyProcessor}. A wrapper rather than a
 * replacement of James's {@code DefaultProcessor} provider: that provider also wires the CAPABILITY and ENABLE
 * processors to the others, which COPY takes no part in, and would have to be copied whole. Dispatch is by exact
 * class, as {@code DefaultProcessor}'s.
 */
final class QuotaAwareImapProcessor implements ImapProcessor {
    private final ImapProcessor james;
    private final ImapProcessor copy;

    QuotaAwareImapProcessor(ImapProcessor james, ImapProcessor copy) {
        this.james = james;
        this.copy = copy;
    }

    private ImapProcessor forMessage(ImapMessage message) {
        return message.getClass() == CopyRequest.class ? copy : james;
    }

    @Override
    public void process(ImapMessage message, Responder responder, ImapSession session) {
        forMessage(message).process(message, responder, session);
    }

    @Override
    public Mono<Void> processReactive(ImapMessage message, Responder responder, ImapSession session) {
        return forMessage(message).processReactive(message, responder, session);
    }

    @Override
    public void configure(ImapConfiguration imapConfiguration) {
        james.configure(imapConfiguration);
        copy.configure(imapConfiguration);
    }
}
