package org.spoofguard.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.james.transport.mailets.remote.delivery.DelaysAndMaxRetry;
import org.junit.jupiter.api.Test;

/**
 * mail in the outgoing queue. RFC 5321 section 4.5.4.1: the retry interval SHOULD be
 * at least 30 minutes and the give-up time generally needs to be at least 4-5 days. The bundled RemoteDelivery
 * (delayTime 5000, 100000, 500000; maxRetries 3) gives up after about 10 minutes: a partner's MX down for a
 * quarter of an hour (maintenance, a restart, a long greylisting) turns every queued mail into a DSN.
 */
class RemoteDeliveryRetryTest {
    @Test
    void outgoingMailIsRetriedForDaysNotMinutes() throws Exception {
        String xml = Files.readString(Path.of("..", "conf", "mailetcontainer.xml"), StandardCharsets.UTF_8);
        Matcher delays = Pattern.compile("<delayTime>([^<]+)</delayTime>").matcher(xml);
        Matcher retries = Pattern.compile("<maxRetries>([^<]+)</maxRetries>").matcher(xml);
        assertThat(delays.find()).isTrue();
        assertThat(retries.find()).isTrue();
        int max = Integer.parseInt(retries.group(1).trim());
        // James's own reading of the two parameters ("N*delay unit" grammar, last delay repeated or trimmed).
        List<Duration> expanded = DelaysAndMaxRetry.from(max, delays.group(1)).getExpandedDelays();
        assertThat(expanded).hasSize(max);
        Duration giveUp = expanded.stream().reduce(Duration.ZERO, Duration::plus);
        System.out.println("delays " + expanded + ": RemoteDelivery gives up after " + giveUp);
        assertThat(giveUp).as("give-up time (RFC 5321 4.5.4.1: at least 4-5 days)").isGreaterThanOrEqualTo(Duration.ofDays(4));
        // After the first quick tries (a greylisting server asks again within minutes), 30 minutes or more.
        assertThat(expanded.subList(2, expanded.size())).allMatch(d -> d.compareTo(Duration.ofMinutes(30)) >= 0);
    }
}
