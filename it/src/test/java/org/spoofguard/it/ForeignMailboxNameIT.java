package org.spoofguard.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.james.utils.TestIMAPClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spoofguard.it.support.JamesHarness;
import org.spoofguard.it.support.SpoofGuardJamesExtension;

/**
 * A command naming another user's mailbox (the {@code #user} namespace, by local part or full address) is answered
 * with a tagged NO and the session goes on. James 3.8.1 refuses such a name by throwing while it builds the command's
 * reply, outside its own error handling, so the exception reached Netty and the connection was closed: a client sees
 * its session drop for what is a refusal (and reconnects and retries). Nothing of the other user's is reached either
 * way, even with every right granted to us by SETACL.
 */
class ForeignMailboxNameIT {
    static final String DOMAIN = "spoofguard.test";
    static final String PASSWORD = "secret";
    static final String IVAN = "ivan@" + DOMAIN;
    static final String HENRY = "henry@" + DOMAIN;

    @RegisterExtension
    static final SpoofGuardJamesExtension server = new SpoofGuardJamesExtension();

    static JamesHarness james;

    @BeforeAll
    static void provision() throws Exception {
        james = server.harness();
        james.addDomain(DOMAIN);
        james.addUser(IVAN, PASSWORD);
        james.addUser(HENRY, PASSWORD);
        try (TestIMAPClient owner = james.imap(IVAN, PASSWORD)) {
            assertThat(tagged(owner.sendCommand("SETACL INBOX " + HENRY + " lrswipkxtea"))).contains(" OK ");
        }
    }

    /** The commands of the defect report, each by both name forms: NO [NOPERM], in English and Danish. */
    @Test
    void selectExamineStatusCopyAndMoveAreAnsweredNoAndTheSessionGoesOn() throws Exception {
        try (TestIMAPClient c = james.imap(HENRY, PASSWORD)) {
            String message = "From: " + HENRY + "\r\nTo: " + HENRY + "\r\nSubject: mine\r\n\r\nhello\r\n";
            assertThat(tagged(c.sendCommand("APPEND INBOX {" + message.length() + "+}\r\n" + message))).contains(" OK ");
            for (String foreign : List.of("#user.ivan.INBOX", "#user." + IVAN + ".INBOX")) {
                for (String command : List.of("SELECT " + foreign, "EXAMINE " + foreign, "STATUS " + foreign + " (MESSAGES)",
                    "COPY 1 " + foreign, "UID COPY 1:* " + foreign, "MOVE 1 " + foreign, "UID MOVE 1:* " + foreign)) {
                    assertThat(tagged(c.sendCommand("SELECT INBOX"))).as("before " + command).contains(" OK ");
                    assertThat(tagged(c.sendCommand(command))).as(command)
                        .contains(" NO [NOPERM] ")
                        .endsWith("failed. Only your own mailboxes can be used / Kun dine egne mapper kan bruges");
                    assertThat(tagged(c.sendCommand("NOOP"))).as("the session after " + command).contains(" OK ");
                }
            }
            assertThat(c.sendCommand("STATUS INBOX (MESSAGES)")).as("nothing moved away").contains("(MESSAGES 1)");
        }
        assertThat(james.webadminOk("GET", "/users/" + IVAN + "/mailboxes/INBOX/messageCount", null).body().trim())
            .as("nothing copied or moved to ivan").isEqualTo("0");
    }

    /**
     * Every other command that names a mailbox goes through the same resolution: none may close the session (a refusal
     * James's own handler answers, or a BAD for syntax it does not take, is fine: the session goes on).
     */
    @Test
    void noCommandNamingAnotherUsersMailboxClosesTheSession() throws Exception {
        String foreign = "#user." + IVAN + ".INBOX";
        String message = "Subject: x\r\n\r\nx\r\n";
        try (TestIMAPClient c = james.imap(HENRY, PASSWORD)) {
            for (String command : List.of("CREATE #user.ivan.new", "DELETE " + foreign, "RENAME Trash #user.ivan.Trash",
                "SUBSCRIBE " + foreign, "UNSUBSCRIBE " + foreign, "GETACL " + foreign, "MYRIGHTS " + foreign,
                "LISTRIGHTS " + foreign + " " + HENRY, "SETACL " + foreign + " " + HENRY + " lr",
                "DELETEACL " + foreign + " " + HENRY, "GETQUOTAROOT " + foreign, "GETMETADATA " + foreign + " /private/comment",
                "APPEND " + foreign + " {" + message.length() + "+}\r\n" + message)) {
                assertThat(tagged(c.sendCommand(command))).as(command).doesNotContain(" OK ");
                assertThat(tagged(c.sendCommand("NOOP"))).as("the session after " + command).contains(" OK ");
            }
            assertThat(c.sendCommand("LIST \"\" \"*\"")).as("henry's own Trash stays").contains("Trash");
        }
        assertThat(james.webadminOk("GET", "/users/" + IVAN + "/mailboxes", null).body())
            .doesNotContain("\"new\"");
        assertThat(james.webadminOk("GET", "/users/" + IVAN + "/mailboxes/INBOX/messageCount", null).body().trim()).isEqualTo("0");
    }

    /** The tagged (last) line of an answer. */
    private static String tagged(String reply) {
        String[] lines = reply.trim().split("\r?\n");
        return lines[lines.length - 1];
    }
}
