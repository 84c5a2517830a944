package org.spoofguard.smtp.rcpt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Map;

import org.apache.commons.configuration2.BaseHierarchicalConfiguration;
import org.apache.james.core.Domain;
import org.apache.james.core.MailAddress;
import org.apache.james.core.MaybeSender;
import org.apache.james.domainlist.lib.DomainListConfiguration;
import org.apache.james.domainlist.memory.MemoryDomainList;
import org.apache.james.metrics.tests.RecordingMetricFactory;
import org.apache.james.protocols.smtp.SMTPSession;
import org.apache.james.protocols.smtp.hook.HookResult;
import org.junit.jupiter.api.Test;
import org.spoofguard.james.BatvSettings;
import org.spoofguard.smtp.batv.BatvRcptHook;

/**
 * BatvSign leaves a return path unsigned when the tag would break RFC 5321 (§4.5.3.1.1: a local part over 64 octets;
 * "prvs=KDDDSSSSSS=" takes 16 of them) or when the local part is quoted. Every real bounce for such a user's mail
 * comes back to the bare address, and BatvRcptHook refused it as backscatter ("bounce to an address we never used as
 * sender"): the user never learned that her mail was lost. An address we never tag is not protected by BATV.
 */
class BatvUntaggedAddressTest {
    private static BatvRcptHook hook() throws Exception {
        MemoryDomainList domains = new MemoryDomainList(null);
        domains.configure(DomainListConfiguration.builder().autoDetect(false).autoDetectIp(false)
            .defaultDomain(Domain.of("local.test")).build());
        BatvRcptHook batv = new BatvRcptHook(new BatvSettings(Map.of("keys", "1:0123456789abcdef0123"),
            Clock.systemUTC()), domains, new RecordingMetricFactory());
        batv.init(new BaseHierarchicalConfiguration());
        return batv;
    }

    @Test
    void aBounceToAnAddressTooLongToTagIsLeftToRecipientValidation() throws Exception {
        BatvRcptHook batv = hook();
        SMTPSession session = RecipientValidationHookTest.session("198.51.100.7", null, false);
        String longest = "a".repeat(64 - 16); // its tag fills the 64 octets: signed, so still checked
        // a quoted local part that needs no quotes is the bare mailbox (RFC 5321 §4.1.2), whose bounces are tagged
        for (String checked : new String[] {longest + "@local.test", "\"alice\"@local.test", "\"" + longest + "\"@local.test"}) {
            assertThat(batv.doRcpt(session, MaybeSender.nullSender(), new MailAddress(checked)).getSmtpRetCode())
                .as(checked).isEqualTo("550");
        }
        for (String untaggable : new String[] {"a".repeat(64 - 15) + "@local.test", "a".repeat(64) + "@local.test",
                "\"john doe\"@local.test", "\"a,b\"@local.test"}) {
            assertThat(batv.doRcpt(session, MaybeSender.nullSender(), new MailAddress(untaggable)))
                .as(untaggable).isEqualTo(HookResult.DECLINED);
        }
    }
}
