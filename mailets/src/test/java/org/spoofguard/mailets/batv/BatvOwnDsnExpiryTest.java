package org.spoofguard.mailets.batv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.james.core.MailAddress;
import org.apache.james.core.MaybeSender;
import org.apache.james.server.core.MailImpl;
import org.apache.james.transport.mailets.remote.delivery.DelaysAndMaxRetry;
import org.apache.mailet.base.test.FakeMailContext;
import org.apache.mailet.base.test.FakeMailetConfig;
import org.junit.jupiter.api.Test;
import org.spoofguard.james.BatvSettings;

/**
 * Review (pipeline): batv.validDays accepts 1..100 and nothing compares it with how long our own RemoteDelivery
 * keeps trying (conf/mailetcontainer.xml: about 4 days 18 hours). With validDays below that, the DSN our own
 * RemoteDelivery finally makes for alice's undeliverable mail is addressed to her tag, which has expired by then:
 * BatvUnwrapRecipient leaves prvs=...=alice@ours as the recipient, transport sends it to local-address-error
 * (no such user), and there the bounce guard, seeing a null sender, "suppresses" it into suppressed-bounces. Alice
 * never learns that her mail was not delivered. The signature is ours and verifies; only the expiry fails.
 */
class BatvOwnDsnExpiryTest {

    static Duration remoteDeliveryGiveUp() throws Exception {
        String xml = Files.readString(Path.of("..", "conf", "mailetcontainer.xml"), StandardCharsets.UTF_8);
        Matcher delays = Pattern.compile("<delayTime>([^<]+)</delayTime>").matcher(xml);
        Matcher retries = Pattern.compile("<maxRetries>([^<]+)</maxRetries>").matcher(xml);
        assertThat(delays.find() && retries.find()).isTrue();
        return DelaysAndMaxRetry.from(Integer.parseInt(retries.group(1).trim()), delays.group(1)).getExpandedDelays()
            .stream().reduce(Duration.ZERO, Duration::plus);
    }

    @Test
    void ourOwnFinalDsnReachesTheSenderForEveryAcceptedValidDays() throws Exception {
        Duration giveUp = remoteDeliveryGiveUp();
        Instant sent = Instant.parse("2026-12-01T10:00:00Z");
        Map<String, String> batv = Map.of("keys", "1:0123456789abcdef0123", "domains", "ours.example", "validDays", "3");
        BatvSettings atSend = new BatvSettings(batv, Clock.fixed(sent, ZoneOffset.UTC));
        BatvSettings atGiveUp = new BatvSettings(batv, Clock.fixed(sent.plus(giveUp), ZoneOffset.UTC));

        MailAddress alice = new MailAddress("alice@ours.example");
        MailAddress tagged = BatvSign.tagged(atSend.signer().orElseThrow(), alice).orElseThrow();

        // the DSN James's DSNBounce makes when RemoteDelivery gives up: null sender, to the (tagged) return path;
        // sent through MailetContext.sendMail, which marks every mail James makes SENT_BY_MAILET (James 3.8.1)
        MailImpl dsn = MailImpl.builder().name("dsn-1").sender(MaybeSender.nullSender()).addRecipient(tagged)
            .addAttribute(org.apache.mailet.Mail.SENT_BY_MAILET_ATTRIBUTE).build();
        BatvUnwrapRecipient unwrap = new BatvUnwrapRecipient(atGiveUp);
        unwrap.init(FakeMailetConfig.builder().mailetName("BatvUnwrapRecipient")
            .mailetContext(FakeMailContext.defaultContext()).build());
        unwrap.service(dsn);

        assertThat(dsn.getRecipients())
            .as("recipient of our own DSN, made " + giveUp + " after " + tagged + " was signed (batv.validDays=3 accepted)")
            .containsExactly(alice);
    }

    @Test
    void anExpiredTagOnABounceFromOutsideStaysWrapped() throws Exception {
        Instant sent = Instant.parse("2026-12-01T10:00:00Z");
        Map<String, String> batv = Map.of("keys", "1:0123456789abcdef0123", "domains", "ours.example", "validDays", "3");
        BatvSettings atSend = new BatvSettings(batv, Clock.fixed(sent, ZoneOffset.UTC));
        BatvSettings later = new BatvSettings(batv, Clock.fixed(sent.plus(Duration.ofDays(6)), ZoneOffset.UTC));
        MailAddress tagged = BatvSign.tagged(atSend.signer().orElseThrow(), new MailAddress("alice@ours.example"))
            .orElseThrow();

        // let in by BatvRcptHook mode=record: the expiry is what stops a harvested tag, so no unwrapping
        MailImpl bounce = MailImpl.builder().name("in-1").sender(MaybeSender.nullSender()).addRecipient(tagged).build();
        BatvUnwrapRecipient unwrap = new BatvUnwrapRecipient(later);
        unwrap.init(FakeMailetConfig.builder().mailetName("BatvUnwrapRecipient")
            .mailetContext(FakeMailContext.defaultContext()).build());
        unwrap.service(bounce);

        assertThat(bounce.getRecipients()).containsExactly(tagged);
    }
}
