package org.spoofguard.smtp.rcpt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Locale;
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
import org.apache.james.protocols.smtp.hook.HookReturnCode;
import org.junit.jupiter.api.Test;
import org.spoofguard.james.BatvSettings;
import org.spoofguard.smtp.batv.BatvRcptHook;

/**
 * A BATV tag carries only 24 bits of HMAC (draft-levine-smtp-batv-01 §4.1: three bytes). BatvRcptHook refuses a
 * bounce to a forged tag with 550 before RecipientValidationHook, so neither its maxUnknownPerSession nor its harvest
 * tracker ever sees the guesses: one pipelined session could try every one of the 16.7 million tags of alice's
 * current day (about 8 million on average) and so launder bounces to her. A session that keeps guessing is closed,
 * as a dictionary harvester's is.
 */
class BatvTagGuessingTest {
    @Test
    void aSessionThatGuessesTagsIsClosedAfterAFewForgedSignatures() throws Exception {
        MemoryDomainList domains = new MemoryDomainList(null);
        domains.configure(DomainListConfiguration.builder().autoDetect(false).autoDetectIp(false)
            .defaultDomain(Domain.of("local.test")).build());
        RecordingMetricFactory metrics = new RecordingMetricFactory();
        BatvSettings settings = new BatvSettings(Map.of("keys", "1:0123456789abcdef0123"), Clock.systemUTC());
        BatvRcptHook batv = new BatvRcptHook(settings, domains, metrics);
        batv.init(new BaseHierarchicalConfiguration());
        SMTPSession session = RecipientValidationHookTest.session("203.0.113.9", null, false);

        String valid = settings.signer().orElseThrow().sign("alice@local.test");
        String prefix = valid.substring(0, 9); // prvs=KDDD: the current key and day, only the hash is guessed
        HookResult last = null;
        int refused = 0;
        for (int guess = 0; guess < 1000; guess++) {
            String hash = String.format(Locale.ROOT, "%06x", guess);
            if (valid.startsWith(prefix + hash)) {
                continue;
            }
            last = batv.doRcpt(session, MaybeSender.nullSender(), new MailAddress(prefix + hash + "=alice@local.test"));
            if (!"550".equals(last.getSmtpRetCode())) {
                break;
            }
            refused++;
        }
        assertThat(refused).as("guesses answered 550 before the session is closed").isLessThanOrEqualTo(10);
        assertThat(last.getSmtpRetCode()).isEqualTo("421");
        assertThat(last.getResult().isDisconnected()).isTrue();

        // an honest bounce MTA in another session is not affected
        SMTPSession other = RecipientValidationHookTest.session("198.51.100.7", null, false);
        assertThat(batv.doRcpt(other, MaybeSender.nullSender(), new MailAddress(valid)).getResult())
            .isEqualTo(HookReturnCode.declined());
    }

    /**
     * The per-session limit alone is dodged by reconnecting: five guesses a session, 421, a new session, five more.
     * The client's forged tags are counted across its sessions; past the limit the client's bounces to our protected
     * addresses get 421 for a while, even to a tag that happens to verify (that is exactly the guess it wanted).
     */
    @Test
    void aClientThatGuessesOverManySessionsIsCutOff() throws Exception {
        MemoryDomainList domains = new MemoryDomainList(null);
        domains.configure(DomainListConfiguration.builder().autoDetect(false).autoDetectIp(false)
            .defaultDomain(Domain.of("local.test")).build());
        RecordingMetricFactory metrics = new RecordingMetricFactory();
        BatvSettings settings = new BatvSettings(Map.of("keys", "1:0123456789abcdef0123"), Clock.systemUTC());
        BatvRcptHook batv = new BatvRcptHook(settings, domains, metrics);
        batv.init(new BaseHierarchicalConfiguration());
        String valid = settings.signer().orElseThrow().sign("alice@local.test");
        String prefix = valid.substring(0, 9);

        int guess = 0;
        int refused = 0;
        HookResult last = null;
        sessions:
        for (int s = 0; s < 200; s++) {
            SMTPSession session = RecipientValidationHookTest.session("203.0.113.9", null, false);
            for (int i = 0; i < 5; i++, guess++) { // stays within the per-session limit
                String hash = String.format(Locale.ROOT, "%06x", guess);
                if (valid.startsWith(prefix + hash)) {
                    continue;
                }
                last = batv.doRcpt(session, MaybeSender.nullSender(), new MailAddress(prefix + hash + "=alice@local.test"));
                if (!"550".equals(last.getSmtpRetCode())) {
                    break sessions;
                }
                refused++;
            }
        }
        assertThat(refused).as("guesses answered 550 before the client is cut off")
            .isLessThanOrEqualTo(BatvRcptHook.MAX_FORGED_PER_CLIENT);
        assertThat(last.getSmtpRetCode()).isEqualTo("421");
        assertThat(last.getResult().isDisconnected()).isTrue();
        // the right guess, had it come now, gains nothing while the client is cut off
        SMTPSession again = RecipientValidationHookTest.session("203.0.113.9", null, false);
        assertThat(batv.doRcpt(again, MaybeSender.nullSender(), new MailAddress(valid)).getSmtpRetCode()).isEqualTo("421");
        // another client's bounces still pass
        SMTPSession other = RecipientValidationHookTest.session("198.51.100.7", null, false);
        assertThat(batv.doRcpt(other, MaybeSender.nullSender(), new MailAddress(valid)).getResult())
            .isEqualTo(HookReturnCode.declined());
    }

    @Test
    void backscatterToUnsignedOrExpiredAddressesIsRefusedWithoutClosingTheSession() throws Exception {
        MemoryDomainList domains = new MemoryDomainList(null);
        domains.configure(DomainListConfiguration.builder().autoDetect(false).autoDetectIp(false)
            .defaultDomain(Domain.of("local.test")).build());
        BatvSettings settings = new BatvSettings(Map.of("keys", "1:0123456789abcdef0123"), Clock.systemUTC());
        BatvRcptHook batv = new BatvRcptHook(settings, domains, new RecordingMetricFactory());
        batv.init(new BaseHierarchicalConfiguration());
        SMTPSession session = RecipientValidationHookTest.session("198.51.100.7", null, false);
        // a Joe Job's backscatter: a big provider's MTA may send hundreds of bounces to our unsigned addresses in one
        // session; they are no guesses at a tag and keep their 550 (RFC 5321 §4.2.5: permanent, not retried)
        for (int i = 0; i < 100; i++) {
            assertThat(batv.doRcpt(session, MaybeSender.nullSender(), new MailAddress("user" + i + "@local.test"))
                .getSmtpRetCode()).isEqualTo("550");
        }
    }
}
