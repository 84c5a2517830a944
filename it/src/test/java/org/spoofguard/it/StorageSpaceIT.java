package org.spoofguard.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spoofguard.it.support.JamesHarness;
import org.spoofguard.it.support.SpoofGuardJamesExtension;
import org.spoofguard.testing.smtp.SmtpReply;
import org.spoofguard.testing.smtp.SmtpTestClient;

/**
 * A (nearly) full disk is refused at MAIL FROM with 452 4.3.1, so the sender keeps the mail and retries: the
 * reserve is set above any real disk's free space, which is what a full disk looks like to the hook.
 */
class StorageSpaceIT {
    @RegisterExtension
    static SpoofGuardJamesExtension james = new SpoofGuardJamesExtension(h -> h.patch("smtpserver.xml",
        xml -> xml.replace("<reserve>100M</reserve>", "<reserve>100000000G</reserve>")));

    @Test
    void fullDiskDefersMailFromWith452(JamesHarness harness) throws Exception {
        harness.addDomain("spoofguard.test").addUser("alice@spoofguard.test", "secret");
        try (SmtpTestClient client = SmtpTestClient.connect(harness.smtpPort())) {
            client.ehlo("mx.example.org");
            SmtpReply reply = client.mailFrom("someone@example.org");
            assertThat(reply.code()).isEqualTo(452);
            assertThat(reply.text()).startsWith("4.3.1");
            client.quit();
        }
    }
}
