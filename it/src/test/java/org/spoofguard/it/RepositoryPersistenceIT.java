package org.spoofguard.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.spoofguard.it.support.JamesHarness;
import org.spoofguard.testing.smtp.SmtpTestClient;

/**
 * SpoofGuard's review repositories (quarantine, suppressed bounces) use James's file:// repository from
 * conf/mailrepositorystore.xml, so their content must survive a restart of the bundled server.
 */
class RepositoryPersistenceIT {
    static final String QUARANTINE = "file://var/mail/quarantine/";

    JamesHarness james;

    @AfterEach
    void stop() throws Exception {
        if (james != null) {
            james.close();
        }
    }

    @Test
    void mailStoredInAFileRepositorySurvivesARestart() throws Exception {
        james = new JamesHarness()
            // test-only rule: park mail for one address in the quarantine repository
            .patch("mailetcontainer.xml", xml -> xml.replace(
                "<mailet match=\"All\" class=\"org.spoofguard.mailets.batv.BatvUnwrapRecipient\"/>",
                "<mailet match=\"All\" class=\"org.spoofguard.mailets.batv.BatvUnwrapRecipient\"/>\n"
                    + "<mailet match=\"RecipientIs=hold@spoofguard.test\" class=\"ToRepository\">"
                    + "<repositoryPath>" + QUARANTINE + "</repositoryPath></mailet>"))
            .start();
        james.addDomain("spoofguard.test").addUser("hold@spoofguard.test", "secret");

        try (SmtpTestClient smtp = SmtpTestClient.connect(james.smtpPort(), "127.0.0.31")) {
            smtp.ehlo("sender.example");
            smtp.mailFrom("a@sender.example");
            assertThat(smtp.rcptTo("hold@spoofguard.test").code()).isEqualTo(250);
            assertThat(smtp.data("Subject: keep me\n\nbody\n").code()).isEqualTo(250);
            smtp.quit();
        }
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() ->
            assertThat(james.repositoryMails(QUARANTINE)).isNotEqualTo("[]"));
        String before = james.repositoryMails(QUARANTINE);

        james.restart();

        assertThat(james.repositoryMails(QUARANTINE)).isEqualTo(before);
        String key = before.replaceAll("[\\[\\]\"]", "").split(",")[0];
        String mail = james.webadminOk("GET", "/mailRepositories/" + JamesHarness.encodeRepository(QUARANTINE)
            + "/mails/" + key + "?additionalFields=headers", null).body();
        assertThat(mail).contains("keep me");
    }
}
