package org.spoofguard.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
        List<Long> ms = Arrays.stream(delays.group(1).split(",")).map(String::trim).map(Long::parseLong).toList();
        int max = Integer.parseInt(retries.group(1).trim());
        long total = 0;
        for (int i = 0; i < max; i++) {
            total += ms.get(Math.min(i, ms.size() - 1)); // James repeats the last delay
        }
        Duration giveUp = Duration.ofMillis(total);
        System.out.println("delays " + ms + " x maxRetries " + max + ": RemoteDelivery gives up after " + giveUp);
        assertThat(giveUp).as("give-up time (RFC 5321 4.5.4.1: at least 4-5 days)").isGreaterThanOrEqualTo(Duration.ofDays(4));
    }
}
