package org.spoofguard.mailets.batv;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Map;

import org.apache.james.core.MailAddress;
import org.apache.james.metrics.tests.RecordingMetricFactory;
import org.apache.james.server.core.MailImpl;
import org.apache.mailet.Attribute;
import org.apache.mailet.AttributeValue;
import org.apache.mailet.base.test.FakeMailContext;
import org.apache.mailet.base.test.FakeMailetConfig;
import org.junit.jupiter.api.Test;
import org.spoofguard.core.batv.BatvSigner;
import org.spoofguard.core.verdict.AuthenticationResultsHeader;
import org.spoofguard.core.verdict.VerdictRecord;
import org.spoofguard.core.verdict.VerdictRecordCodec;
import org.spoofguard.james.BatvSettings;
import org.spoofguard.james.SpoofGuardAttributes;

/** Which return paths BatvSign tags: only those we vouch for, and only as addresses RFC 5321 allows. */
class BatvSignTest {
    private static final BatvSettings SETTINGS = new BatvSettings(Map.of("keys", "1:0123456789abcdef0123",
        "domains", "ours.example"), Clock.systemUTC());

    private static MailImpl sign(String sender, String record) throws Exception {
        BatvSign mailet = new BatvSign(SETTINGS, new RecordingMetricFactory());
        mailet.init(FakeMailetConfig.builder().mailetName("BatvSign").mailetContext(FakeMailContext.defaultContext()).build());
        MailImpl mail = MailImpl.builder().name("m1").sender(new MailAddress(sender))
            .addRecipient(new MailAddress("someone@remote.example")).build();
        if (record != null) {
            mail.setAttribute(new Attribute(SpoofGuardAttributes.VERDICT, AttributeValue.of(VerdictRecordCodec.encode(
                new VerdictRecord(AuthenticationResultsHeader.parse(record, "mx.ours.example").orElseThrow())))));
        }
        mailet.service(mail);
        return mail;
    }

    @Test
    void mailWeMadeOrWhoseReturnPathIsProvenIsTagged() throws Exception {
        assertThat(sign("alice@ours.example", null).getMaybeSender().asString()).startsWith("prvs=");
        assertThat(sign("alice@ours.example", "mx.ours.example; spf=pass smtp.mailfrom=alice@ours.example; dkim=none; "
            + "dmarc=pass header.from=ours.example").getMaybeSender().asString()).startsWith("prvs=");
    }

    /** A forged "ceo@ours" a forward sends on: a tag would let the forgery's bounces back in to our own user. */
    @Test
    void aForgedReturnPathSentOnByAForwardIsNotTagged() throws Exception {
        assertThat(sign("ceo@ours.example", "mx.ours.example; spf=fail smtp.mailfrom=ceo@ours.example; dkim=none; "
            + "dmarc=fail header.from=ours.example").getMaybeSender().asString()).isEqualTo("ceo@ours.example");
    }

    /** RFC 5321 §4.5.3.1.1: a tagged local part over 64 octets, or a quoted one, is left as it was. */
    @Test
    void aTagThatWouldBreakTheAddressIsNotAdded() throws Exception {
        BatvSigner signer = SETTINGS.signer().orElseThrow();
        assertThat(BatvSign.tagged(signer, new MailAddress("a".repeat(60) + "@ours.example"))).isEmpty();
        assertThat(BatvSign.tagged(signer, new MailAddress("\"john doe\"@ours.example"))).isEmpty();
        assertThat(BatvSign.tagged(signer, new MailAddress("alice@ours.example"))).isPresent();
        assertThat(sign("\"john doe\"@ours.example", null).getMaybeSender().asString()).isEqualTo("\"john doe\"@ours.example");
    }
}
