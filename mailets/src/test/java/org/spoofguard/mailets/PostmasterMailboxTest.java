package org.spoofguard.mailets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.mail.MessagingException;

import org.apache.james.core.Domain;
import org.apache.james.core.MailAddress;
import org.apache.james.mailrepository.api.MailRepositoryUrl;
import org.apache.mailet.Mail;
import org.apache.mailet.MailetContext;
import org.apache.mailet.base.test.FakeMail;
import org.apache.mailet.base.test.FakeMailetConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Mail accepted for postmaster@ of a local domain (RFC 5321 §4.5.1, accepted at RCPT even without a mailbox) must
 * reach a person or be kept: before this mailet James's PostmasterAlias handed it to postmaster@localhost, nobody's
 * mailbox, and LocalDelivery's failure bounced it to the sender after the 250 (seen end to end: a fresh server
 * filed it under suppressed bounces; a proven sender got a DSN).
 */
class PostmasterMailboxTest {
    private static final MailRepositoryUrl ERROR = MailRepositoryUrl.from("file://var/mail/error/");
    private final FakeRepositoryStore store = new FakeRepositoryStore();
    private final MailboxResolver mailboxes = mock(MailboxResolver.class);
    private final Set<String> local = Set.of("localhost", "kommune.test", "other.test");
    private PostmasterMailbox mailet;

    @BeforeEach
    void setUp() throws Exception {
        MailetContext context = mock(MailetContext.class);
        when(context.isLocalServer(any(Domain.class))).thenAnswer(i -> local.contains(((Domain) i.getArgument(0)).asString()));
        mailet = new PostmasterMailbox(store, mailboxes);
        mailet.init(FakeMailetConfig.builder().mailetName("PostmasterMailbox").mailetContext(context).build());
    }

    @Test
    void withoutAnyPostmasterMailboxTheMailIsKeptForTheAdminNotLeftToBounce() throws Exception {
        when(mailboxes.firstPostmasterMailbox()).thenReturn(Optional.empty());
        Mail mail = mail("postmaster@localhost");
        mailet.service(mail);
        assertThat(mail.getState()).isEqualTo(Mail.GHOST);
        assertThat(store.repositories.get(ERROR).mails.values()).singleElement().satisfies(kept -> {
            assertThat(kept.getRecipients()).containsExactly(new MailAddress("postmaster@localhost"));
            assertThat(kept.getErrorMessage()).contains("create postmaster@");
        });
    }

    @Test
    void aPostmasterWithoutMailboxGoesToTheFirstPostmasterThatHasOne() throws Exception {
        when(mailboxes.firstPostmasterMailbox()).thenReturn(Optional.of(new MailAddress("postmaster@other.test")));
        when(mailboxes.reachesMailbox(new MailAddress("postmaster@other.test"))).thenReturn(true);
        Mail mail = mail("POSTMASTER@kommune.test", "alice@kommune.test");
        mailet.service(mail);
        assertThat(mail.getState()).isNotEqualTo(Mail.GHOST);
        assertThat(mail.getRecipients()).containsExactly(new MailAddress("alice@kommune.test"),
            new MailAddress("postmaster@other.test"));
        assertThat(store.repositories).isEmpty();
    }

    @Test
    void otherRecipientsAndReachablePostmastersAndForeignPostmastersAreLeftAlone() throws Exception {
        when(mailboxes.reachesMailbox(new MailAddress("postmaster@kommune.test"))).thenReturn(true);
        Mail mail = mail("postmaster@kommune.test", "postmaster@remote.example", "bob@kommune.test");
        mailet.service(mail);
        assertThat(mail.getRecipients()).containsExactly(new MailAddress("postmaster@kommune.test"),
            new MailAddress("postmaster@remote.example"), new MailAddress("bob@kommune.test"));
        assertThat(store.repositories).isEmpty();
    }

