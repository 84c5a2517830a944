package org.spoofguard.server.imap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;

import org.apache.james.core.Username;
import org.apache.james.core.quota.QuotaSizeLimit;
import org.apache.james.core.quota.QuotaSizeUsage;
import org.apache.james.imap.api.ImapSessionState;
import org.apache.james.imap.api.Tag;
import org.apache.james.imap.api.message.IdRange;
import org.apache.james.imap.api.message.response.ImapResponseMessage;
import org.apache.james.imap.api.message.response.StatusResponse;
import org.apache.james.imap.api.process.ImapProcessor;
import org.apache.james.imap.api.process.ImapSession;
import org.apache.james.imap.api.process.SelectedMailbox;
import org.apache.james.imap.message.request.CopyRequest;
import org.apache.james.imap.message.response.UnpooledStatusResponseFactory;
import org.apache.james.imap.processor.CopyProcessor;
import org.apache.james.mailbox.MailboxManager;
import org.apache.james.mailbox.MailboxSession;
import org.apache.james.mailbox.MessageManager;
import org.apache.james.mailbox.MessageUid;
import org.apache.james.mailbox.exception.MailboxException;
import org.apache.james.mailbox.exception.OverQuotaException;
import org.apache.james.mailbox.inmemory.InMemoryId;
import org.apache.james.mailbox.model.Mailbox;
import org.apache.james.mailbox.model.MailboxId;
import org.apache.james.mailbox.model.MailboxPath;
import org.apache.james.mailbox.model.UidValidity;
import org.apache.james.metrics.api.MetricFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * COPY 1 into a target whose quota refuses it: James 3.8.1's CopyProcessor answers a plain NO, ours
 * NO [OVERQUOTA] (RFC 9208 §4). Any other store failure still gets James's plain NO.
 */
class OverQuotaCopyProcessorTest {
    static final Username CAROL = Username.of("carol@spoofguard.test");

    final MailboxManager mailboxes = mock(MailboxManager.class);
    final MetricFactory metrics = mock(MetricFactory.class);
    final ImapSession session = mock(ImapSession.class);
    final ImapWire.Recorder responder = new ImapWire.Recorder();
    final List<ImapResponseMessage> responses = responder.responses;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void selectedInboxAndATarget() {
        MailboxSession mailboxSession = mock(MailboxSession.class);
        when(mailboxSession.getPathDelimiter()).thenReturn('.');
        when(mailboxSession.getUser()).thenReturn(CAROL);
        SelectedMailbox selected = mock(SelectedMailbox.class);
        when(selected.getMailboxId()).thenReturn(InMemoryId.of(1));
        when(selected.uid(1)).thenReturn(Optional.of(MessageUid.of(1)));
        when(session.getState()).thenReturn(ImapSessionState.SELECTED);
        when(session.getMailboxSession()).thenReturn(mailboxSession);
        when(session.getUserName()).thenReturn(CAROL);
        when(session.getSelected()).thenReturn(selected);

        MailboxId targetId = InMemoryId.of(2);
        MessageManager target = mock(MessageManager.class);
        when(target.getId()).thenReturn(targetId);
        try {
            when(target.getMailboxEntity()).thenReturn(
                new Mailbox(MailboxPath.forUser(CAROL, "Kept"), UidValidity.of(7), targetId));
        } catch (MailboxException e) {
            throw new AssertionError(e);
        }
        when(mailboxes.mailboxExists(any(MailboxPath.class), any())).thenReturn(Mono.just(true));
        when(mailboxes.getMailboxReactive(any(MailboxPath.class), any())).thenReturn(Mono.just(target));
        when(mailboxes.manageProcessing(any(Mono.class), any())).thenAnswer(call -> call.getArgument(0));
        when(metrics.decoratePublisherWithTimerMetric(anyString(), any())).thenAnswer(call -> call.getArgument(1));
    }

    @Test
    void jamesAnswersAQuotaRefusalWithAPlainNo() {
        copyFails(new OverQuotaException("no room", QuotaSizeLimit.size(100), QuotaSizeUsage.size(60)));

        StatusResponse answer = answer(new CopyProcessor(mailboxes, new UnpooledStatusResponseFactory(), metrics));

        assertThat(answer.getServerResponseType()).isEqualTo(StatusResponse.Type.NO);
        assertThat(answer.getResponseCode()).isNull();
    }

    @Test
    void aQuotaRefusalIsAnsweredNoOverquota() {
        copyFails(new OverQuotaException("no room", QuotaSizeLimit.size(100), QuotaSizeUsage.size(60)));

        StatusResponse answer = answer(new OverQuotaCopyProcessor(mailboxes, new UnpooledStatusResponseFactory(), metrics));

        assertThat(answer.getServerResponseType()).isEqualTo(StatusResponse.Type.NO);
        assertThat(answer.getResponseCode()).isEqualTo(StatusResponse.ResponseCode.overQuota());
        assertThat(answer.getTag()).isEqualTo(new Tag("A1"));
    }

    @Test
    void anyOtherStoreFailureKeepsJamesPlainNo() {
        copyFails(new MailboxException("database gone"));

        StatusResponse answer = answer(new OverQuotaCopyProcessor(mailboxes, new UnpooledStatusResponseFactory(), metrics));

        assertThat(answer.getServerResponseType()).isEqualTo(StatusResponse.Type.NO);
        assertThat(answer.getResponseCode()).isNull();
    }

    private void copyFails(MailboxException failure) {
        when(mailboxes.copyMessagesReactive(any(), any(MailboxId.class), any(MailboxId.class), any()))
            .thenReturn(Flux.error(failure));
    }

    private StatusResponse answer(ImapProcessor processor) {
        CopyRequest copy = new CopyRequest(new IdRange[] {new IdRange(1)}, "Kept", false, new Tag("A1"));
        processor.processReactive(copy, responder, session).block();
        assertThat(responses).hasSize(1);
        return (StatusResponse) responses.get(0);
    }
}
