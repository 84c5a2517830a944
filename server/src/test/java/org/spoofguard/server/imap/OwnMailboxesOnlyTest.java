package org.spoofguard.server.imap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.EnumSet;
import java.util.List;

import org.apache.james.core.Username;
import org.apache.james.imap.api.ImapSessionState;
import org.apache.james.imap.api.Tag;
import org.apache.james.imap.api.message.IdRange;
import org.apache.james.imap.api.message.StatusDataItems;
import org.apache.james.imap.api.message.response.ImapResponseMessage;
import org.apache.james.imap.api.process.ImapProcessor;
import org.apache.james.imap.api.process.ImapSession;
import org.apache.james.imap.api.process.SelectedMailbox;
import org.apache.james.imap.main.DeniedAccessOnSharedMailboxException;
import org.apache.james.imap.message.request.CopyRequest;
import org.apache.james.imap.message.request.StatusRequest;
import org.apache.james.imap.message.response.UnpooledStatusResponseFactory;
import org.apache.james.imap.processor.StatusProcessor;
import org.apache.james.mailbox.MailboxManager;
import org.apache.james.mailbox.MailboxSession;
import org.apache.james.mailbox.inmemory.InMemoryId;
import org.apache.james.metrics.api.MetricFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A command naming another user's mailbox: James 3.8.1's processor throws out of processReactive (what closed the
 * connection), the wrapped chain answers a tagged NO [NOPERM] in the command's turn. The mailbox manager is a bare
 * mock: James refuses the name before asking it anything.
 */
class OwnMailboxesOnlyTest {
    static final Username HENRY = Username.of("henry@spoofguard.test");

    final MailboxManager mailboxes = mock(MailboxManager.class);
    final MetricFactory metrics = mock(MetricFactory.class);
    final ImapSession session = mock(ImapSession.class);
    final ImapWire.Recorder responder = new ImapWire.Recorder();
    final List<ImapResponseMessage> responses = responder.responses;

    @BeforeEach
    void selectedSession() {
        MailboxSession mailboxSession = mock(MailboxSession.class);
        when(mailboxSession.getPathDelimiter()).thenReturn('.');
        when(mailboxSession.getUser()).thenReturn(HENRY);
        SelectedMailbox selected = mock(SelectedMailbox.class);
        when(selected.getMailboxId()).thenReturn(InMemoryId.of(1));
        when(session.getState()).thenReturn(ImapSessionState.SELECTED);
        when(session.getMailboxSession()).thenReturn(mailboxSession);
        when(session.getUserName()).thenReturn(HENRY);
        when(session.getSelected()).thenReturn(selected);
    }

    @Test
    void jamesThrowsOutOfTheChainForAnotherUsersMailbox() {
        StatusProcessor james = new StatusProcessor(mailboxes, new UnpooledStatusResponseFactory(), metrics);

        assertThatThrownBy(() -> james.processReactive(status("#user.ivan.INBOX"), responder, session))
            .isInstanceOf(DeniedAccessOnSharedMailboxException.class);
        assertThat(responses).isEmpty();
    }

    @Test
    void theWrappedChainAnswersNoPermInTheCommandsTurn() throws Exception {
        ImapProcessor wrapped = new OwnMailboxesOnly(
            new StatusProcessor(mailboxes, new UnpooledStatusResponseFactory(), metrics), new UnpooledStatusResponseFactory());

        var answer = wrapped.processReactive(status("#user.ivan@spoofguard.test.INBOX"), responder, session);
        assertThat(responses).as("nothing answered before the command's turn").isEmpty();
        answer.block();

        assertThat(responses).hasSize(1);
        assertThat(ImapWire.encode(responses.get(0))).isEqualTo("S1 NO [NOPERM] STATUS failed. Only your own mailboxes can be used"
            + " / Kun dine egne mapper kan bruges\r\n");
    }

    /** Our COPY resolves the name where James's does, so it is refused the same way. */
    @Test
    void copyIntoAnotherUsersMailboxIsAnsweredTheSameWay() throws Exception {
        ImapProcessor wrapped = new OwnMailboxesOnly(
            new OverQuotaCopyProcessor(mailboxes, new UnpooledStatusResponseFactory(), metrics), new UnpooledStatusResponseFactory());

        wrapped.processReactive(new CopyRequest(new IdRange[] {new IdRange(1)}, "#user.ivan.INBOX", false, new Tag("C1")),
            responder, session).block();

        assertThat(responses).hasSize(1);
        assertThat(ImapWire.encode(responses.get(0))).startsWith("C1 NO [NOPERM] COPY failed.");
    }

    @Test
    void theTextIsAscii() {
        assertThat(OwnMailboxesOnly.text("SELECT")).matches("[\\x20-\\x7e]+");
    }

    private static StatusRequest status(String mailbox) {
        return new StatusRequest(mailbox, new StatusDataItems(EnumSet.of(StatusDataItems.StatusItem.MESSAGES)), new Tag("S1"));
    }

}