    @Test
    void aMixedMailKeepsOnlyThePostmasterCopyAndGoesOnForTheOthers() throws Exception {
        when(mailboxes.firstPostmasterMailbox()).thenReturn(Optional.empty());
        Mail mail = mail("postmaster@kommune.test", "alice@kommune.test");
        mailet.service(mail);
        assertThat(mail.getState()).isNotEqualTo(Mail.GHOST);
        assertThat(mail.getRecipients()).containsExactly(new MailAddress("alice@kommune.test"));
        assertThat(store.repositories.get(ERROR).mails.values()).singleElement()
            .satisfies(kept -> assertThat(kept.getRecipients()).containsExactly(new MailAddress("postmaster@kommune.test")));
    }

    @Test
    void whenItCannotBeKeptTheMailetThrowsSoJamesRetriesIt() throws Exception {
        when(mailboxes.firstPostmasterMailbox()).thenReturn(Optional.empty());
        store.failStore = true;
        Mail mail = mail("postmaster@kommune.test");
        assertThatThrownBy(() -> mailet.service(mail)).isInstanceOf(MessagingException.class);
        assertThat(mail.getRecipients()).containsExactly(new MailAddress("postmaster@kommune.test"));
        assertThat(mail.getState()).isNotEqualTo(Mail.GHOST);
    }

    @Test
    void aSpoolerRetryOfTheSameMailDoesNotKeepASecondCopy() throws Exception {
        when(mailboxes.firstPostmasterMailbox()).thenReturn(Optional.empty());
        // James's own mail class: each duplicate gets a new name, so each kept copy its own repository key
        Mail mail = org.apache.james.server.core.MailImpl.builder().name("m").sender("someone@outsider.example")
            .addRecipients(address("postmaster@kommune.test"), address("alice@kommune.test"))
            .mimeMessage(mail("postmaster@kommune.test").getMessage()).build();
        List<MailAddress> original = List.copyOf(mail.getRecipients());
        mailet.service(mail);
        // a later mailet threw: JamesMailSpooler puts the original recipients back and runs root again
        mail.setRecipients(original);
        mail.setState(Mail.DEFAULT);
        mailet.service(mail);
        assertThat(store.repositories.get(ERROR).mails).as("copies kept for the admin").hasSize(1);
        assertThat(mail.getRecipients()).containsExactly(new MailAddress("alice@kommune.test"));
    }

    @Test
    void theKeptCopyReleasedIntoRootIsKeptAgainWhileThereIsStillNoMailboxNeverDropped() throws Exception {
        when(mailboxes.firstPostmasterMailbox()).thenReturn(Optional.empty());
        mailet.service(mail("postmaster@kommune.test"));
        Mail released = store.repositories.get(ERROR).mails.values().iterator().next().duplicate();
        store.repositories.get(ERROR).mails.clear();
        mailet.service(released);
        assertThat(store.repositories.get(ERROR).mails).hasSize(1);

        when(mailboxes.firstPostmasterMailbox()).thenReturn(Optional.of(new MailAddress("postmaster@other.test")));
        Mail again = store.repositories.get(ERROR).mails.values().iterator().next().duplicate();
        mailet.service(again);
        assertThat(again.getRecipients()).containsExactly(new MailAddress("postmaster@other.test"));
        assertThat(again.getState()).isNotEqualTo(Mail.GHOST);
    }

    @Test
    void aBadRepositoryIsNamedAtStart() {
        PostmasterMailbox bad = new PostmasterMailbox(store, mailboxes);
        assertThatThrownBy(() -> bad.init(FakeMailetConfig.builder().mailetName("PostmasterMailbox")
            .setProperty("repositoryPath", "var/mail/error").build()))
            .hasMessageContaining("repositoryPath");
        assertThatThrownBy(() -> bad.init(FakeMailetConfig.builder().mailetName("PostmasterMailbox")
            .setProperty("repository", "file://var/mail/error/").build()))
            .hasMessageContaining("repository");
    }

    private static Mail mail(String... recipients) throws Exception {
        return FakeMail.builder().name("m").sender("someone@outsider.example")
            .recipients(List.of(recipients).stream().map(PostmasterMailboxTest::address).toList())
            .mimeMessage(new javax.mail.internet.MimeMessage(javax.mail.Session.getInstance(new java.util.Properties()),
                new java.io.ByteArrayInputStream("From: someone@outsider.example\r\nSubject: hi\r\n\r\nhello\r\n"
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII))))
            .build();
    }

    private static MailAddress address(String a) {
        try {
            return new MailAddress(a);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
