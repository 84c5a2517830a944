package org.spoofguard.core.bounce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class DsnStatusTest {
    private static DsnStatus remote(String deliveryError, Integer code, Boolean permanent) {
        return DsnStatus.decide(new BounceContext("bounces", deliveryError, code, permanent, ""), Optional.empty());
    }

    private static DsnStatus local(String processor, String errorMessage, String processorDefault) {
        return DsnStatus.decide(new BounceContext(processor, "", null, null, errorMessage),
            Optional.ofNullable(processorDefault));
    }

    @Test
    void remoteServersEnhancedCodeIsTheStatusAndItsReplyTheSmtpDiagnostic() {
        DsnStatus s = remote("550 5.1.1 <bob@partner.example>: Recipient address rejected: User unknown\n", 550, true);
        assertThat(s.code()).isEqualTo("5.1.1");
        assertThat(s.diagnosticType()).isEqualTo("smtp");
        assertThat(s.diagnostic()).isEqualTo("550 5.1.1 <bob@partner.example>: Recipient address rejected: User unknown");
    }

    @Test
    void multiLineReplyBecomesOneLine() {
        DsnStatus s = remote("550-5.7.1 policy\r\n550 5.7.1 see https://x.example/\r\n", 550, true);
        assertThat(s.code()).isEqualTo("5.7.1");
        assertThat(s.diagnostic()).isEqualTo("550-5.7.1 policy 550 5.7.1 see https://x.example/").doesNotContain("\n");
    }

    @Test
    void enhancedCodeOfAnotherClassThanTheReplyIsNotBelieved() {
        // RFC 2034 §4: the class of the enhanced code must match the reply's
        assertThat(remote("550 4.2.2 odd", 550, true).code()).isEqualTo("5.2.2");
        assertThat(remote("554 rejected", 554, true).code()).isEqualTo("5.0.0");
    }

    @Test
    void addressesInTheTextAreNotStatusCodes() {
        assertThat(remote("554 host 5.1.1.9 refused", 554, true).code()).isEqualTo("5.0.0");
        assertThat(remote("5.2.5.4.3 relay version", 554, true).code()).isEqualTo("5.0.0");
    }

    @Test
    void aLeadingCodeWithLeadingZerosOrLongPartsOrClass3IsNoStatus() {
        // RFC 3463 §2: no leading zeros, at most three digits a part, class 2, 4 or 5
        assertThat(remote("554 5.01.1 odd", 554, true).code()).isEqualTo("5.0.0");
        assertThat(remote("554 5.1.1000 odd", 554, true).code()).isEqualTo("5.0.0");
        assertThat(local("local-delivery-error", "3.2.2 odd", null).code()).isEqualTo("5.0.0");
        assertThatThrownBy(() -> new DsnStatus("5.01.1", "smtp", "x", "r")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DsnStatus("2.0.0", "smtp", "x", "r")).isInstanceOf(IllegalArgumentException.class);
        assertThat(DsnStatus.failureCode("5.07.1")).isEmpty();
    }

    @Test
    void mailboxFullNoticeIs522WithTheNoticeAsDiagnostic() {
        DsnStatus s = local("local-delivery-error", "5.2.2 mailbox full", null);
        assertThat(s.code()).isEqualTo("5.2.2");
        assertThat(s.diagnosticType()).isEqualTo(DsnStatus.LOCAL_TYPE);
        assertThat(s.diagnostic()).isEqualTo("5.2.2 mailbox full");
    }

    @Test
    void retriesRunOutIs447() {
        DsnStatus s = remote("Too many retries failure. Bouncing after 38 retries.", null, false);
        assertThat(s.code()).isEqualTo("4.4.7");
        assertThat(s.diagnostic()).isEqualTo("Too many retries failure. Bouncing after 38 retries.");
        // also when the attribute is missing (a mail kept before it was recorded)
        assertThat(remote("Too many retries failure. Bouncing after 38 retries.", null, null).code()).isEqualTo("4.4.7");
    }

    @Test
    void overQuotaReplyWithoutEnhancedCodeIsMailboxFull() {
        assertThat(remote("552 Mailbox quota exceeded", 552, true).code()).isEqualTo("5.2.2");
    }

    @Test
    void noMailServerIs544() {
        assertThat(remote("There are no DNS entries for the hostname typo.example.  I cannot determine where to send this message.",
            null, true).code()).isEqualTo("5.4.4");
    }

    @Test
    void unknownUserAfterAcceptIs511() {
        DsnStatus s = local("local-address-error", "550 - Requested action not taken: no such user here", "5.1.1");
        assertThat(s.code()).isEqualTo("5.1.1");
        assertThat(s.diagnosticType()).isEqualTo("smtp");
    }

    @Test
    void processorDefaultWhenTheFailureSaysNothing() {
        DsnStatus relay = local("relay-denied", null, "5.7.1");
        assertThat(relay.code()).isEqualTo("5.7.1");
        assertThat(relay.diagnostic()).isEqualTo("5.7.1 Delivery not authorized, message refused");
        assertThat(local("rrt-error", "", "5.3.0").code()).isEqualTo("5.3.0");
        assertThat(local("rrt-error", "mapping loop detected", "5.3.0").code()).isEqualTo("5.4.6");
    }

    @Test
    void nothingKnownIs500AndADefaultThatIsNoStatusIsIgnored() {
        assertThat(local("bounce-release", null, null).code()).isEqualTo(DsnStatus.FALLBACK);
        assertThat(local("bounce-release", null, "unknown").code()).isEqualTo(DsnStatus.FALLBACK);
        assertThat(DsnStatus.decide(null, Optional.empty()).code()).isEqualTo(DsnStatus.FALLBACK);
        assertThat(DsnStatus.failureCode("2.0.0")).isEmpty();
        assertThat(DsnStatus.failureCode(" 5.7.1 ")).contains("5.7.1");
    }

    @Test
    void diagnosticIsPrintableAsciiAndBounded() {
        String s = remote("550 5.1.1 caf\u00e9\u0000\t" + "x".repeat(5000), 550, true).diagnostic();
        assertThat(s).matches("[\\x20-\\x7e]+").hasSize(DsnStatus.MAX_DIAGNOSTIC).startsWith("550 5.1.1 caf??");
    }

    @Test
    void appliedToDsnBouncesTextOnlyStatusAndDiagnosticTypeChange() {
        DsnStatus s = remote("Too many retries failure. Bouncing after 38 retries.", null, false);
        String written = "Reporting-MTA: dns; mx.ours.example\r\nReceived-From-MTA: dns; 192.0.2.1\r\n\r\n"
            + "Final-Recipient: rfc822; a@partner.example\r\nAction: failed\r\n"
            + "Status: Too many retries failure. Bouncing after 38 retries.\r\n"
            + "Diagnostic-Code: X-James; Too many retries failure. Bouncing after 38 retries.\r\n"
            + "Last-Attempt-Date: Mon, 1 Dec 2026 10:00:00 +0000\r\n";
        String fixed = s.applyTo(written);
        assertThat(fixed).isEqualTo(written
            .replace("Status: Too many retries failure. Bouncing after 38 retries.", "Status: 4.4.7")
            .replace("X-James;", "X-SpoofGuard;"));

        DeliveryStatusNotification parsed = DsnParserTest.parse("""
            From: postmaster@ours.example
            MIME-Version: 1.0
            Content-Type: multipart/report; report-type=delivery-status; boundary="B"

            --B
            Content-Type: text/plain

            failed
            --B
            Content-Type: message/delivery-status

            """ + fixed.replace("\r\n", "\n") + "\n--B--\n").dsn().orElseThrow();
        assertThat(parsed.recipients()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo("4.4.7");
            assertThat(r.diagnosticCode()).isEqualTo("Too many retries failure. Bouncing after 38 retries.");
        });
    }

    @Test
    void textWithoutTheStatusLineIsRefused() {
        DsnStatus s = local("relay-denied", null, "5.7.1");
        assertThatThrownBy(() -> s.applyTo("Final-Recipient: rfc822; a@b.example\nStatus: unknown\n"))
            .isInstanceOf(IllegalStateException.class);
    }
}
