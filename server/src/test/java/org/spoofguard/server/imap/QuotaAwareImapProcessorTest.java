package org.spoofguard.server.imap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.util.ArrayList;
import java.util.List;

import org.apache.james.imap.api.ImapConfiguration;
import org.apache.james.imap.api.ImapMessage;
import org.apache.james.imap.api.Tag;
import org.apache.james.imap.api.message.IdRange;
import org.apache.james.imap.api.process.ImapProcessor;
import org.apache.james.imap.api.process.ImapSession;
import org.apache.james.imap.message.request.AbstractMessageRangeRequest;
import org.apache.james.imap.message.request.CopyRequest;
import org.apache.james.imap.message.request.MoveRequest;
import org.junit.jupiter.api.Test;

import reactor.core.publisher.Mono;

/** COPY (and UID COPY, the same request) goes to our processor; everything else, MOVE included, to James's chain. */
class QuotaAwareImapProcessorTest {
    final List<String> seen = new ArrayList<>();
    final ImapProcessor chain = new QuotaAwareImapProcessor(recording("james"), recording("copy"));
    final ImapProcessor.Responder responder = mock(ImapProcessor.Responder.class);
    final ImapSession session = mock(ImapSession.class);

    @Test
    void onlyCopyReachesTheQuotaAwareProcessor() {
        IdRange[] one = {new IdRange(1)};
        chain.processReactive(new CopyRequest(one, "Kept", false, new Tag("A1")), responder, session).block();
        chain.processReactive(new CopyRequest(one, "Kept", true, new Tag("A2")), responder, session).block();
        chain.processReactive(new MoveRequest(one, "Kept", false, new Tag("A3")), responder, session).block();
        chain.process(new CopyRequest(one, "Kept", false, new Tag("A4")), responder, session);

        assertThat(seen).containsExactly("copy A1", "copy A2", "james A3", "copy A4");
    }

    @Test
    void bothAreConfigured() {
        chain.configure(mock(ImapConfiguration.class));

        assertThat(seen).containsExactlyInAnyOrder("james configured", "copy configured");
    }

    private ImapProcessor recording(String name) {
        return new ImapProcessor() {
            @Override
            public Mono<Void> processReactive(ImapMessage message, Responder responder, ImapSession session) {
                return Mono.fromRunnable(() -> seen.add(name + " " + ((AbstractMessageRangeRequest) message).getTag().asString()));
            }

            @Override
            public void configure(ImapConfiguration imapConfiguration) {
                seen.add(name + " configured");
            }
        };
    }
}
