package org.spoofguard.mailets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;

import org.apache.james.core.MailAddress;
import org.apache.james.mailrepository.api.MailRepositoryUrl;
import org.apache.james.server.core.MailImpl;
import org.apache.mailet.Mail;
import javax.mail.MessagingException;

import org.apache.mailet.base.test.FakeMailetConfig;
import org.junit.jupiter.api.Test;
import org.spoofguard.core.held.StoredAt;
import org.spoofguard.james.HeldMailAttributes;

/** The error repository's ToRepository records when it stored the mail, not only its receipt time. */
class KeepInRepositoryTest {
    @Test
    void storesTheMailStampedWithTheTimeAndRepository() throws Exception {
        FakeRepositoryStore store = new FakeRepositoryStore();
        Instant now = Instant.parse("2026-12-06T09:00:00Z");
        KeepInRepository mailet = new KeepInRepository(store, Clock.fixed(now, ZoneOffset.UTC));
        mailet.init(FakeMailetConfig.builder().mailetName("KeepInRepository")
            .setProperty("repositoryPath", "file://var/mail/error/").build());
        Mail mail = MailImpl.builder().name("m1").sender(new MailAddress("a@b.test")).addRecipient(new MailAddress("c@d.test"))
            .lastUpdated(Date.from(now.minusSeconds(29L * 86400))).build();

        mailet.service(mail);

        assertThat(mail.getState()).as("not passThrough: James's ToRepository ghosts it").isEqualTo(Mail.GHOST);
        Mail stored = store.repositories.get(MailRepositoryUrl.from("file://var/mail/error/")).mails.values().iterator().next();
        assertThat(HeldMailAttributes.storedAt(stored)).map(StoredAt::at).contains(now);
        assertThat(HeldMailAttributes.heldSince(stored, "file://var/mail/error/")).isEqualTo(now);
    }

    /**
     * James's ToRepository reads its two parameters with defaults and never looks at the others: a misspelt
     * {@code <passthrough>true</passthrough>} ghosted every mail the admin meant to pass on, without a word.
     */
    @Test
    void aMisspeltParameterStopsTheStartNamingIt() {
        KeepInRepository mailet = new KeepInRepository(new FakeRepositoryStore());
        assertThatThrownBy(() -> mailet.init(FakeMailetConfig.builder().mailetName("KeepInRepository")
            .setProperty("repositoryPath", "file://var/mail/error/").setProperty("passthrough", "true").build()))
            .isInstanceOf(MessagingException.class)
            .hasMessageContaining("KeepInRepository").hasMessageContaining("unknown parameter 'passthrough'")
            .hasMessageContaining(" / KeepInRepository: ukendt parameter 'passthrough'")
            .hasMessageContaining("passThrough");
    }

    /** ToRepository takes anything but "true"/"false" for false: "yes" ghosted the mail it was to pass on. */
    @Test
    void aPassThroughThatIsNotTrueOrFalseStopsTheStartNamingIt() {
        KeepInRepository mailet = new KeepInRepository(new FakeRepositoryStore());
        assertThatThrownBy(() -> mailet.init(FakeMailetConfig.builder().mailetName("KeepInRepository")
            .setProperty("repositoryPath", "file://var/mail/error/").setProperty("passThrough", "yes").build()))
            .isInstanceOf(MessagingException.class)
            .hasMessageContaining("passThrough").hasMessageContaining("'yes'").hasMessageContaining("true or false")
            .hasMessageContaining(" / ").hasMessageContaining("skal være true eller false");
    }

    @Test
    void aMissingRepositoryPathStopsTheStartNamingIt() {
        KeepInRepository mailet = new KeepInRepository(new FakeRepositoryStore());
        assertThatThrownBy(() -> mailet.init(FakeMailetConfig.builder().mailetName("KeepInRepository").build()))
            .isInstanceOf(MessagingException.class).hasMessageContaining("repositoryPath");
    }

    @Test
    void itsOwnAndJamesStandardParametersAreAccepted() throws Exception {
        KeepInRepository mailet = new KeepInRepository(new FakeRepositoryStore());
        assertThatCode(() -> mailet.init(FakeMailetConfig.builder().mailetName("KeepInRepository")
            .setProperty("repositoryPath", "file://var/mail/error/").setProperty("passThrough", "TRUE")
            .setProperty("onMailetException", "propagate").build())).doesNotThrowAnyException();
        Mail mail = MailImpl.builder().name("m2").sender(new MailAddress("a@b.test"))
            .addRecipient(new MailAddress("c@d.test")).build();
        mailet.service(mail);
        assertThat(mail.getState()).as("passThrough TRUE, as ToRepository reads it").isNotEqualTo(Mail.GHOST);
    }
}
