package org.spoofguard.server.imap;

import static org.assertj.core.api.Assertions.assertThat;


import org.apache.james.imap.api.Tag;
import org.apache.james.imap.message.request.DeleteRequest;
import org.apache.james.imap.message.response.UnpooledStatusResponseFactory;
import org.junit.jupiter.api.Test;

/**
 * What a client reads when the mailbox cap refuses a command, or a DELETE of INBOX is refused, through James's own
 * status encoder.
 */
class MailboxLimitRefusalTest {
    @Test
    void theRefusalIsATaggedNoWithRfc5530sLimitCodeAndTheCap() throws Exception {
        assertThat(encode("A7", "CREATE", 9))
            .isEqualTo("A7 NO [LIMIT] CREATE failed. Too many mailboxes: at most 9 per user"
                + " / For mange mapper: maks. 9 pr. bruger\r\n");
        assertThat(encode("x1", "RENAME", 10000)).startsWith("x1 NO [LIMIT] RENAME failed. Too many mailboxes: at most 10000 ");
    }

    /** IMAP text is 7-bit (RFC 3501 §9 "TEXT-CHAR" without UTF8=ACCEPT): the Danish half has no æ, ø or å. */
    @Test
    void theTextIsAscii() {
        assertThat(MailboxLimitRefusal.text("CREATE", 9)).matches("[\\x20-\\x7e]+");
    }

    /** RFC 3501 §6.3.4 forbids deleting INBOX; RFC 5530's CANNOT says it can never succeed. */
    @Test
    void aDeleteOfTheInboxIsATaggedNoWithRfc5530sCannotCode() throws Exception {
        var response = InboxKeepingDeleteProcessor.refusal(new UnpooledStatusResponseFactory(),
            new DeleteRequest("inbox", new Tag("D1")));
        assertThat(ImapWire.encode(response))
            .isEqualTo("D1 NO [CANNOT] DELETE failed. INBOX cannot be deleted / INBOX kan ikke slettes\r\n")
            .matches("[\\x20-\\x7e]+\r\n");
    }

    private static String encode(String tag, String command, int max) throws Exception {
        return ImapWire.encode(MailboxLimitRefusal.response(new UnpooledStatusResponseFactory(), new Tag(tag), command, max));
    }

}
